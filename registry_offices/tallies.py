"""Keeping the report tallies (models/tallies.py) exact: every verb that changes a counted row
moves its tally in the same transaction; `rebuild()` recounts them from the rows.

What changes a counted row, and where it is told here:
- an assignment made (`CourseAssignment.save()` on insert), moved between states
  (`CourseAssignment._move`: start, complete, cancel; a completed one also counts in its month of
  completion, `completed_on`), deleted (`count_assignment(a, -1)` from a
  `pre_delete` receiver, cascades included), or its application moved to another office
  (`MarriageApplication.save()`); those in the models use models/tallies.py directly;
- a certificate issued (`Certificate.save()` on insert: reissues too), accepted, replaced
  (certificates/actions.py); an accepted certificate not replaced counts in its month of
  acceptance (`accepted_current`: a reissue does not count the couple twice). Revoking changes
  no count (a revoked certificate stays issued).
Rows written behind the verbs' backs (bulk loads: the demo, generate_scale) are followed by
`rebuild()`.
"""

from __future__ import annotations

import datetime
from collections import Counter

from django.db import connection, transaction
from django.db.models import Case, Count, DateField, F, Q, Value, When
from django.db.models.functions import TruncMonth

from .models import (
    NO_DUE_DATE,
    ApplicationTally,
    CourseAssignment,
    MarriageApplication,
    RegistryOffice,
    ReportTally,
)
from .models.tallies import (
    APPLIED,
    OPEN_KINDS,
    add,
    add_applications,
    application_month,
    assignment_key,
    assignment_keys,
    month_of,
)

__all__ = ["add", "assignment_key", "month_of", "rebuild", "recount", "stored"]


def count_assignment(assignment: CourseAssignment, sign: int = 1, office_id: int | None = None):
    """An assignment made (+1) or deleted (-1), in its current state."""
    office_id = office_id or assignment.application.office_id
    keys = assignment_keys(
        office_id,
        assignment.course_id,
        assignment.created_at,
        assignment.state,
        assignment.due_date,
        assignment.completed_at,
    )
    add(Counter({key: sign * n for key, n in keys.items()}))


def count_application(application, sign: int = 1) -> None:
    """An application made (+1) or deleted (-1), in its office and month of application."""
    month = application_month(application.application_date)
    add_applications(Counter({(application.office_id, month): sign}))


def _certificate_keys(certificate, *, current: bool, accepted: bool) -> Counter:
    office, course = certificate.office_id, certificate.course_id
    keys: Counter = Counter()
    if current:
        keys[(office, course, month_of(certificate.created_at), "current", NO_DUE_DATE)] += 1
        if certificate.accepted_at:
            keys[
                (office, course, month_of(certificate.created_at), "current_accepted", NO_DUE_DATE)
            ] += 1
    if accepted and certificate.accepted_at:
        keys[(office, course, month_of(certificate.accepted_at), "accepted", NO_DUE_DATE)] += 1
    if current and certificate.accepted_at:
        month = month_of(certificate.accepted_at)
        keys[(office, course, month, "accepted_current", NO_DUE_DATE)] += 1
    return keys


def count_certificate(certificate) -> None:
    """A certificate made (issued or reissued), counted as it is (a reissue may arrive accepted)."""
    current = certificate.state != "replaced"
    add(_certificate_keys(certificate, current=current, accepted=True))


def certificate_replaced(certificate) -> None:
    """A valid certificate replaced by a new one: no longer current (nor, if it was accepted, an
    accepted one in force); its acceptance still counts in the month it happened (as the rows
    say) under "accepted"."""
    add(
        Counter(
            {k: -v for k, v in _certificate_keys(certificate, current=True, accepted=False).items()}
        )
    )


def certificate_accepted(certificate) -> None:
    """A current certificate accepted at the counter (`accepted_at` now set)."""
    add(_certificate_keys(certificate, current=False, accepted=True))
    office, course = certificate.office_id, certificate.course_id
    key = (office, course, month_of(certificate.created_at), "current_accepted", NO_DUE_DATE)
    accepted = (office, course, month_of(certificate.accepted_at), "accepted_current", NO_DUE_DATE)
    add(Counter({key: 1, accepted: 1}))


