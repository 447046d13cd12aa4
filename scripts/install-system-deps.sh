#!/usr/bin/env bash
# Install the Debian packages the project needs, only those that are missing.
#   install-system-deps.sh run    gettext and WeasyPrint's libraries (enough for `make run`)
#   install-system-deps.sh test   + Chromium, zbar (QR decoding), poppler (PDF text and pdfsig),
#                                   NSS tools (certutil), Redis, Prometheus (promtool tests the
#                                   alert rules)
#   install-system-deps.sh bench  + wrk and Redis (the shared cache production runs on)
#   install-system-deps.sh postgres  + the PostgreSQL server
#   install-system-deps.sh cluster   + the PostgreSQL server, Redis and nginx with its cache-purge
#                                     module (`make cluster`)
#   install-system-deps.sh ops       + pgBackRest (backups, point-in-time restore), rclone (the
#                                     media bucket's copy), Prometheus and Alertmanager:
#                                     `make cluster`, `make drill`
set -euo pipefail

need=()
want() { # want <command-or-file> <package>
  if [[ "$1" == /* ]]; then [[ -e "$1" ]] || need+=("$2"); else command -v "$1" >/dev/null 2>&1 || need+=("$2"); fi
}

for profile in "$@"; do
  case "$profile" in
    run)
      want msgfmt gettext
      want /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf fonts-dejavu-core
      [[ -n "$(ls /usr/lib/*/libpango-1.0.so.0 2>/dev/null)" ]] || need+=(libpango-1.0-0 libpangoft2-1.0-0)
      ;;
    test)
      want msgfmt gettext
      want /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf fonts-dejavu-core
      [[ -n "$(ls /usr/lib/*/libpango-1.0.so.0 2>/dev/null)" ]] || need+=(libpango-1.0-0 libpangoft2-1.0-0)
      want chromium chromium
      want zbarimg zbar-tools
      want pdftotext poppler-utils
      want certutil libnss3-tools   # pdfsig's trust store for the PDF signature tests
      want redis-server redis-server
      want promtool prometheus
      ;;
    bench) want wrk wrk; want redis-server redis-server ;;
    postgres)
      if ! command -v initdb >/dev/null 2>&1 && [[ -z "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null)" ]]; then
        need+=(postgresql)
      fi
      ;;
    cluster)
      if ! command -v initdb >/dev/null 2>&1 && [[ -z "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null)" ]]; then
        need+=(postgresql)
      fi
      want /usr/bin/redis-server redis-server
      want /usr/sbin/nginx nginx
      # nginx's page cache is purged by Wagtail on publish (scripts/cluster/nginx.conf.template)
      want /usr/lib/nginx/modules/ngx_http_cache_purge_module.so libnginx-mod-http-cache-purge
      ;;
    ops)
      want /usr/bin/pgbackrest pgbackrest
      want /usr/bin/rclone rclone
      want /usr/bin/prometheus prometheus
      want /usr/bin/prometheus-alertmanager prometheus-alertmanager
      ;;
    *) echo "unknown profile: $profile" >&2; exit 2 ;;
  esac
done

if ((${#need[@]})); then
  echo "Installing Debian packages: ${need[*]}"
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
