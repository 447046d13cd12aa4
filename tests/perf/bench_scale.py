#!/usr/bin/env python
"""`make bench-scale`: every staff screen, report, export and purge at a decade of the country's
data, against the same screens at a small size.

Starts its own PostgreSQL (loopback, a temporary directory) and Redis, builds the demo once as a
template database, fills one copy with `generate_scale --couples 50000` and one with the full size
(SCALE_COUPLES, default 1,300,000), serves each with gunicorn (2 workers, production settings; the
page cache steps aside for the bench's cookie), times each screen BENCH_SCALE_REQUESTS times in a
row, and at the full size runs the purges while watching their transactions in pg_stat_activity.
Prints one table and a verdict; exits 1 when a budget is broken. Stops what it started on every
exit path (an exception, Ctrl-C, SIGTERM).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402  (the demo bench's Redis, port and wait helpers)
from scale_services import (  # noqa: E402
    Postgres,
    csrf_of,
    measure_export,
    session_for,
)

ROOT = bench.ROOT
WORK = ROOT / ".bench-scale"
SMALL = int(os.environ.get("SCALE_SMALL", "50000"))
FULL = int(os.environ.get("SCALE_COUPLES", "1300000"))
REQUESTS = int(os.environ.get("BENCH_SCALE_REQUESTS", "40"))
# A screen far over budget stops being sampled after this many seconds (at least 3 samples).
SCREEN_SECONDS = float(os.environ.get("BENCH_SCALE_SCREEN_SECONDS", "20"))
SCREEN_MS, REPORT_MS, GROWTH, FIRST_BYTE_MS, EXPORT_MB, LOCK_MS = 300, 1000, 1.5, 1000, 50, 1000
GENERATE_SECONDS = {SMALL: 120, 1_300_000: 1200}


@dataclass
class Row:
    label: str
    kind: str  # screen, report, export, purge
    small: list[float] = field(default_factory=list)
    full: list[float] = field(default_factory=list)
    queries: int | None = None
    note: str = ""
    breaches: list[str] = field(default_factory=list)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def manage(env: dict, settings: str, *args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [bench.PYTHON, "manage.py", *args],
        cwd=ROOT,
        check=True,
        text=True,
        env={**env, "DJANGO_SETTINGS_MODULE": f"config.settings.{settings}"},
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout or ""


def measure_screens(base: str, spec: dict, rows: dict[str, Row], size: str) -> None:
    for target in spec["targets"]:
        row = rows.setdefault(target["label"], Row(target["label"], target["kind"]))
        row.queries = target.get("queries", row.queries)
        client = session_for(target["session"])
        timings = getattr(row, size)
        if target["method"] == "GET":
            client.get(base + target["path"], timeout=600)  # warm, as a running site is
            stop_at = time.monotonic() + SCREEN_SECONDS
            for count in range(REQUESTS):
                if count >= 3 and time.monotonic() > stop_at:
                    break
                began = time.perf_counter()
                response = client.get(base + target["path"], timeout=600)
                timings.append((time.perf_counter() - began) * 1000)
                if response.status_code != 200:
                    raise RuntimeError(f"{target['label']} answered {response.status_code}")
            print(f"  {size}: {target['label']}: p95 {pct(timings, 0.95):.0f} ms", flush=True)
            continue
        paths = target.get("paths") or [target["path"]] * (REQUESTS + 1)
        token = csrf_of(client, base, target.get("form_from") or target["path"])
        stop_at = time.monotonic() + SCREEN_SECONDS
        for index, path in enumerate(paths[: REQUESTS + 1]):
            if index > 3 and time.monotonic() > stop_at:
                break
            began = time.perf_counter()
            response = client.post(
                base + path,
                data={**target.get("data", {}), "csrfmiddlewaretoken": token},
                headers={"Referer": base + path},
                allow_redirects=False,
                timeout=120,
            )
            if response.status_code >= 500 or response.status_code in (403, 429):
                raise RuntimeError(f"{target['label']} answered {response.status_code}")
            if index:  # the first one warms
                timings.append((time.perf_counter() - began) * 1000)
        print(f"  {size}: {target['label']}: p95 {pct(timings, 0.95):.0f} ms", flush=True)


PURGES = [
    ("purge_couple_data", []),
    ("purge_security_events", []),
    ("purge_consultation_requests", []),
    ("send_due_reminders", []),
]


WRITE_MODES = ("RowExclusiveLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock")
# What keeps a clerk's save of an application waiting (a concurrent index build takes none).
BLOCKING_MODES = ("ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock")


class LockWatch:
    """The longest transaction of one application name that held one of `modes` on a relation
    (or on `table` only), sampled from pg_stat_activity/pg_locks every 20 ms."""

    def __init__(self, pg: Postgres, database: str, app_name: str, modes, table: str = ""):
        self.url, self.app_name, self.modes, self.table = pg.url(database), app_name, modes, table
        self.longest = 0.0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.watch, daemon=True)

    def watch(self) -> None:
        import psycopg

        params = [self.app_name, list(self.modes), self.table, self.table]
        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self.done.is_set():
                row = conn.execute(
                    "SELECT COALESCE(MAX(EXTRACT(EPOCH FROM clock_timestamp() - a.xact_start)), 0) "
                    "FROM pg_stat_activity a WHERE a.application_name = %s AND a.xact_start IS "
                    "NOT NULL AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND "
                    "l.mode = ANY(%s) AND l.locktype = 'relation' AND "
                    "(%s = '' OR l.relation::regclass::text = %s))",
                    params,
                ).fetchone()
                self.longest = max(self.longest, float(row[0]) * 1000)
                time.sleep(0.02)

    def __enter__(self) -> LockWatch:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.done.set()
        self.thread.join()


def run_purge(env: dict, pg: Postgres, database: str, name: str, args: list[str]) -> Row:
    """Duration, rows (from the command's own words) and the longest transaction that held a
    write lock, sampled from pg_stat_activity/pg_locks every 20 ms."""
    app_name = f"bench-{name}"
    with LockWatch(pg, database, app_name, WRITE_MODES) as watch:
        began = time.perf_counter()
        out = manage({**env, "PGAPPNAME": app_name}, "production", name, *args, capture=True)
        took = (time.perf_counter() - began) * 1000
    longest = watch.longest
    numbers = re.findall(r"\d+", out)
    print(f"  {name}: {took:.0f} ms, longest lock {longest:.0f} ms: {out.strip()}", flush=True)
    row = Row(name, "purge", full=[took])
    row.note = f"{sum(int(n) for n in numbers[:1]) if numbers else 0} rows; lock {longest:.0f} ms"
    row.queries = None
    if longest > LOCK_MS:
        row.breaches.append(f"held a lock {longest:.0f} ms")
    return row


def run_migration_probe(env: dict, pg: Postgres, database: str) -> Row:
    """An indexed column added to (and removed from) the applications table by a throwaway
    migration (tests/perf/scale_migration.py): the longest transaction that held a lock
    blocking the table's writers, and the slowest clerk's save meanwhile."""
    app_name = "bench-migration"
    table = "registry_offices_marriageapplication"
    with LockWatch(pg, database, app_name, BLOCKING_MODES, table) as watch:
        began = time.perf_counter()
        result = subprocess.run(
            [bench.PYTHON, str(ROOT / "tests/perf/scale_migration.py")],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
            env={
                **env,
                "DATABASE_URL": pg.url(database),
                "PGAPPNAME": app_name,
                "DJANGO_SETTINGS_MODULE": "config.settings.production",
            },
        )
        took = (time.perf_counter() - began) * 1000
    *words, last = result.stdout.strip().splitlines()
    probe = json.loads(last)
    longest, slowest = watch.longest, probe["slowest_write_ms"]
    print(f"  migration: {' '.join(words)}; longest blocking lock {longest:.0f} ms", flush=True)
    row = Row("migration: indexed column on applications", "migration", full=[took])
    row.note = f"{probe['rows']} rows; lock {longest:.0f} ms; slowest save {slowest:.0f} ms"
    for what, ms in (("held a lock", longest), ("kept a save waiting", slowest)):
        if ms > LOCK_MS:
            row.breaches.append(f"{what} {ms:.0f} ms")
    if probe["refused"]:
        row.breaches.append(f"{probe['refused']} saves refused (lock_timeout)")
    return row


def serve(env: dict, database_url: str):
    port = bench.free_port()
    server = subprocess.Popen(
        [
            str(bench.VENV_BIN / "gunicorn"),
            "-c",
            "config/gunicorn.py",
            "config.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
            "--timeout=600",
        ],
        cwd=ROOT,
        env={
            **env,
            "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
        },
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    bench.wait_for(base + "/healthz", server)
    return server, base


def measure_size(env, pg, database, couples, rows, size, exports) -> float:
    pg.sql(f"CREATE DATABASE {database} TEMPLATE demo")
    url = pg.url(database)
    began = time.monotonic()
    manage({**env, "DATABASE_URL": url}, "dev", "generate_scale", "--couples", str(couples))
    generated = time.monotonic() - began
    print(f"generate_scale --couples {couples}: {generated:.0f} s", flush=True)
    server, base = serve(env, url)
    try:
        spec = json.loads(
            subprocess.run(
                [bench.PYTHON, str(ROOT / "tests/perf/scale_targets.py")],
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
                env={
                    **env,
                    "DATABASE_URL": url,
                    "DJANGO_SETTINGS_MODULE": "config.settings.production",
                },
            ).stdout.splitlines()[-1]
        )
        for export in spec["exports"]:  # first: the re-authentication is fresh
            exports.setdefault(export["label"], {})[size] = measure_export(base, export, server.pid)
            print(f"  {size}: {export['label']}: {exports[export['label']][size]}", flush=True)
        measure_screens(base, spec, rows, size)
    finally:
        bench.stop(server)
    return generated


def judge(rows: dict[str, Row], exports: dict, generated: dict) -> list[Row]:
    table = list(rows.values())
    for row in table:
        if row.kind in ("screen", "report") and row.full:
            limit = SCREEN_MS if row.kind == "screen" else REPORT_MS
            p95_small, p95_full = pct(row.small, 0.95), pct(row.full, 0.95)
            if p95_full > limit:
                row.breaches.append(f"p95 {p95_full:.0f} ms > {limit} ms")
            if row.kind == "screen" and p95_full > GROWTH * max(p95_small, 20):
                row.breaches.append(f"grew {p95_full / p95_small:.1f}×")
    for label, by_size in exports.items():
        row = Row(label, "export")
        for size in ("small", "full"):
            if size in by_size:
                first, total, growth, size_bytes = by_size[size]
                getattr(row, size).append(total)
                row.note = (
                    f"first byte {first:.0f} ms, worker +{growth:.0f} MB, {size_bytes // 1024} KB"
                )
                if size == "full" and first > FIRST_BYTE_MS:
                    row.breaches.append(f"first byte {first:.0f} ms")
                if size == "full" and growth > EXPORT_MB:
                    row.breaches.append(f"worker grew {growth:.0f} MB")
        table.append(row)
    for couples, seconds in generated.items():
        row = Row(f"generate_scale --couples {couples}", "generate", full=[seconds * 1000])
        limit = GENERATE_SECONDS.get(couples)
        if limit and seconds > limit:
            row.breaches.append(f"took {seconds:.0f} s > {limit} s")
        table.append(row)
    return table


def budget_of(row: Row) -> str:
    return {
        "screen": f"p95 ≤ {SCREEN_MS} ms, ≤ {GROWTH}× small",
        "report": f"p95 ≤ {REPORT_MS} ms",
        "export": f"first byte ≤ {FIRST_BYTE_MS} ms, +{EXPORT_MB} MB",
        "purge": f"lock ≤ {LOCK_MS} ms",
        "migration": f"lock ≤ {LOCK_MS} ms",
        "generate": "50k ≤ 2 min, 1.3M ≤ 20 min",
    }[row.kind]


def print_table(table: list[Row]) -> int:
    print()
    print("| screen | p50 ms small | p95 ms small | p95 ms full | growth | queries | budget |")
    print("|---|---|---|---|---|---|---|")
    for row in table:
        small50 = f"{pct(row.small, 0.5):.0f}" if row.small else "—"
        small95 = f"{pct(row.small, 0.95):.0f}" if row.small else "—"
        full95 = f"{pct(row.full, 0.95):.0f}" if row.full else "—"
        growth = (
            f"{pct(row.full, 0.95) / pct(row.small, 0.95):.2f}×" if row.small and row.full else "—"
        )
        verdict = "; ".join(row.breaches) if row.breaches else "held"
        note = f" ({row.note})" if row.note else ""
        queries = "—" if row.queries is None else str(row.queries)
        print(
            f"| {row.label}{note} | {small50} | {small95} | {full95} | {growth} | {queries} | "
            f"{budget_of(row)}: {verdict} |"
        )
    over = sum(1 for row in table if row.breaches)
    print("bench-scale: all budgets held" if not over else f"bench-scale: {over} over budget")
    return 1 if over else 0


def main() -> int:
    WORK.mkdir(exist_ok=True)
    pg = Postgres()
    redis = None

    def interrupted(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, interrupted)
    try:
        pg.start()
        redis, cache_url = bench.start_redis()
        env = bench.bench_env() | {
            "CACHE_URL": cache_url,
            "STATIC_ROOT": str(WORK / "static"),
            "MEDIA_ROOT": str(WORK / "media"),
            "STAFF_REAUTH_SECONDS": "3600",
        }
        pg.sql("CREATE DATABASE demo")
        print("Preparing the demo template (migrate, load_demo, collectstatic)…", flush=True)
        demo_env = {**env, "DATABASE_URL": pg.url("demo")}
        manage(demo_env, "dev", "migrate", "--noinput", "-v0")
        manage(demo_env, "dev", "load_demo")
        manage(demo_env, "production", "collectstatic", "--noinput", "-v0")
        rows: dict[str, Row] = {}
        exports: dict = {}
        generated = {}
        generated[SMALL] = measure_size(env, pg, "scale_small", SMALL, rows, "small", exports)
        pg.sql("DROP DATABASE scale_small")
        generated[FULL] = measure_size(env, pg, "scale_full", FULL, rows, "full", exports)
        full_env = {**env, "DATABASE_URL": pg.url("scale_full")}
        purges = [run_purge(full_env, pg, "scale_full", name, args) for name, args in PURGES]
        purges.append(run_migration_probe(env, pg, "scale_full"))
        table = judge(rows, exports, generated) + purges
        return print_table(table)
    finally:
        if redis is not None:
            bench.stop(redis)
        pg.stop()


if __name__ == "__main__":
    sys.exit(main())
