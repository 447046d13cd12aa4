"""`manage.py generate_scale`: a decade of the country's made-up data for measuring (PostgreSQL).

Each batch of couples is one transaction with its marker row: interrupted, a run leaves only whole
batches, and started again with the same arguments it carries on where it stopped.
"""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from registry_offices.demo import OFFICES as DEMO_OFFICES
from registry_offices.scale.copying import (
    NotPostgres,
    bump_sequence,
    copy_rows,
    done_batches,
    ensure_marker,
    read_marker,
    real_data_reason,
    require_postgres,
    table,
    write_marker,
)
from registry_offices.scale.couples import COLUMNS, BatchBuilder
from registry_offices.scale.extras import write_extras
from registry_offices.scale.plan import TABLES, load_plan, make_plan

# Rows -> their table; the ones without an id column get theirs from the table's sequence.
TARGETS = {
    "applications": TABLES["application"],
    "partners": TABLES["partner"],
    "assignments": TABLES["assignment"],
    "accesses": TABLES["access"],
    "certificates": TABLES["certificate"],
    "enrollments": TABLES["enrollment"],
    "completions": "learning.LessonCompletion",
    "attempts": "learning.QuizAttempt",
    "messages": "notices.Message",
    "events": "accounts.SecurityEvent",
}


class Command(BaseCommand):
    help = (
        "Fill a PostgreSQL database made for measuring with a decade of made-up couples, offices, "
        "certificates, learning rows, notices, security events and centre figures (COPY in "
        "batches; resumable). Development settings, or DEMO_MODE=1, as for load_demo."
    )

    def add_arguments(self, parser):
        parser.add_argument("--couples", type=int, default=1_300_000)
        parser.add_argument("--years", type=int, default=10)
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--offices", type=int, default=200, help="Offices made besides the demo's."
        )

    def handle(self, *args, couples: int, years: int, seed: int, offices: int, **options):
        if not getattr(settings, "DEMO_MODE", False):
            raise CommandError(
                "generate_scale is only for development settings and measuring databases "
                "(DEMO_MODE is off; DEMO_MODE=1 turns it on under production settings)."
            )
        try:
            require_postgres()
        except NotPostgres as error:
            raise CommandError(str(error)) from None
        if couples < 1 or years < 1 or offices < 1:
            raise CommandError("--couples, --years and --offices must be at least 1.")
        reason = real_data_reason(row[0] for row in DEMO_OFFICES)
        if reason:
            raise CommandError(reason)
        started = time.monotonic()
        with connection.cursor() as cursor:
            ensure_marker(cursor)
        plan = load_plan()
        if plan is None:
            try:
                plan = make_plan(seed, couples, years, offices)
            except LookupError as error:
                raise CommandError(str(error)) from None
        elif (plan.seed, plan.couples, plan.years) != (seed, couples, years):
            raise CommandError(
                f"This database was filled with --couples {plan.couples} --years {plan.years} "
                f"--seed {plan.seed}; run again with those to finish it, or start from a new one."
            )
        # Every office signs its certificates (production refuses to start otherwise): the
        # certificates app's own command makes the keys of the new offices.
        call_command("certificate_keys", "create", stdout=self.stdout)
        usernames = dict(get_user_model().objects.values_list("pk", "username"))
        now = timezone.now()
        builder = BatchBuilder(plan, usernames, now)
        with connection.cursor() as cursor:
            finished = done_batches(cursor)
            cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            trusted = bool(cursor.fetchone()[0])
        if finished:
            self.stdout.write(f"Resuming: {len(finished)} of {plan.batches} batches were done.")
        for batch in range(plan.batches):
            if batch in finished:
                continue
            rows = builder.build(batch)
            with transaction.atomic(), connection.cursor() as cursor:
                if trusted:
                    # The rows are consistent by construction (ids fixed by the plan): skip the
                    # per-row foreign-key triggers, as pg_restore does; the test checks them.
                    cursor.execute("SET LOCAL session_replication_role = replica")
                counts = {}
                for name, label in TARGETS.items():
                    counts[name] = copy_rows(
                        cursor.cursor, table(label), COLUMNS[name], getattr(rows, name)
                    )
                write_marker(cursor, f"batch:{batch}", counts)
                if trusted:
                    cursor.execute("SET LOCAL session_replication_role = origin")
            self.stdout.write(
                f"  batch {batch + 1}/{plan.batches}: {counts['applications']} couples "
                f"({time.monotonic() - started:.0f} s)"
            )
        with transaction.atomic(), connection.cursor() as cursor:
            if read_marker(cursor, "extras") is None:
                counts = write_extras(cursor.cursor, plan, usernames, now)
                write_marker(cursor, "extras", counts)
                self.stdout.write(f"  {counts}")
            for label in set(TARGETS.values()) | {
                "resource_centers.MonthlyReport",
                "resource_centers.RequestTally",
                "resource_centers.ConsultationRequest",
                "learning.SelfPacedCount",
            }:
                bump_sequence(cursor, table(label))
        # The report tallies recounted from the copied rows (COPY bypasses the verbs).
        call_command("rebuild_report_tallies", stdout=self.stdout)
        with connection.cursor() as cursor:
            # As autovacuum leaves a live database: statistics and the visibility map (index-only
            # scans) set. VACUUM cannot run inside a transaction (a test's): ANALYZE alone there.
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"{plan.couples} couples over {plan.years} years in {len(plan.office_ids)} "
                f"offices: done in {time.monotonic() - started:.0f} s."
            )
        )
