# PostgreSQL helpers shared by scripts/cluster.sh, failover.sh, backup.sh and restore.sh (sourced,
# not run). They expect the cluster's environment ($CLUSTER_DIR/env): PG_BIN, PG_SOCKETS (the
# unix socket directory), PG_PORTS (every node's port, in the order of DATABASE_URL's hosts),
# BACKREST_CONF. Node N lives in $CLUSTER_DIR/pg/nodeN and listens on the Nth port of PG_PORTS.

as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# pg_node_dir <n>, pg_node_port <n>
pg_node_dir() { echo "$CLUSTER_DIR/pg/node$1"; }
pg_node_port() { local ports=($PG_PORTS); echo "${ports[$(($1 - 1))]}"; }

# pg_sql <port> <sql>: one value (or nothing), no headers; fails when the server does not answer.
pg_sql() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$1" -U postgres -d postgres -XAtq -v ON_ERROR_STOP=1 \
    -c "$2" 2>/dev/null
}

# pg_primary: the number of the node that answers and takes writes (nothing when none does).
pg_primary() {
  local n
  for n in 1 2 3; do
    [[ "$(pg_sql "$(pg_node_port "$n")" "SELECT pg_is_in_recovery()")" == f ]] && { echo "$n"; return 0; }
  done
  return 1
}

# pg_configure <n>: the settings of node n (appended to its postgresql.conf by an include, so
# a copy made by pg_basebackup or pgBackRest gets its own port and archive command).
pg_configure() {
  local n=$1 dir
  dir=$(pg_node_dir "$n")
  cat >"$dir/cluster.conf" <<EOF
# Written by scripts/cluster/pg-lib.sh for node $n (README: "Operating it").
port = $(pg_node_port "$n")
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_SOCKETS'
max_connections = 200
# A commit returns once the synchronous standby has flushed it too (synchronous_standby_names
# is set with ALTER SYSTEM by scripts/cluster.sh and the watchdog, scripts/cluster/syncwatch.py).
synchronous_commit = on
wal_level = replica
wal_keep_size = '256MB'
hot_standby = on
hot_standby_feedback = on
# Every WAL segment goes to pgBackRest's repository; a quiet server still sends one a minute.
archive_mode = on
archive_timeout = 60
archive_command = 'pgbackrest --config=$BACKREST_CONF --stanza=otbasy --pg1-path=$dir archive-push %p'
# This machine only: a process crash loses nothing without fsync (the OS keeps the pages);
# a production server keeps fsync on.
fsync = off
log_line_prefix = '%m [%p] '
EOF
  grep -q "include_if_exists = 'cluster.conf'" "$dir/postgresql.conf" ||
    echo "include_if_exists = 'cluster.conf'" >>"$dir/postgresql.conf"
  [[ $(id -u) -ne 0 ]] || chown postgres:postgres "$dir/cluster.conf"
}

# pg_start <n>: start node n (its log in $CLUSTER_DIR/log/pg/node<n>.log) and wait until it answers.
pg_start() {
  as_postgres "$PG_BIN/pg_ctl" -D "$(pg_node_dir "$1")" -l "$CLUSTER_DIR/log/pg/node$1.log" -w -t 120 \
    start >/dev/null
}

# pg_stop_all: every node, immediately (on exit; nothing is kept).
pg_stop_all() {
  local n
  for n in 1 2 3; do
    [[ -f "$(pg_node_dir "$n")/postmaster.pid" ]] || continue
    as_postgres "$PG_BIN/pg_ctl" -D "$(pg_node_dir "$n")" -m immediate stop >/dev/null 2>&1 || true
  done
}

# pgbackrest_run <args...>: pgBackRest with the cluster's configuration.
pgbackrest_run() { as_postgres pgbackrest --config="$BACKREST_CONF" --stanza=otbasy "$@"; }

# elapsed <began, from `date +%s%3N`>: seconds since then, one decimal.
elapsed() {
  local ms=$(($(date +%s%3N) - $1))
  printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100))
}
