"""Delete security-log entries older than the retention period (`SECURITY_EVENT_RETENTION_DAYS`)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.models import SecurityEvent


class Command(BaseCommand):
    help = (
        "Delete security-log entries older than --days days "
        "(default: the SECURITY_EVENT_RETENTION_DAYS setting, 365). Safe to run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)
        parser.add_argument("--batch", type=int, default=5000, help="Rows per transaction.")

    def handle(self, *args, days: int | None, batch: int, **options):
        days = settings.SECURITY_EVENT_RETENTION_DAYS if days is None else days
        if days < 1:
            raise CommandError("--days must be at least 1.")
        if batch < 1:
            raise CommandError("--batch must be at least 1.")
        # Oldest first, a batch per statement (autocommit): no lock held for long at a
        # decade's size, and an interrupted run simply leaves newer rows for the next one.
        old = SecurityEvent.objects.older_than(days)
        deleted = 0
        while ids := list(old.order_by("created_at").values_list("pk", flat=True)[:batch]):
            count, _ = SecurityEvent.objects.filter(pk__in=ids).delete()
            deleted += count
        self.stdout.write(f"Deleted {deleted} security event(s) older than {days} days.")
