#!/usr/bin/env bash
# Point-in-time restore with pgBackRest into a new server (README: "Operating it").
#   CLUSTER_DIR=... scripts/cluster/restore.sh <node> <target>
# <target>: a time ("2026-12-07 04:31:02.5+00") or "latest". Node <node>'s directory must not
# exist or be empty: a restore never writes over a server's data (it refuses, exit 3). The
# server replays the archived WAL up to the target, is promoted there and listens on its port;
# it serves the app only once the others stop (scripts/cluster/switch.sh <node>).
set -euo pipefail
: "${CLUSTER_DIR:?set CLUSTER_DIR to the cluster directory that make cluster printed}"
NODE=${1:?usage: restore.sh <node> <time|latest>}
TARGET=${2:?usage: restore.sh <node> <time|latest>}
# shellcheck source=/dev/null
source "$CLUSTER_DIR/env"
# shellcheck source=scripts/cluster/pg-lib.sh
source "$(dirname "$0")/pg-lib.sh"

dir=$(pg_node_dir "$NODE")
if [[ -e "$dir" && -n "$(ls -A "$dir")" ]]; then
  echo "restore: $dir already holds data; refusing to restore over it" >&2
  exit 3
fi
mkdir -p "$dir" && chmod 700 "$dir"
[[ $(id -u) -ne 0 ]] || chown postgres:postgres "$dir"
if [[ "$TARGET" == latest ]]; then
  target_args=(--type=default)
else
  target_args=(--type=time "--target=$TARGET" --target-action=promote)
fi
began=$(date +%s%3N)
pgbackrest_run --pg1-path="$dir" "${target_args[@]}" restore
# The backup carries the old primary's synchronous_standby_names; this server has no standby.
sed -i '/^synchronous_standby_names/d' "$dir/postgresql.auto.conf"
pg_configure "$NODE"
pg_start "$NODE"
port=$(pg_node_port "$NODE")
for _ in $(seq 600); do
  [[ "$(pg_sql "$port" "SELECT pg_is_in_recovery()")" == f ]] && break
  sleep 0.2
done
[[ "$(pg_sql "$port" "SELECT pg_is_in_recovery()")" == f ]] || { echo "restore: node $NODE never left recovery" >&2; exit 1; }
printf 'restore: node %s (port %s) restored to %s in %.1f s\n' "$NODE" "$port" "$TARGET" \
  "$(elapsed "$began")"
