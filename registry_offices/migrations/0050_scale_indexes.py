"""Indexes for a decade of data, built without stopping the offices (CONCURRENTLY, outside a
transaction; README: "Changing the schema").

- A trigram index on the partners' lower-cased names: "Find a couple" by a name token is a
  `LIKE '%token%'`, which no B-tree can answer; PostgreSQL only (SQLite has no trigrams and no
  country-sized tables).
- Assignments by (application, state, due date): the list's state filters (`EXISTS` per
  application) are answered from the index alone.
"""

from django.db import migrations, models

from home.migration_ops import AddIndexConcurrently, PostgresOnly


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("registry_offices", "0011_application_external_id")]

    operations = [
        PostgresOnly(
            "CREATE EXTENSION IF NOT EXISTS pg_trgm", reverse_sql=migrations.RunSQL.noop
        ),
        PostgresOnly(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS partner_name_trgm "
            "ON registry_offices_partner USING gin (name_search gin_trgm_ops)",
            reverse_sql="DROP INDEX CONCURRENTLY IF EXISTS partner_name_trgm",
        ),
        AddIndexConcurrently(
            model_name="courseassignment",
            index=models.Index(
                fields=["application", "state", "due_date"], name="assignment_app_state_due"
            ),
        ),
    ]
