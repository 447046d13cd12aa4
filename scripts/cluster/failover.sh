#!/usr/bin/env bash
# Promote the standby to primary when the primary is lost (README: "Operating it").
#   CLUSTER_DIR=... scripts/cluster/failover.sh [--force]
# Refuses when a node still takes writes (two primaries would each take half the writes), and
# when the watchdog last saw the standby out of synchronous commit (commits acknowledged since
# then may be on the lost primary only): --force promotes anyway, after a human weighed it.
# The app needs no change: DATABASE_URL lists every node with target_session_attrs=read-write,
# so its next connection finds the promoted one.
set -euo pipefail
: "${CLUSTER_DIR:?set CLUSTER_DIR to the cluster directory that make cluster printed}"
FORCE=${1:-}
# shellcheck source=/dev/null
source "$CLUSTER_DIR/env"
# shellcheck source=scripts/cluster/pg-lib.sh
source "$(dirname "$0")/pg-lib.sh"

if primary=$(pg_primary); then
  echo "failover: node $primary (port $(pg_node_port "$primary")) still takes writes: stop it first" >&2
  exit 1
fi
standby=""
for n in 1 2 3; do
  [[ "$(pg_sql "$(pg_node_port "$n")" "SELECT pg_is_in_recovery()")" == t ]] && { standby=$n; break; }
done
[[ -n "$standby" ]] || { echo "failover: no standby answers" >&2; exit 1; }
mode=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['mode'])" \
  "$CLUSTER_DIR/run/syncwatch.json" 2>/dev/null || echo unknown)
if [[ "$mode" != sync && "$FORCE" != --force ]]; then
  echo "failover: the watchdog last saw the standby $mode, not synchronous: commits acknowledged" \
    "since may be missing on it. Promote anyway with --force." >&2
  exit 1
fi
port=$(pg_node_port "$standby")
began=$(date +%s%3N)
[[ "$(pg_sql "$port" "SELECT pg_promote(true, 60)")" == t ]] || { echo "failover: promotion failed" >&2; exit 1; }
# Alone now: commits must not wait for a standby it does not have (the watchdog makes a new
# standby synchronous once one streams: scripts/cluster/standby.sh).
pg_sql "$port" "ALTER SYSTEM SET synchronous_standby_names = ''" >/dev/null
pg_sql "$port" "SELECT pg_reload_conf()" >/dev/null
printf 'failover: node %s (port %s) promoted in %.1f s; the app connects to it on its next connection\n' \
  "$standby" "$port" "$(elapsed "$began")"
