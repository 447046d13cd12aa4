"""Copy each application's office onto its course assignments and its partners (migrations 0056
and 0057 do it once): run it after a release with them is on every instance, since the release
before wrote rows without the copy while the upgrade rolled. `--check` changes nothing and fails
when a row is wrong."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Model

from registry_offices import office_copies
from registry_offices.models import CourseAssignment, MarriageApplication, Partner

# What carries the copy, and how the command names it.
COPIES: tuple[tuple[type[Model], str], ...] = (
    (CourseAssignment, "course assignments"),
    (Partner, "partners"),
)


class Command(BaseCommand):
    help = (
        "Copy each application's office onto its course assignments and partners, in batches "
        "that each commit; --check only counts the rows that are wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Count the rows whose office is empty or wrong; change nothing.",
        )
        parser.add_argument(
            "--batch",
            type=int,
            default=office_copies.BATCH,
            help="Rows per transaction (default %(default)s).",
        )

    def handle(self, *args, check: bool = False, batch: int = office_copies.BATCH, **options):
        if batch < 1:
            raise CommandError("--batch must be a positive number of rows.")
        if check:
            wrong = {
                label: office_copies.wrong(model, MarriageApplication).count()
                for model, label in COPIES
            }
            if any(wrong.values()):
                counts = ", ".join(f"{count} {label}" for label, count in wrong.items() if count)
                raise CommandError(
                    f"{counts} lack their application's office; run backfill_office_copies."
                )
            self.stdout.write(
                "Every course assignment and partner carries its application's office."
            )
            return
        for model, label in COPIES:
            started = time.monotonic()
            changed = office_copies.backfill(model, MarriageApplication, batch)
            self.stdout.write(
                self.style.SUCCESS(
                    f"{changed} {label} given their application's office in "
                    f"{time.monotonic() - started:.1f} s."
                )
            )