def _as_date(value) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def recount() -> Counter:
    """Every tally recounted from the rows (grouped queries; what `rebuild()` writes)."""
    # Certificates through the office's reverse relation: their app sits above this one.
    counts: Counter = Counter()
    due = Case(
        When(state__in=OPEN_KINDS, then=F("due_date")),
        default=Value(NO_DUE_DATE),
        output_field=DateField(),
    )
    rows = (
        CourseAssignment.objects.annotate(month=TruncMonth("created_at"), due=due)
        .values("application__office_id", "course_id", "month", "state", "due")
        .annotate(n=Count("id"))
        .order_by()
    )
    for row in rows.iterator(chunk_size=5000):
        key = (
            row["application__office_id"],
            row["course_id"],
            _as_date(row["month"]),
            row["state"],
            row["due"],
        )
        counts[key] += row["n"]
    completed = (
        CourseAssignment.objects.filter(state="completed", completed_at__isnull=False)
        .annotate(month=TruncMonth("completed_at"))
        .values("application__office_id", "course_id", "month")
        .annotate(n=Count("id"))
        .order_by()
    )
    for row in completed.iterator(chunk_size=5000):
        key = (row["application__office_id"], row["course_id"], _as_date(row["month"]))
        counts[(*key, "completed_on", NO_DUE_DATE)] += row["n"]
    # One filter() call each: a second one on the same relation would join it twice.
    certificates = RegistryOffice.objects.order_by()
    current = ~Q(certificates__state="replaced")
    made = (
        certificates.filter(certificates__isnull=False)
        .annotate(month=TruncMonth("certificates__created_at"))
        .values("pk", "certificates__course_id", "month")
    )
    for row in made.annotate(
        current=Count("certificates", filter=current),
        current_accepted=Count(
            "certificates", filter=current & Q(certificates__accepted_at__isnull=False)
        ),
    ).iterator(chunk_size=5000):
        for kind in ("current", "current_accepted"):
            key = (row["pk"], row["certificates__course_id"], _as_date(row["month"]), kind)
            counts[(*key, NO_DUE_DATE)] += row[kind]
    accepted = (
        certificates.filter(certificates__accepted_at__isnull=False)
        .annotate(month=TruncMonth("certificates__accepted_at"))
        .values("pk", "certificates__course_id", "month")
        .annotate(n=Count("certificates"))
    )
    for row in accepted.annotate(in_force=Count("certificates", filter=current)).iterator(
        chunk_size=5000
    ):
        key = (row["pk"], row["certificates__course_id"], _as_date(row["month"]))
        counts[(*key, "accepted", NO_DUE_DATE)] += row["n"]
        counts[(*key, "accepted_current", NO_DUE_DATE)] += row["in_force"]
    applications = (
        MarriageApplication.objects.annotate(month=TruncMonth("application_date"))
        .values("office_id", "month")
        .annotate(n=Count("id"))
        .order_by()
    )
    for row in applications.iterator(chunk_size=5000):
        counts[(row["office_id"], None, _as_date(row["month"]), APPLIED, NO_DUE_DATE)] += row["n"]
    return +counts  # zero counts dropped


def stored() -> Counter:
    """The tallies as stored, zero rows dropped (a row can come back to zero); application
    tallies keyed (office, None, month, "applied", NO_DUE_DATE)."""
    rows = ReportTally.objects.values_list(
        "office_id", "course_id", "month", "kind", "due_date", "count"
    )
    # Not `+Counter`: a negative tally (a bug) must show, not vanish.
    found = Counter({tuple(row[:5]): row[5] for row in rows.iterator(chunk_size=5000) if row[5]})
    for office, month, n in ApplicationTally.objects.values_list("office_id", "month", "count"):
        if n:
            found[(office, None, month, APPLIED, NO_DUE_DATE)] = n
    return found


@transaction.atomic
def rebuild(batch_size: int = 5000) -> int:
    """Recount every tally from the rows; returns the number of tally rows written.

    On PostgreSQL the tally table is locked for writes meanwhile (the verbs wait; the report
    keeps reading the old figures until the commit)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {ReportTally._meta.db_table} IN EXCLUSIVE MODE")
            cursor.execute(f"LOCK TABLE {ApplicationTally._meta.db_table} IN EXCLUSIVE MODE")
    counts = recount()
    ReportTally.objects.all().delete()
    ApplicationTally.objects.all().delete()
    ReportTally.objects.bulk_create(
        (
            ReportTally(
                office_id=office, course_id=course, month=month, kind=kind, due_date=due, count=n
            )
            for (office, course, month, kind, due), n in counts.items()
            if kind != APPLIED
        ),
        batch_size=batch_size,
    )
    ApplicationTally.objects.bulk_create(
        (
            ApplicationTally(office_id=office, month=month, count=n)
            for (office, _course, month, kind, _due), n in counts.items()
            if kind == APPLIED
        ),
        batch_size=batch_size,
    )
    return len(counts)
