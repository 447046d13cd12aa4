"""Expand, under load: a new table, and a nullable column on the marriage applications.

A nullable column with no default is a change to the catalogue only (no table rewrite), but
ALTER TABLE still waits for an ACCESS EXCLUSIVE lock, and while it waits every query on the
table queues behind it. `lock_timeout` bounds that wait: when a long transaction holds the
table, the migration fails fast (scripts/cluster/upgrade.sh tries it again) instead of
stopping the offices' work. The old code never names the column, so it keeps working.
"""

from django.db import migrations, models

COLUMN = "release_note"


def add_column(apps, schema_editor):
    table = apps.get_model("registry_offices", "MarriageApplication")._meta.db_table
    quote = schema_editor.quote_name
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET LOCAL lock_timeout = '1s'")
    schema_editor.execute(f"ALTER TABLE {quote(table)} ADD COLUMN {quote(COLUMN)} varchar(40) NULL")


def drop_column(apps, schema_editor):
    table = apps.get_model("registry_offices", "MarriageApplication")._meta.db_table
    quote = schema_editor.quote_name
    schema_editor.execute(f"ALTER TABLE {quote(table)} DROP COLUMN {quote(COLUMN)}")


class Migration(migrations.Migration):
    initial = True
    dependencies = [("registry_offices", "__latest__")]

    operations = [
        migrations.CreateModel(
            name="ReleaseMark",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("release", models.CharField(max_length=40)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
        ),
        migrations.RunPython(add_column, drop_column),
    ]
