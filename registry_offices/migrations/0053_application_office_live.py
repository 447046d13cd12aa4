"""The live applications (personal data kept) of an office, newest first: "Find a couple" by a
name token searches only these. Built CONCURRENTLY, outside a transaction (README: "Changing the
schema"); on SQLite a plain partial index."""

from django.db import migrations, models

from home.migration_ops import AddIndexConcurrently


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("registry_offices", "0052_report_tallies")]

    operations = [
        AddIndexConcurrently(
            model_name="marriageapplication",
            index=models.Index(
                condition=models.Q(anonymised_at__isnull=True),
                fields=["office", "-application_date"],
                name="application_office_live",
            ),
        ),
    ]
