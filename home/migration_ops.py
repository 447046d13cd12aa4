"""Migration operations that never lock a big table for long (README: "Changing the schema").

`AddIndexConcurrently` builds the index with CREATE INDEX CONCURRENTLY on PostgreSQL (writes go
on while it builds) and falls back to a plain AddIndex elsewhere (SQLite, the embedded default,
has no concurrent build and no production-sized tables). `PostgresOnly` runs raw SQL on PostgreSQL
only, for indexes the model state cannot describe on every database (trigram indexes). A migration
using either sets `atomic = False`: a concurrent build cannot run in a transaction.
"""

from __future__ import annotations

from django.contrib.postgres.operations import AddIndexConcurrently as PostgresAddIndex
from django.db import migrations


class AddIndexConcurrently(PostgresAddIndex):
    """CREATE INDEX CONCURRENTLY on PostgreSQL, a plain CREATE INDEX elsewhere."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)
        else:
            migrations.AddIndex.database_forwards(
                self, app_label, schema_editor, from_state, to_state
            )

    def database_backwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
        else:
            migrations.AddIndex.database_backwards(
                self, app_label, schema_editor, from_state, to_state
            )


class PostgresOnly(migrations.RunSQL):
    """Raw SQL that only PostgreSQL runs (and only PostgreSQL needs)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
