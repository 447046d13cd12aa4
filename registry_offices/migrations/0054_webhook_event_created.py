"""Webhook events by age, for `purge_api_records` (oldest first, in batches). Built CONCURRENTLY,
outside a transaction (README: "Changing the schema"); on SQLite a plain index."""

from django.db import migrations, models

from home.migration_ops import AddIndexConcurrently


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("registry_offices", "0053_application_office_live")]

    operations = [
        AddIndexConcurrently(
            model_name="webhookevent",
            index=models.Index(fields=["created_at", "id"], name="webhook_event_created"),
        ),
    ]
