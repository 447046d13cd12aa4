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

    def handle(self, *args, days: int | None, **options):
        days = settings.SECURITY_EVENT_RETENTION_DAYS if days is None else days
        if days < 1:
            raise CommandError("--days must be at least 1.")
        deleted, _ = SecurityEvent.objects.older_than(days).delete()
        self.stdout.write(f"Deleted {deleted} security event(s) older than {days} days.")
