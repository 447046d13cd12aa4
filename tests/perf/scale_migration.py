#!/usr/bin/env python
"""A throwaway migration on the bench's full-size database: an indexed column added to the
applications table the way the house rule says (a nullable column, then `AddIndexConcurrently`
with `atomic = False`), applied and reverted through Django's own migration operations, while a
clerk's write (one no-op UPDATE of an application, every 20 ms, `lock_timeout` 5 s) measures how
long the table kept offices waiting. `make bench-scale` runs it and reads its last line (JSON);
the bench watches pg_locks for the transaction's longest blocking lock beside it.

Run with DATABASE_URL and DJANGO_SETTINGS_MODULE set (the bench does).
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import django  # noqa: E402

django.setup()

from django.contrib.postgres.operations import AddIndexConcurrently  # noqa: E402
from django.db import connection, connections, migrations, models  # noqa: E402
from django.db.migrations.loader import MigrationLoader  # noqa: E402

from registry_offices.models import MarriageApplication  # noqa: E402

COLUMN, INDEX = "bench_probe", "bench_probe_idx"


def probe_migration() -> migrations.Migration:
    migration = migrations.Migration("9999_bench_probe", "registry_offices")
    migration.atomic = False
    migration.operations = [
        migrations.AddField(
            "marriageapplication", COLUMN, models.CharField(max_length=32, null=True, blank=True)
        ),
        AddIndexConcurrently("marriageapplication", models.Index(fields=[COLUMN], name=INDEX)),
    ]
    return migration


class WriteProbe(threading.Thread):
    """A clerk saving an application while the migration runs: the slowest save is what an
    office would feel."""

    def __init__(self, pk: int) -> None:
        super().__init__(daemon=True)
        self.pk, self.slowest_ms, self.failures, self.writes = pk, 0.0, 0, 0
        self.done = threading.Event()

    def run(self) -> None:
        conn = connections.create_connection("default")
        try:
            with conn.cursor() as cursor:
                cursor.execute("SET lock_timeout = '5s'")
                table = MarriageApplication._meta.db_table
                while not self.done.is_set():
                    began = time.perf_counter()
                    try:
                        cursor.execute(
                            f"UPDATE {table} SET number = number WHERE id = %s",  # noqa: S608
                            [self.pk],
                        )
                        self.writes += 1
                    except Exception:  # a lock_timeout: an office refused for 5 s
                        self.failures += 1
                    self.slowest_ms = max(self.slowest_ms, (time.perf_counter() - began) * 1000)
                    time.sleep(0.02)
        finally:
            conn.close()


def main() -> None:
    rows = MarriageApplication.objects.count()
    state = MigrationLoader(connection).project_state()
    migration = probe_migration()
    probe = WriteProbe(MarriageApplication.objects.order_by("-pk").values_list("pk", flat=True)[0])
    probe.start()
    time.sleep(0.2)
    began = time.perf_counter()
    with connection.schema_editor(atomic=False) as editor:
        migration.apply(state.clone(), editor)
    applied = time.perf_counter() - began
    began = time.perf_counter()
    with connection.schema_editor(atomic=False) as editor:
        migration.unapply(state.clone(), editor)
    reverted = time.perf_counter() - began
    time.sleep(0.2)
    probe.done.set()
    probe.join()
    print(
        f"added {COLUMN} with its index to {rows} applications in {applied * 1000:.0f} ms, "
        f"reverted in {reverted * 1000:.0f} ms; slowest concurrent save "
        f"{probe.slowest_ms:.0f} ms of {probe.writes}, refused {probe.failures}"
    )
    print(
        json.dumps(
            {
                "rows": rows,
                "applied_ms": applied * 1000,
                "reverted_ms": reverted * 1000,
                "slowest_write_ms": probe.slowest_ms,
                "writes": probe.writes,
                "refused": probe.failures,
            }
        )
    )


if __name__ == "__main__":
    main()
