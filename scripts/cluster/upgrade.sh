#!/usr/bin/env bash
# A rolling upgrade with no failed request (README: "Operating it", "Upgrades: expand, deploy,
# contract"):
#   CLUSTER_DIR=... scripts/cluster/upgrade.sh [NAME=value ...]
# The new release is the environment given (the drill's: DJANGO_SETTINGS_MODULE=
# tests.load.upgrade_settings, today's code plus an app and its migration). It is kept in
# $CLUSTER_DIR/release.env, which every start of an app instance or of the worker reads.
# 1. expand: the new release's migrations run while the old release serves; they only add
#    (tables, nullable columns, indexes built concurrently) and set a lock_timeout, so a lock
#    not had in time fails the migration, which is tried again (5 times) rather than queueing
#    the offices' queries behind it;
# 2. each instance in turn: marked `down` in nginx's upstream and nginx reloaded (new requests go
#    to the other one); the nginx workers that could still send it requests finish the ones they
#    hold and exit (the drain); the instance is stopped (SIGTERM: gunicorn finishes what it
#    has), started on the new release (warm: scripts/cluster/gunicorn.py), checked (/healthz and
#    the home page straight from it), put back in the upstream, nginx reloaded;
# 3. the task worker: SIGTERM (it finishes its task first); its supervisor starts it again on
#    the new release.
# Prints a line per step with its duration. A step that fails stops the upgrade (exit 1) with
# the instance left out of the upstream: the other one serves.
set -euo pipefail
: "${CLUSTER_DIR:?set CLUSTER_DIR to the cluster directory that make cluster printed}"
# shellcheck source=/dev/null
source "$CLUSTER_DIR/env"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PY=$ROOT/.venv/bin/python
RUN=$CLUSTER_DIR/run
ms() { date +%s%3N; }
elapsed() {
  local took=$(($(ms) - $1))
  printf '%d.%d' $((took / 1000)) $((took % 1000 / 100))
}
began_all=$(ms)

release=$CLUSTER_DIR/release.env
: >"$release.new"
for pair in "$@"; do
  [[ "$pair" =~ ^[A-Z_][A-Z0-9_]*=.*$ ]] || { echo "upgrade: not NAME=value: $pair" >&2; exit 2; }
  printf 'export %s=%q\n' "${pair%%=*}" "${pair#*=}" >>"$release.new"
done
mv "$release.new" "$release"

# 1. Expand.
began=$(ms)
for try in 1 2 3 4 5; do
  if (source "$release" && cd "$ROOT" && "$PY" manage.py migrate --noinput -v0); then
    break
  fi
  ((try < 5)) || { echo "upgrade: the migrations failed 5 times" >&2; exit 1; }
  echo "upgrade: migrate try $try failed (a lock not had in time?); again in 2 s"
  sleep 2
done
echo "upgrade: expand: migrations applied in $(elapsed "$began") s ($try tries), the old release serving"

# The upstream with instance $1 marked down (none: every instance up), nginx reloaded.
nginx_master() { cat "$CLUSTER_DIR/nginx/nginx.pid"; }
nginx_workers() { ps -o pid=,args= --ppid "$(nginx_master)" | awk '/worker process/ {print $1}'; }
set_upstream() {
  local n url line
  : >"$CLUSTER_DIR/nginx/upstream.conf.new"
  for n in 1 2; do
    url=CLUSTER_APP$n
    line="server ${!url#http://} max_fails=1 fail_timeout=3s"
    # While one is out, the other is the only one: one failed request must not mark it dead
    # for fail_timeout (every request would get 502 "no live upstreams" meanwhile).
    [[ -z "${1:-}" ]] || line="server ${!url#http://} max_fails=0"
    [[ "$n" != "${1:-}" ]] || line+=" down"
    echo "$line;" >>"$CLUSTER_DIR/nginx/upstream.conf.new"
  done
  mv "$CLUSTER_DIR/nginx/upstream.conf.new" "$CLUSTER_DIR/nginx/upstream.conf"
  # shellcheck disable=SC2086 # CLUSTER_NGINX is the command and its options
  $CLUSTER_NGINX -s reload
}
# Wait until these nginx workers (the ones that had the old upstream) have exited: each first
# finishes the requests it holds (worker_shutdown_timeout bounds it).
wait_exited() {
  local pid deadline=$(($(date +%s) + 40))
  for pid in "$@"; do
    while kill -0 "$pid" 2>/dev/null; do
      (($(date +%s) < deadline)) || { echo "upgrade: nginx worker $pid still busy" >&2; return 1; }
      sleep 0.1
    done
  done
}

# 2. Deploy, one instance at a time.
for n in 1 2; do
  url_var=CLUSTER_APP$n
  url=${!url_var}
  began=$(ms)
  mapfile -t old_workers < <(nginx_workers)
  set_upstream "$n"
  wait_exited "${old_workers[@]}"
  drained=$(elapsed "$began")

  began=$(ms)
  pid=$(cat "$RUN/app$n.gunicorn.pid")
  kill -TERM "$pid"
  for _ in $(seq 400); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && { echo "upgrade: instance $n did not stop" >&2; exit 1; }
  stopped=$(elapsed "$began")

  began=$(ms)
  setsid "$CLUSTER_DIR/start-app$n.sh" </dev/null >/dev/null 2>&1 &
  "$PY" "$ROOT/scripts/cluster/util.py" wait "$url/healthz" 120 &&
    "$PY" "$ROOT/scripts/cluster/util.py" wait "$url/kk/" 30 ||
    { echo "upgrade: instance $n did not answer on the new release" >&2; exit 1; }
  started=$(elapsed "$began")

  set_upstream
  echo "upgrade: instance $n: drained in $drained s, stopped in $stopped s," \
    "on the new release and answering in $started s, back in the upstream"
done

# 3. The task worker.
began=$(ms)
supervisor=$(cat "$RUN/worker.pid")
worker=$(ps -o pid=,args= --ppid "$supervisor" | awk '/manage.py worker/ {print $1}' | head -n1)
if [[ -n "$worker" ]]; then
  kill -TERM "$worker"
  while kill -0 "$worker" 2>/dev/null; do sleep 0.1; done
fi
for _ in $(seq 100); do
  new=$(ps -o pid=,args= --ppid "$supervisor" | awk '/manage.py worker/ {print $1}' | head -n1)
  [[ -z "$new" || "$new" == "$worker" ]] || break
  sleep 0.1
done
[[ -n "$new" && "$new" != "$worker" ]] || { echo "upgrade: the worker did not start again" >&2; exit 1; }
echo "upgrade: worker: restarted on the new release in $(elapsed "$began") s"
echo "upgrade: done in $(elapsed "$began_all") s"
