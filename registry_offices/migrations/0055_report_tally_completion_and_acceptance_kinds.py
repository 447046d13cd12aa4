# Two new report tally kinds: completions by month of completion, accepted certificates in force
# by month of acceptance. Only the field's choices change: no SQL (state only), so nothing is
# locked; `manage.py rebuild_report_tallies` fills the new kinds once after the deploy.

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
    ]
