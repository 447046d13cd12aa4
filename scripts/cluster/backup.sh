#!/usr/bin/env bash
# A pgBackRest backup of whichever node is the primary now (README: "Operating it").
#   CLUSTER_DIR=... scripts/cluster/backup.sh full|diff|incr
# On success it writes the time to $CLUSTER_DIR/run/last-backup (the metrics' last good backup);
# a failure writes its time to run/last-backup-failure instead and exits non-zero: the alert
# "BackupFailed" fires at once, and "BackupTooOld" once the last good one is 26 hours old.
set -euo pipefail
: "${CLUSTER_DIR:?set CLUSTER_DIR to the cluster directory that make cluster printed}"
TYPE=${1:-incr}
[[ "$TYPE" =~ ^(full|diff|incr)$ ]] || { echo "usage: backup.sh full|diff|incr" >&2; exit 2; }
# shellcheck source=/dev/null
source "$CLUSTER_DIR/env"
# shellcheck source=scripts/cluster/pg-lib.sh
source "$(dirname "$0")/pg-lib.sh"

node=$(pg_primary) || { echo "backup: no node takes writes" >&2; exit 1; }
began=$(date +%s%3N)
if ! pgbackrest_run --pg1-path="$(pg_node_dir "$node")" --pg1-port="$(pg_node_port "$node")" \
  --type="$TYPE" backup; then
  date +%s >"$CLUSTER_DIR/run/last-backup-failure"
  echo "backup: $TYPE backup of node $node failed (its log: $CLUSTER_DIR/pgbackrest/log)" >&2
  exit 1
fi
date +%s >"$CLUSTER_DIR/run/last-backup"
printf 'backup: %s of node %s in %.1f s\n' "$TYPE" "$node" "$(elapsed "$began")"
