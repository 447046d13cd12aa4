"""COPY in, the marker that makes a run resumable, and the guard against real data."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from django.apps import apps
from django.db import connection

MARKER_TABLE = "scale_generation_marker"
GENERATED_OFFICE_PREFIX = "scale-"


class NotPostgres(Exception):
    """The generator needs PostgreSQL (COPY, sequences, ANALYZE)."""


def table(label: str) -> str:
    """The table of a model named "app_label.Model", without importing the app's code."""
    return apps.get_model(label)._meta.db_table


def require_postgres() -> None:
    if connection.vendor != "postgresql":
        raise NotPostgres(
            "generate_scale needs PostgreSQL (it loads rows with COPY); DATABASE_URL points at "
            f"{connection.vendor}. Start a PostgreSQL server and set "
            "DATABASE_URL=postgres://user@host:port/db."
        )


def copy_rows(cursor, table_name: str, columns: Sequence[str], rows: Iterable[tuple]) -> int:
    """COPY the rows into the table through psycopg 3's copy (text format); returns the count."""
    count = 0
    with cursor.copy(f"COPY {table_name} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def ensure_marker(cursor) -> None:
    cursor.execute(
        f"CREATE TABLE IF NOT EXISTS {MARKER_TABLE} (step text PRIMARY KEY, detail jsonb NOT NULL)"
    )


def read_marker(cursor, step: str) -> dict | None:
    cursor.execute(f"SELECT detail FROM {MARKER_TABLE} WHERE step = %s", [step])
    row = cursor.fetchone()
    if row is None:
        return None
    return row[0] if isinstance(row[0], dict) else json.loads(row[0])


def write_marker(cursor, step: str, detail: dict) -> None:
    cursor.execute(
        f"INSERT INTO {MARKER_TABLE} (step, detail) VALUES (%s, %s) "
        "ON CONFLICT (step) DO UPDATE SET detail = EXCLUDED.detail",
        [step, json.dumps(detail)],
    )


def done_batches(cursor) -> set[int]:
    cursor.execute(f"SELECT step FROM {MARKER_TABLE} WHERE step LIKE 'batch:%%'")
    return {int(step.split(":", 1)[1]) for (step,) in cursor.fetchall()}


def next_id(cursor, table_name: str) -> int:
    cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table_name}")
    return int(cursor.fetchone()[0])


def bump_sequence(cursor, table_name: str) -> None:
    """Move the id sequence past the ids COPY wrote, so the application's inserts never collide."""
    cursor.execute(
        f"SELECT setval(pg_get_serial_sequence('{table_name}', 'id'), COALESCE(MAX(id), 0) + 1, "
        f"false) FROM {table_name}"
    )


def real_data_reason(demo_office_codes: Iterable[str]) -> str | None:
    """Why this database must not be filled (it holds applications of offices that neither the
    demo nor this generator made), or None when it is safe."""
    application = apps.get_model("registry_offices.MarriageApplication")
    foreign = (
        application.objects.exclude(office__code__startswith=GENERATED_OFFICE_PREFIX)
        .exclude(office__code__in=list(demo_office_codes))
        .count()
    )
    if foreign:
        return (
            f"This database holds {foreign} marriage application(s) of offices that neither the "
            "demo nor generate_scale made: it looks like real data. generate_scale only fills a "
            "database made for measuring."
        )
    return None
