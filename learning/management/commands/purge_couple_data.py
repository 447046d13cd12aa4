"""Remove couples' personal data a set time after their registration (meant for a daily cron).

Idempotent: an application done once is marked and never counted again. Counts for the reports
survive; names, IINs, contacts, access codes, quiz answers and expired sessions do not.

In batches of --batch applications, each its own transaction: at a decade's size no batch holds
its row locks for long, and an interrupted run has committed whole batches only; the next run
finds the rest (the marker is `anonymised_at`).
"""

from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from learning.models import QuizAttempt
from registry_offices.models import MarriageApplication
from registry_offices.retention import anonymise, due_for_anonymising, retention_months


class Command(BaseCommand):
    help = (
        "Anonymise marriage applications whose registration date (or certificate expiry, if "
        "later) is more than --months months ago (default: COUPLE_DATA_RETENTION_MONTHS, 12)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=None)
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be anonymised."
        )
        parser.add_argument(
            "--batch",
            type=int,
            default=100,
            help="Applications per transaction (bulk updates grow with the square of it).",
        )

    def handle(self, *args, months: int | None, dry_run: bool, batch: int, **options):
        months = retention_months() if months is None else months
        if months < 1:
            raise CommandError("--months must be at least 1.")
        due = due_for_anonymising(months=months)
        if dry_run:
            self.stdout.write(f"{due.count()} application(s) would be anonymised.")
            return
        if batch < 1:
            raise CommandError("--batch must be at least 1.")
        done = answers = 0
        while ids := list(due.values_list("pk", flat=True)[:batch]):
            with transaction.atomic():
                count, learner_keys = anonymise(MarriageApplication.objects.filter(pk__in=ids))
                deleted, _ = QuizAttempt.objects.filter(
                    enrollment__learner_key__in=learner_keys
                ).delete()
            done += count
            answers += deleted
        import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
        self.stdout.write(
            f"Anonymised {done} application(s) older than {months} months; "
            f"deleted {answers} quiz answer(s) and expired sessions."
        )
