"""The application's office copied onto each partner, so a name token is looked up among one
office's partners (README: "What grows with the tables"). Expand only, as 0056: a nullable
column without a database constraint, filled in batches that each commit, then the indexes built
CONCURRENTLY:

- `partner_office_name_trgm`, GIN over (office, name trigrams) of the partners with a name
  (anonymised ones have none): btree_gin lets one GIN index answer "this office, a name like
  this", where the trigram index alone (`partner_name_trgm`, 0050) finds the name in every
  office of the country. PostgreSQL only, as every trigram index here.
- `partner_without_office`, the partners still lacking the copy: empty once filled, so the list
  can ask at once whether any is left (see `ApplicationFilterSet._offices_partners`).

Rows the running release writes meanwhile are filled by `manage.py backfill_office_copies` after
the upgrade (README: "Changing the schema")."""

import django.db.models.deletion
from django.db import migrations, models

from home.migration_ops import AddIndexConcurrently, PostgresOnly
from registry_offices import office_copies


def fill(apps, schema_editor):
    office_copies.backfill(
        apps.get_model("registry_offices", "Partner"),
        apps.get_model("registry_offices", "MarriageApplication"),
    )


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("registry_offices", "0056_assignment_office")]

    operations = [
        migrations.AddField(
            model_name="partner",
            name="office",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                db_index=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="registry_offices.registryoffice",
                verbose_name="registry office",
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
        # A trusted extension (PostgreSQL 13+): the database's owner may create it.
        PostgresOnly(
            "CREATE EXTENSION IF NOT EXISTS btree_gin", reverse_sql=migrations.RunSQL.noop
        ),
        PostgresOnly(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS partner_office_name_trgm "
            "ON registry_offices_partner USING gin (office_id, name_search gin_trgm_ops) "
            "WHERE name_search <> ''",
            reverse_sql="DROP INDEX CONCURRENTLY IF EXISTS partner_office_name_trgm",
        ),
        AddIndexConcurrently(
            model_name="partner",
            index=models.Index(
                fields=["id"],
                condition=models.Q(office__isnull=True),
                name="partner_without_office",
            ),
        ),
    ]
