#!/usr/bin/env bash
# Make node <n> the only one taking writes: every other primary stops (fast shutdown), so the
# app's next connection (DATABASE_URL lists every node, target_session_attrs=read-write) goes
# to node <n>. Used after a point-in-time restore (README: "Operating it").
#   CLUSTER_DIR=... scripts/cluster/switch.sh <node>
set -euo pipefail
: "${CLUSTER_DIR:?set CLUSTER_DIR to the cluster directory that make cluster printed}"
NODE=${1:?usage: switch.sh <node>}
# shellcheck source=/dev/null
source "$CLUSTER_DIR/env"
# shellcheck source=scripts/cluster/pg-lib.sh
source "$(dirname "$0")/pg-lib.sh"

[[ "$(pg_sql "$(pg_node_port "$NODE")" "SELECT pg_is_in_recovery()")" == f ]] ||
  { echo "switch: node $NODE does not take writes" >&2; exit 1; }
for n in 1 2 3; do
  [[ "$n" != "$NODE" && -f "$(pg_node_dir "$n")/postmaster.pid" ]] || continue
  as_postgres "$PG_BIN/pg_ctl" -D "$(pg_node_dir "$n")" -m fast stop >/dev/null
  echo "switch: node $n stopped; node $NODE takes the writes"
done
