"""Recount the report tallies from the rows: after a deploy that adds them (migration 0052; 0055
adds completions by month of completion, accepted certificates in force and the applications
per office and month), after a bulk load, or to check them (`--check` changes nothing and fails
on a difference)."""

import time

from django.core.management.base import BaseCommand, CommandError

from registry_offices import tallies


class Command(BaseCommand):
    help = (
        "Recount the exact report tallies (per office, course, month and kind, and the "
        "applications per office and month) from the applications, assignments and "
        "certificates; --check only compares."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Compare the stored tallies with a recount; change nothing, fail on a difference.",
        )

    def handle(self, *args, check: bool = False, **options):
        started = time.monotonic()
        if check:
            counted, stored = tallies.recount(), tallies.stored()
            wrong = {key for key in counted.keys() | stored.keys() if counted[key] != stored[key]}
            if wrong:
                raise CommandError(
                    f"{len(wrong)} of {len(counted)} report tallies differ from the rows; "
                    "run rebuild_report_tallies to recount them."
                )
            self.stdout.write(f"{len(counted)} report tallies match the rows.")
            return
        written = tallies.rebuild()
        self.stdout.write(
            self.style.SUCCESS(
                f"{written} report tallies recounted in {time.monotonic() - started:.1f} s."
            )
        )
