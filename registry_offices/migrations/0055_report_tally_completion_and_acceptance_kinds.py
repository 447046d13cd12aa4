# Two new report tally kinds: completions by month of completion, accepted certificates in force
# by month of acceptance. Only the field's choices change: no SQL (state only), so nothing is
# locked. And a new, empty table of applications per office and month (its unique index is built
# on no rows). `manage.py rebuild_report_tallies` fills both once after the deploy.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("registry_offices", "0054_webhook_event_created"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="reporttally",
                    name="kind",
                    field=models.CharField(
                        choices=[
                            ("assigned", "Not started"),
                            ("in_progress", "In progress"),
                            ("completed", "Completed"),
                            ("cancelled", "Cancelled"),
                            ("accepted", "Certificates accepted"),
                            ("current", "Certificates issued"),
                            ("current_accepted", "Issued certificates accepted"),
                            ("completed_on", "Completed in the month"),
                            ("accepted_current", "Accepted certificates in force"),
                        ],
                        max_length=16,
                    ),
                ),
            ],
            database_operations=[],
        ),
        migrations.CreateModel(
            name="ApplicationTally",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("month", models.DateField()),
                ("count", models.IntegerField(default=0)),
                (
                    "office",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="registry_offices.registryoffice",
                    ),
                ),
            ],
            options={
                "verbose_name": "application tally",
                "verbose_name_plural": "application tallies",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("office", "month"), name="application_tally_key"
                    )
                ],
            },
        ),
    ]
