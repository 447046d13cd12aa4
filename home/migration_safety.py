"""The rule for new migrations (README: "Changing the schema"): nothing that locks a big table for
long or breaks the running version during a rolling upgrade. Checked by tests/home/
test_migration_safety.py for every migration of the project's apps (settings.PROJECT_APPS) numbered
from FIRST_CHECKED (or the app's FIRST_CHECKED_OF) on; older ones ran long ago on every database
and are history.

Refused: a NOT NULL column without a database default (a table rewrite and a failing old
version), a new foreign key column with its constraint (validated against every row under lock)
or its own index, an index or unique constraint built without CONCURRENTLY, a renamed column or
table (the running version still uses the old name), a changed column (a type change rewrites the
table), and a concurrent build inside a transaction (PostgreSQL refuses it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.operations import AddConstraintNotValid, AddIndexConcurrently
from django.db import migrations
from django.db.models import NOT_PROVIDED

FIRST_CHECKED = 50
# Apps made after the rule came in: every migration of theirs from this number on is checked.
FIRST_CHECKED_OF = {"evaluation": 3}
PLAIN_INDEX_SQL = re.compile(r"CREATE\s+(UNIQUE\s+)?INDEX\s+(?!CONCURRENTLY)", re.I)


@dataclass(frozen=True)
class Problem:
    migration: str
    message: str

    def __str__(self) -> str:
        return f"{self.migration}: {self.message}"


def number_of(name: str) -> int | None:
    match = re.match(r"(\d{4})_", name)
    return int(match.group(1)) if match else None


def problems_of(label: str, migration) -> list[Problem]:
    """What in one migration would lock a table or break the running version."""
    name = f"{label}.{migration.name}"
    found = []
    concurrent = False
    for operation in migration.operations:
        if isinstance(operation, AddIndexConcurrently):
            concurrent = True
            continue
        if isinstance(operation, migrations.AddIndex):
            found.append(
                Problem(
                    name,
                    f"AddIndex {operation.index.name}: build it with "
                    "AddIndexConcurrently (home.migration_ops)",
                )
            )
        elif isinstance(operation, migrations.AddConstraint) and not isinstance(
            operation, AddConstraintNotValid
        ):
            if getattr(operation.constraint, "fields", None) or getattr(
                operation.constraint, "expressions", None
            ):
                found.append(
                    Problem(
                        name,
                        f"AddConstraint {operation.constraint.name} builds a "
                        "unique index under lock: build the index "
                        "concurrently first, then attach it",
                    )
                )
        elif isinstance(operation, migrations.AddField):
            field = operation.field
            if not field.null and field.db_default is NOT_PROVIDED and not (field.many_to_many):
                found.append(
                    Problem(
                        name,
                        f"AddField {operation.model_name}.{operation.name} "
                        "is NOT NULL without db_default: add it nullable",
                    )
                )
            if field.db_index or field.unique:
                found.append(
                    Problem(
                        name,
                        f"AddField {operation.model_name}.{operation.name} builds its index "
                        "under lock: db_index=False, then AddIndexConcurrently",
                    )
                )
            if field.many_to_one and field.db_constraint:
                found.append(
                    Problem(
                        name,
                        f"AddField {operation.model_name}.{operation.name} adds a foreign key "
                        "constraint, validated against every row under lock: add it with "
                        "db_constraint=False (or AddConstraintNotValid, then validate)",
                    )
                )
        elif isinstance(operation, migrations.AlterField):
            found.append(
                Problem(
                    name,
                    f"AlterField {operation.model_name}.{operation.name}: "
                    "add a new column, copy, then switch (expand, contract)",
                )
            )
        elif isinstance(operation, (migrations.RenameField, migrations.RenameModel)):
            found.append(
                Problem(
                    name, f"{type(operation).__name__}: the running version still uses the old name"
                )
            )
        elif isinstance(operation, migrations.RunSQL):
            sql = (
                operation.sql
                if isinstance(operation.sql, str)
                else " ".join(str(part) for part in operation.sql)
            )
            if PLAIN_INDEX_SQL.search(sql):
                found.append(Problem(name, "RunSQL builds an index without CONCURRENTLY"))
            if "CONCURRENTLY" in sql.upper():
                concurrent = True
    if concurrent and migration.atomic:
        found.append(Problem(name, "a concurrent index build needs `atomic = False`"))
    return found


def new_migration_problems() -> list[Problem]:
    """Every problem in the project's migrations numbered FIRST_CHECKED or later."""
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    found = []
    for (label, name), migration in sorted(loader.disk_migrations.items()):
        number = number_of(name)
        first = FIRST_CHECKED_OF.get(label, FIRST_CHECKED)
        if label in settings.PROJECT_APPS and number is not None and number >= first:
            found.extend(problems_of(label, migration))
    return found
