"""Delete consultation requests older than a number of days (personal data is kept only briefly)."""

import datetime as dt

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import ReferenceIndex

from resource_centers.models import ConsultationRequest

DEFAULT_DAYS = 90


class Command(BaseCommand):
    help = "Delete consultation requests received more than --days days ago (default 90)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DEFAULT_DAYS)
        parser.add_argument("--batch", type=int, default=500, help="Requests per transaction.")

    def handle(self, *args, days: int, batch: int, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        cutoff = timezone.now() - dt.timedelta(days=days)
        if batch < 1:
            raise CommandError("--batch must be at least 1.")
        # A batch per transaction, so no lock is held for long; rerunning finishes the rest.
        old = ConsultationRequest.objects.filter(created_at__lt=cutoff)
        kind = ContentType.objects.get_for_model(ConsultationRequest)
        deleted = 0
        while ids := list(old.order_by("created_at").values_list("pk", flat=True)[:batch]):
            with transaction.atomic():
                count, _ = ConsultationRequest.objects.filter(pk__in=ids).delete()
                # Reference-index rows left from before requests were kept out of it: one
                # statement for the batch (the index's own signal deleted them one by one).
                ReferenceIndex.objects.filter(
                    base_content_type=kind, object_id__in=[str(pk) for pk in ids]
                ).delete()
            deleted += count
        self.stdout.write(f"Deleted {deleted} consultation request(s) older than {days} days.")
