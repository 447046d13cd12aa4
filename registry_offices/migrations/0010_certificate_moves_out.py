"""Certificate now belongs to the `certificates` app (certificates 0001 takes its table over by
`db_table`). State only: the table, its rows, index and constraint stay as they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("notices", "0002_certificate_moved"),
        ("registry_offices", "0009_partner_notices_reminder_days"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[migrations.DeleteModel(name="Certificate")],
        ),
    ]
