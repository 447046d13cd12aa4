"""The application's office copied onto each course assignment, so the applications list's
overdue and open-state filters read one office's assignments by index (README: "What grows with
the tables"). Expand only: a nullable column without a database constraint (adding one would
validate the whole table under lock), filled in batches that each commit, then an index built
CONCURRENTLY. Rows the running release writes meanwhile are filled by
`manage.py backfill_office_copies` after the upgrade (README: "Changing the schema")."""

import django.db.models.deletion
from django.db import migrations, models

from home.migration_ops import AddIndexConcurrently
from registry_offices import office_copies


def fill(apps, schema_editor):
    office_copies.backfill(
        apps.get_model("registry_offices", "CourseAssignment"),
        apps.get_model("registry_offices", "MarriageApplication"),
    )


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("registry_offices", "0055_report_tally_completion_and_acceptance_kinds")]

    operations = [
        migrations.AddField(
            model_name="courseassignment",
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
        AddIndexConcurrently(
            model_name="courseassignment",
            index=models.Index(
                fields=["office", "state", "due_date", "application"],
                name="assignment_office_state_due",
            ),
        ),
    ]
