"""The programme's monthly figures per registry office, read from the apps below: counts only.

One row per office and month (the finest cell anything here publishes); regions are the offices'
cities. Each measure is a fixed number of grouped queries over the months asked, however many rows
there are; assignments are read from the registry's exact monthly tallies (`ReportTally`). Nothing here is published as it is: `published.py` suppresses small counts first.
"""

from __future__ import annotations

import datetime
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from registry_offices.models import (
    ApplicationTally,
    CourseAssignment,
    MarriageApplication,
    RegistryOffice,
    ReportTally,
)
from resource_centers.models import ReferralSource, RequestTally

# The measures that count people (or couples): each is suppressed on its own.
COUNTS = (
    "applications",
    "assignments",
    "completed",
    "certificates_accepted",
    "referral_requests",
)
# Every state an assignment is tallied under, in the month it was made.
ASSIGNMENT_KINDS = (
    ReportTally.Kind.ASSIGNED,
    ReportTally.Kind.IN_PROGRESS,
    ReportTally.Kind.COMPLETED,
    ReportTally.Kind.CANCELLED,
)
# Where a referral came from a registry office's own material (slip, course page, certificate).
REFERRING_SOURCES = (ReferralSource.OFFICE, ReferralSource.COURSE, ReferralSource.CERTIFICATE)


def month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def add_months(month: datetime.date, count: int) -> datetime.date:
    index = month.year * 12 + month.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)


def months_between(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    """Every month from `first` to `last` (first days), oldest first."""
    months, month = [], month_start(first)
    while month <= last:
        months.append(month)
        month = add_months(month, 1)
    return months


def _aware(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


@dataclass(frozen=True)
class Scope:
    """What a table covers: months, and optionally a few offices and a course."""

    first: datetime.date
    last: datetime.date  # a first day of month, included
    office_ids: tuple[int, ...] | None = None
    course_id: int | None = None

    @property
    def months(self) -> list[datetime.date]:
        return months_between(self.first, self.last)

    @property
    def start(self) -> datetime.datetime:
        return _aware(self.first)

    @property
    def end(self) -> datetime.datetime:
        return _aware(add_months(self.last, 1))


def _as_month(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        return value.date().replace(day=1)
    return value.replace(day=1)


def _grouped(rows: Iterable[dict], office_key: str, value_key: str = "n") -> dict:
    counts: dict[tuple[int, datetime.date], int] = defaultdict(int)
    for row in rows:
        if row[office_key] is not None:
            counts[(row[office_key], _as_month(row["month"]))] += row[value_key] or 0
    return counts


def _assignments(scope: Scope) -> QuerySet:
    found = CourseAssignment.objects.all()
    if scope.office_ids is not None:
        found = found.filter(application__office_id__in=scope.office_ids)
    if scope.course_id is not None:
        found = found.filter(course_id=scope.course_id)
    return found


def _tallied(scope: Scope, *kinds: str) -> QuerySet[ReportTally]:
    """The registry's tallies of these kinds for the scope's months, offices and course."""
    found = ReportTally.objects.filter(
        month__gte=scope.first, month__lte=scope.last, kind__in=kinds
    )
    if scope.office_ids is not None:
        found = found.filter(office_id__in=scope.office_ids)
    if scope.course_id is not None:
        found = found.filter(course_id=scope.course_id)
    return found


def office_month_counts(scope: Scope) -> dict[str, dict[tuple[int, datetime.date], int]]:
    """Each count measure by (office id, month): a grouped query per measure."""
    if scope.course_id is None:
        # Every application, by month of application: the registry's exact tally.
        applications = ApplicationTally.objects.filter(
            month__gte=scope.first, month__lte=scope.last
        )
        if scope.office_ids is not None:
            applications = applications.filter(office_id__in=scope.office_ids)
        applied = applications.values("office_id", "month").annotate(n=Sum("count")).order_by()
    else:
        # Those with the course assigned: counted from the rows (an application is not per
        # course), an index range on office and date.
        rows = MarriageApplication.objects.filter(
            application_date__gte=scope.first,
            application_date__lt=add_months(scope.last, 1),
            assignments__course_id=scope.course_id,
        )
        if scope.office_ids is not None:
            rows = rows.filter(office_id__in=scope.office_ids)
        applied = (
            rows.values("office_id", month=TruncMonth("application_date"))
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        )
    # Assignments made in a month, whatever their state now: the exact monthly tallies the
    # registry keeps beside the rows (registry_offices/tallies.py), not a count of the rows.
    assigned = _tallied(scope, *ASSIGNMENT_KINDS)
    # Completions in their month of completion, and accepted certificates in force (a reissue
    # not counted twice) in their month of acceptance: the registry's exact tallies again.
    completed = _tallied(scope, ReportTally.Kind.COMPLETED_ON)
    accepted = _tallied(scope, ReportTally.Kind.ACCEPTED_CURRENT)
    tallies = RequestTally.objects.filter(
        month__gte=scope.first, month__lte=scope.last, source__in=REFERRING_SOURCES
    )
    if scope.office_ids is not None:
        tallies = tallies.filter(office_id__in=scope.office_ids)

    return {
        "applications": _grouped(applied, "office_id"),
        "assignments": _grouped(
            assigned.values("office_id", "month").annotate(n=Sum("count")).order_by(), "office_id"
        ),
        "completed": _grouped(
            completed.values("office_id", "month").annotate(n=Sum("count")).order_by(), "office_id"
        ),
        "certificates_accepted": _grouped(
            accepted.values("office_id", "month").annotate(n=Sum("count")).order_by(), "office_id"
        ),
        # The referral tallies are counts already (the requests themselves are purged).
        "referral_requests": _grouped(
            tallies.values("office_id", "month").annotate(n=Sum("count")).order_by(),
            "office_id",
        )
        if scope.course_id is None
        else {},
    }


def days_to_finish(scope: Scope) -> dict[tuple[int, datetime.date], list[int]]:
    """Days from assignment to completion of the assignments completed in each office and month."""
    rows = (
        _assignments(scope)
        .filter(
            state=CourseAssignment.State.COMPLETED,
            completed_at__gte=scope.start,
            completed_at__lt=scope.end,
        )
        .values_list("application__office_id", "created_at", "completed_at")
    )
    days: dict[tuple[int, datetime.date], list[int]] = defaultdict(list)
    for office_id, created, completed in rows.iterator():
        days[(office_id, _as_month(completed))].append(max(0, (completed - created).days))
    return days


def median(values: list[int]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def offices(office_ids: Iterable[int] | None = None) -> list[RegistryOffice]:
    found = RegistryOffice.objects.order_by("city", "code")
    if office_ids is not None:
        found = found.filter(pk__in=list(office_ids))
    return list(found.only("pk", "code", "city", "name_kk", "name_ru", "name_en"))
