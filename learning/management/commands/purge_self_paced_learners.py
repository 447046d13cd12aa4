"""Remove self-paced learners not seen for a long time (meant for a daily cron).

Their enrolments, finished lessons and quiz answers go with them; the anonymous monthly counts the
editors' statistics show stay.
"""

from django.core.management.base import BaseCommand, CommandError

from learning.models import SelfPacedLearner
from learning.selfpaced import RETENTION_DAYS, purge_inactive, stale_learners


class Command(BaseCommand):
    help = (
        "Delete self-paced learners (and their progress and answers) not seen for more than "
        f"--days days (default {RETENTION_DAYS})."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=RETENTION_DAYS)
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, days: int, dry_run: bool, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        if dry_run:
            count = stale_learners(days).count()
            self.stdout.write(f"{count} self-paced learner(s) would be deleted.")
            return
        removed = purge_inactive(days)
        left = SelfPacedLearner.objects.count()
        self.stdout.write(
            f"Deleted {removed} self-paced learner(s) not seen for {days} days; {left} remain."
        )
