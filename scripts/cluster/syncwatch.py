"""The synchronous standby's watchdog: the primary keeps serving when its standby is lost.

With `synchronous_commit = on` and `synchronous_standby_names = '*'` a commit returns only once a
standby has flushed it: an acknowledged certificate is on two servers. A standby that disconnects
or stops flushing would make every commit wait for ever. This process, once a second, asks the
primary (DATABASE_URL: whichever node takes writes):

- is a standby streaming as `sync`, and is no commit waiting for it longer than
  SYNC_FALLBACK_SECONDS (5)? If not, for SYNC_FALLBACK_SECONDS in a row, it drops the standby
  from synchronous commit (`ALTER SYSTEM SET synchronous_standby_names = ''`, reload): the
  waiting commits return and the primary goes on alone ("degraded"). A write waits at most
  about SYNC_FALLBACK_SECONDS + 1 s.
- degraded, and a standby streams again within SYNC_CATCH_UP_BYTES (16 MB) of the primary for
  SYNC_FALLBACK_SECONDS? It makes it synchronous again.

Its state goes to $CLUSTER_DIR/run/syncwatch.json (mode "sync" or "degraded", since when, the
standby's lag): failover.sh reads it to refuse promoting a standby that was not synchronous.
With METRICS_PORT set it serves, on 127.0.0.1, the database's side of the alerts: whether a
primary answers, whether the standby is synchronous, the replication lag, and the time of the last
good backup ($CLUSTER_DIR/run/last-backup, written by backup.sh). Run by scripts/cluster.sh.
"""

import json
import logging
import os
import sys
import time
from pathlib import Path

import psycopg
from prometheus_client import Gauge, start_http_server

FALLBACK_SECONDS = float(os.environ.get("SYNC_FALLBACK_SECONDS", "5"))
CATCH_UP_BYTES = int(os.environ.get("SYNC_CATCH_UP_BYTES", str(16 * 1024 * 1024)))
STATE = Path(os.environ.get("CLUSTER_DIR", ".")) / "run" / "syncwatch.json"
SYNC_NAMES = "*"

log = logging.getLogger("syncwatch")

PRIMARY_UP = Gauge(
    "otbasy_db_primary_up", "Whether a PostgreSQL node takes writes (1) or none (0)."
)
SYNCHRONOUS = Gauge(
    "otbasy_db_synchronous_standby",
    "Whether commits wait for a synchronous standby (1) or the primary is alone (0, degraded).",
)
LAG_SECONDS = Gauge("otbasy_db_replication_lag_seconds", "The standby's replay lag.")
LAG_BYTES = Gauge("otbasy_db_replication_lag_bytes", "WAL the standby has not flushed yet.")
LAST_BACKUP = Gauge(
    "otbasy_db_last_backup_timestamp_seconds", "When the last good pgBackRest backup finished."
)
LAST_BACKUP_FAILURE = Gauge(
    "otbasy_db_last_backup_failure_timestamp_seconds", "When the last failed backup ended."
)
BACKUP_STAMP = STATE.parent / "last-backup"
BACKUP_FAILURE_STAMP = STATE.parent / "last-backup-failure"


def dsn() -> str:
    """DATABASE_URL's hosts, to the `postgres` database (libpq reads the multi-host URL itself)."""
    url = os.environ["DATABASE_URL"]
    base, _sep, query = url.partition("?")
    return base.rsplit("/", 1)[0] + "/postgres" + ("?" + query if query else "")


QUERY = """
SELECT current_setting('synchronous_standby_names'),
       (SELECT count(*) FROM pg_stat_replication
         WHERE state = 'streaming' AND sync_state IN ('sync', 'quorum')),
       (SELECT min(pg_wal_lsn_diff(pg_current_wal_lsn(), flush_lsn)) FROM pg_stat_replication
         WHERE state = 'streaming'),
       (SELECT coalesce(max(extract(epoch FROM clock_timestamp() - query_start)), 0)
          FROM pg_stat_activity WHERE wait_event = 'SyncRep'),
       (SELECT coalesce(max(extract(epoch FROM replay_lag)), 0) FROM pg_stat_replication)
"""


def set_names(connection, names: str) -> None:
    connection.execute(f"ALTER SYSTEM SET synchronous_standby_names = '{names}'")
    connection.execute("SELECT pg_reload_conf()")


def write_state(state: dict) -> None:
    tmp = STATE.with_suffix(".tmp")
    tmp.write_text(json.dumps(state))
    tmp.replace(STATE)


def export(state: dict, primary_up: bool) -> None:
    PRIMARY_UP.set(1 if primary_up else 0)
    SYNCHRONOUS.set(1 if state["mode"] == "sync" else 0)
    LAG_SECONDS.set(state.get("lag_seconds") or 0)
    # No standby streaming at all: as far behind as it can be.
    LAG_BYTES.set(state["lag_bytes"] if state.get("lag_bytes") is not None else float("inf"))
    for gauge, stamp in ((LAST_BACKUP, BACKUP_STAMP), (LAST_BACKUP_FAILURE, BACKUP_FAILURE_STAMP)):
        try:
            gauge.set(float(stamp.read_text().strip()))
        except (OSError, ValueError):
            gauge.set(0)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s syncwatch %(message)s")
    if os.environ.get("METRICS_PORT"):
        start_http_server(int(os.environ["METRICS_PORT"]), addr="127.0.0.1")
    state = {"mode": "sync", "since": time.time(), "lag_bytes": 0, "lag_seconds": 0.0}
    bad_since = good_since = None
    connection = None
    while True:
        try:
            if connection is None or connection.closed:
                connection = psycopg.connect(dsn(), autocommit=True, connect_timeout=3)
            names, synchronous, lag_bytes, waiting, lag_seconds = connection.execute(
                QUERY
            ).fetchone()
            now = time.time()
            state.update(
                lag_bytes=int(lag_bytes) if lag_bytes is not None else None,
                lag_seconds=float(lag_seconds),
                checked=now,
                primary=connection.info.port,
            )
            if names:
                healthy = synchronous > 0 and float(waiting) < FALLBACK_SECONDS
                bad_since = None if healthy else (bad_since or now)
                if bad_since and now - bad_since >= FALLBACK_SECONDS:
                    set_names(connection, "")
                    log.warning(
                        "standby dropped from synchronous commit (streaming sync: %s, a commit "
                        "waiting %.1f s): the primary goes on alone",
                        synchronous,
                        float(waiting),
                    )
                    state.update(mode="degraded", since=now)
                    bad_since = None
                elif state["mode"] != "sync":
                    state.update(mode="sync", since=now)
            else:
                caught_up = lag_bytes is not None and int(lag_bytes) <= CATCH_UP_BYTES
                good_since = (good_since or now) if caught_up else None
                if good_since and now - good_since >= FALLBACK_SECONDS:
                    set_names(connection, SYNC_NAMES)
                    log.info("a standby streams again and caught up: synchronous commit is back")
                    state.update(mode="sync", since=now)
                    good_since = None
                elif state["mode"] != "degraded":
                    state.update(mode="degraded", since=now)
            write_state(state)
            export(state, primary_up=True)
        except psycopg.Error as error:
            log.warning("no primary answers: %s", str(error).splitlines()[0] if error else "")
            if connection is not None:
                connection.close()
            connection = None
            export(state, primary_up=False)
        time.sleep(1)


if __name__ == "__main__":
    sys.exit(main())
