#!/usr/bin/env bash
# A new standby of the current primary in node <n>'s directory (after a failover, or a restore),
# streaming at once; the watchdog makes it synchronous when it has caught up (README: "Operating
# it"). The directory must not exist or be empty.
#   CLUSTER_DIR=... scripts/cluster/standby.sh <node>
set -euo pipefail
: "${CLUSTER_DIR:?set CLUSTER_DIR to the cluster directory that make cluster printed}"
NODE=${1:?usage: standby.sh <node>}
# shellcheck source=/dev/null
source "$CLUSTER_DIR/env"
# shellcheck source=scripts/cluster/pg-lib.sh
source "$(dirname "$0")/pg-lib.sh"

dir=$(pg_node_dir "$NODE")
if [[ -e "$dir" && -n "$(ls -A "$dir")" ]]; then
  echo "standby: $dir already holds data; refusing to write over it" >&2
  exit 3
fi
primary=$(pg_primary) || { echo "standby: no node takes writes" >&2; exit 1; }
rm -rf "$dir"
as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$(pg_node_port "$primary")" -U postgres \
  -D "$dir" -R -X stream --checkpoint=fast --no-sync -d "application_name=node$NODE"
# Not the primary's own settings: its synchronous standby, and (a restored primary) the
# recovery target pgBackRest gave it, which would stop this standby's recovery there.
sed -i -e '/^synchronous_standby_names/d' -e '/^recovery_target/d' "$dir/postgresql.auto.conf"
pg_configure "$NODE"
pg_start "$NODE"
echo "standby: node $NODE streams from node $primary; the watchdog makes it synchronous once caught up"
