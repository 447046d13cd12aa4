"""Copy each application's office onto its course assignments (migration 0056 does it once):
run it after a release with 0056 is on every instance, since the release before it wrote
assignments without the copy while the upgrade rolled. `--check` changes nothing and fails
when a row is wrong."""

import time

from django.core.management.base import BaseCommand, CommandError

from registry_offices import assignment_offices
from registry_offices.models import CourseAssignment, MarriageApplication


class Command(BaseCommand):
    help = (
        "Copy each application's office onto its course assignments, in batches that each "
        "commit; --check only counts the rows that are wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Count the assignments whose office is empty or wrong; change nothing.",
        )
        parser.add_argument(
            "--batch",
            type=int,
            default=assignment_offices.BATCH,
            help="Assignments per transaction (default %(default)s).",
        )

    def handle(self, *args, check: bool = False, batch: int = assignment_offices.BATCH, **options):
        if batch < 1:
            raise CommandError("--batch must be a positive number of rows.")
        if check:
            count = assignment_offices.wrong(CourseAssignment, MarriageApplication).count()
            if count:
                raise CommandError(
                    f"{count} course assignments lack their application's office; "
                    "run backfill_assignment_offices."
                )
            self.stdout.write("Every course assignment carries its application's office.")
            return
        started = time.monotonic()
        changed = assignment_offices.backfill(CourseAssignment, MarriageApplication, batch)
        self.stdout.write(
            self.style.SUCCESS(
                f"{changed} course assignments given their application's office in "
                f"{time.monotonic() - started:.1f} s."
            )
        )
