"""Remove couples' personal data a set time after their registration (meant for a daily cron).

Idempotent: an application done once is marked and never counted again. Counts for the reports
survive; names, IINs, contacts, access codes, quiz answers and expired sessions do not.
"""

from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from learning.models import QuizAttempt
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

    def handle(self, *args, months: int | None, dry_run: bool, **options):
        months = retention_months() if months is None else months
        if months < 1:
            raise CommandError("--months must be at least 1.")
        due = due_for_anonymising(months=months)
        if dry_run:
            self.stdout.write(f"{due.count()} application(s) would be anonymised.")
            return
        done, learner_keys = anonymise(due)
        answers, _ = QuizAttempt.objects.filter(enrollment__learner_key__in=learner_keys).delete()
        import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
        self.stdout.write(
            f"Anonymised {done} application(s) older than {months} months; "
            f"deleted {answers} quiz answer(s) and expired sessions."
        )
