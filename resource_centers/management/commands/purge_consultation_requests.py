"""Delete consultation requests older than a number of days (personal data is kept only briefly)."""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from resource_centers.models import ConsultationRequest

DEFAULT_DAYS = 90


class Command(BaseCommand):
    help = "Delete consultation requests received more than --days days ago (default 90)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DEFAULT_DAYS)

    def handle(self, *args, days: int, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        cutoff = timezone.now() - dt.timedelta(days=days)
        deleted, _ = ConsultationRequest.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} consultation request(s) older than {days} days.")
