"""Delete what the registry API keeps only for a while (meant for a daily cron).

Idempotency records older than their replay window (`REGISTRY_API_IDEMPOTENCY_DAYS`, 7), and
webhook deliveries delivered or failed more than `WEBHOOK_RETENTION_DAYS` (30) ago with the events
left without deliveries; a pending delivery is never touched. In batches of --batch rows, each its
own transaction, oldest first: an interrupted run has committed whole batches and the next run
finds the rest, so it is idempotent (rules in `registry_offices/api/retention.py`).
"""

from django.core.management.base import BaseCommand, CommandError

from registry_offices.api import retention


class Command(BaseCommand):
    help = (
        "Delete idempotency records past their replay window (REGISTRY_API_IDEMPOTENCY_DAYS, 7) "
        "and finished webhook deliveries and their events older than WEBHOOK_RETENTION_DAYS (30)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=2000, help="Rows per transaction.")

    def handle(self, *args, batch: int, **options):
        if batch < 1:
            raise CommandError("--batch must be at least 1.")
        if retention.idempotency_days() < 1 or retention.webhook_days() < 1:
            raise CommandError(
                "REGISTRY_API_IDEMPOTENCY_DAYS and WEBHOOK_RETENTION_DAYS must be at least 1."
            )
        records = retention.delete_in_batches(retention.expired_idempotency_records(), batch)
        deliveries = retention.delete_in_batches(retention.finished_deliveries(), batch)
        events = retention.delete_spent_events(batch)
        self.stdout.write(
            f"Deleted {records} idempotency record(s) older than "
            f"{retention.idempotency_days()} days, {deliveries} webhook delivery(ies) and "
            f"{events} event(s) older than {retention.webhook_days()} days."
        )
