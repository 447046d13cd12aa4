"""The offices' aggregate figures for the dashboard and the reports: counts only, no personal data.

They read the exact report tallies (models/tallies.py, kept by the verbs; tallies.py), a few rows
per office and month, not the decade of assignments behind them; only a report range that starts
or ends inside a month counts that month's days from the rows (by the indexed date). Each function
is a fixed number of grouped queries however many assignments there are.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear, TruncMonth
from django.utils import timezone

from courses.models import CoursePage

from .models import CourseAssignment, RegistryOffice, ReportTally

Kind = ReportTally.Kind
ASSIGNMENT_KINDS = [Kind.ASSIGNED, Kind.IN_PROGRESS, Kind.COMPLETED, Kind.CANCELLED]


def _tally_sums(today: datetime.date) -> dict[str, Sum]:
    """The report's columns from the tallies: open rows by their due date against today."""
    open_kinds = [Kind.ASSIGNED, Kind.IN_PROGRESS]
    return {
        "assigned": Sum("count", filter=Q(kind=Kind.ASSIGNED, due_date__gte=today)),
        "in_progress": Sum("count", filter=Q(kind=Kind.IN_PROGRESS, due_date__gte=today)),
        "completed": Sum("count", filter=Q(kind=Kind.COMPLETED)),
        "overdue": Sum("count", filter=Q(kind__in=open_kinds, due_date__lt=today)),
        "cancelled": Sum("count", filter=Q(kind=Kind.CANCELLED)),
    }


def _zeros(row: dict) -> dict:
    return {key: value or 0 for key, value in row.items()}


def _state_counts(today: datetime.date) -> dict[str, Count]:
    open_ok = Q(due_date__gte=today)
    return {
        "assigned": Count("id", filter=Q(state=CourseAssignment.State.ASSIGNED) & open_ok),
        "in_progress": Count("id", filter=Q(state=CourseAssignment.State.IN_PROGRESS) & open_ok),
        "completed": Count("id", filter=Q(state=CourseAssignment.State.COMPLETED)),
        "overdue": Count(
            "id",
            filter=Q(state__in=CourseAssignment.OPEN_STATES, due_date__lt=today),
        ),
        "cancelled": Count("id", filter=Q(state=CourseAssignment.State.CANCELLED)),
    }


def certificate_counts_by_office(office_ids: list[int]) -> dict[int, dict[str, int]]:
    """Issued (every current certificate) and accepted per office, in one grouped query."""
    rows = (
        ReportTally.objects.filter(office_id__in=office_ids)
        .values("office_id")
        .annotate(
            issued=Sum("count", filter=Q(kind=Kind.CURRENT)),
            accepted=Sum("count", filter=Q(kind=Kind.CURRENT_ACCEPTED)),
        )
        .order_by()
    )
    counts = {office_id: {"issued": 0, "accepted": 0} for office_id in office_ids}
    for row in rows:
        counts[row["office_id"]] = {"issued": row["issued"] or 0, "accepted": row["accepted"] or 0}
    return counts


@dataclass
class OfficeFigures:
    office: RegistryOffice
    assigned: int = 0
    in_progress: int = 0
    completed: int = 0
    overdue: int = 0
    cancelled: int = 0
    certificates_issued: int = 0
    certificates_accepted: int = 0

    @property
    def total(self) -> int:
        return self.assigned + self.in_progress + self.completed + self.overdue


def office_figures(
    offices: QuerySet[RegistryOffice], today: datetime.date | None = None
) -> list[OfficeFigures]:
    """Counts per office in one query of the tallies however many assignments there are."""
    today = today or timezone.localdate()
    office_list = list(offices.order_by("city", "code"))
    ids = [office.pk for office in office_list]
    rows = (
        ReportTally.objects.filter(office_id__in=ids)
        .values("office_id")
        .annotate(
            **_tally_sums(today),
            certificates_issued=Sum("count", filter=Q(kind=Kind.CURRENT)),
            certificates_accepted=Sum("count", filter=Q(kind=Kind.CURRENT_ACCEPTED)),
        )
        .order_by()
    )
    by_office = {row.pop("office_id"): _zeros(row) for row in rows}
    return [OfficeFigures(office=office, **by_office.get(office.pk, {})) for office in office_list]


def month_starts(months: int, today: datetime.date) -> list[datetime.date]:
    """The first day of each of the last `months` months, oldest first, this month last."""
    starts = []
    year, month = today.year, today.month
    for _ in range(months):
        starts.append(datetime.date(year, month, 1))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return list(reversed(starts))


@dataclass
class MonthFigures:
    month: datetime.date
    assigned: int = 0
    completed: int = 0


def monthly_figures(
    office_ids: list[int], months: int = 6, today: datetime.date | None = None
) -> dict[int, list[MonthFigures]]:
    """Assignments made and completed per month for each office, in one grouped query of the
    tallies (whole months, so exact)."""
    today = today or timezone.localdate()
    starts = month_starts(months, today)
    rows = (
        ReportTally.objects.filter(
            office_id__in=office_ids,
            month__gte=starts[0],
            month__lte=starts[-1],
            kind__in=ASSIGNMENT_KINDS,
        )
        .values("office_id", "month")
        .annotate(assigned=Sum("count"), completed=Sum("count", filter=Q(kind=Kind.COMPLETED)))
        .order_by()
    )
    found = {(row["office_id"], row["month"]): row for row in rows}
    return {
        office_id: [
            MonthFigures(
                start,
                assigned=found.get((office_id, start), {}).get("assigned") or 0,
                completed=found.get((office_id, start), {}).get("completed") or 0,
            )
            for start in starts
        ]
        for office_id in office_ids
    }


def _next_month(day: datetime.date) -> datetime.date:
    return datetime.date(day.year + day.month // 12, day.month % 12 + 1, 1)


@dataclass
class ReportRow:
    office: RegistryOffice
    course_title: str
    month: datetime.date
    assigned: int = 0
    in_progress: int = 0
    completed: int = 0
    overdue: int = 0
    cancelled: int = 0
    # Certificates of this office and course accepted at the counter in this month.
    accepted: int = 0


@dataclass(frozen=True)
class Period:
    """A report's date range, both days included."""

    start: datetime.date
    end: datetime.date

    @classmethod
    def last_months(cls, months: int = 12, today: datetime.date | None = None) -> "Period":
        today = today or timezone.localdate()
        return cls(month_starts(months, today)[0], today)

    def bounds(self) -> tuple[datetime.datetime, datetime.datetime]:
        """Aware datetimes [start, day after end), compared in SQL."""
        after = self.end + datetime.timedelta(days=1)
        return (
            timezone.make_aware(datetime.datetime.combine(self.start, datetime.time.min)),
            timezone.make_aware(datetime.datetime.combine(after, datetime.time.min)),
        )


def _as_date(month) -> datetime.date:
    return month.date() if isinstance(month, datetime.datetime) else month


def accepted_rows(office_ids: list[int], period: Period) -> list[dict]:
    """Certificates accepted at the counter per office, course and month of acceptance."""
    since, until = period.bounds()
    rows = (
        RegistryOffice.objects.filter(
            pk__in=office_ids,
            certificates__accepted_at__gte=since,
            certificates__accepted_at__lt=until,
        )
        .annotate(month=TruncMonth("certificates__accepted_at"))
        .values("pk", "certificates__course__title", "month")
        .annotate(accepted=Count("certificates__id"))
        .order_by()
    )
    return [
        {
            "office_id": row["pk"],
            "course__title": row["certificates__course__title"],
            "month": row["month"],
            "accepted": row["accepted"],
        }
        for row in rows
    ]


@dataclass
class AcceptedMonth:
    month: datetime.date
    accepted: int


def accepted_by_month(rows: list[ReportRow]) -> list[AcceptedMonth]:
    """Certificates accepted per month, all the rows' offices and courses together (no query)."""
    totals: dict[datetime.date, int] = {}
    for row in rows:
        if row.accepted:
            totals[row.month] = totals.get(row.month, 0) + row.accepted
    return [AcceptedMonth(month, count) for month, count in sorted(totals.items())]


Counts = dict[tuple[int, str, datetime.date], dict[str, int]]
COLUMNS = ("assigned", "in_progress", "completed", "overdue", "cancelled", "accepted")


def _add(found: Counts, key: tuple, values: dict) -> None:
    counts = found.setdefault(key, dict.fromkeys(COLUMNS, 0))
    for column, value in values.items():
        counts[column] += value or 0


def _start(month, by_year: bool) -> datetime.date:
    day = _as_date(month)
    return day.replace(month=1) if by_year else day


def _counted_rows(
    found: Counts, office_ids: list[int], period: Period, today, by_year: bool = False
) -> None:
    """Days of a month cut by the range, counted from the rows (an index range on the dates)."""
    since, until = period.bounds()
    rows = (
        CourseAssignment.objects.filter(
            application__office_id__in=office_ids, created_at__gte=since, created_at__lt=until
        )
        .annotate(month=TruncMonth("created_at"))
        .values("application__office_id", "course__title", "month")
        .annotate(**_state_counts(today))
        .order_by()
    )
    for row in rows:
        key = (row.pop("application__office_id"), row.pop("course__title"))
        _add(found, (*key, _start(row.pop("month"), by_year)), row)
    for row in accepted_rows(office_ids, period):
        key = (row["office_id"], row["course__title"], _start(row["month"], by_year))
        _add(found, key, {"accepted": row["accepted"]})


def _tallied_rows(
    found: Counts,
    office_ids: list[int],
    first: datetime.date,
    last: datetime.date,
    today,
    by_year: bool = False,
) -> None:
    """Whole months from the tallies (summed per year in SQL for a year's rows); zero tallies
    (an assignment moved on) make no row.

    Grouped by course id (no join) and merged by title here: ten years of every office by
    month is some 25,000 rows, where plain tuples cost a third of dictionaries."""
    sums = {**_tally_sums(today), "accepted": Sum("count", filter=Q(kind=Kind.ACCEPTED))}
    rows = (
        ReportTally.objects.filter(office_id__in=office_ids, month__gte=first, month__lte=last)
        .filter(kind__in=[*ASSIGNMENT_KINDS, Kind.ACCEPTED])
        .exclude(count=0)
        .annotate(start=ExtractYear("month") if by_year else F("month"))
        .values("office_id", "course_id", "start")
        .annotate(**sums)
        .values_list("office_id", "course_id", "start", *sums)
        .order_by()
    )
    titles = dict(CoursePage.objects.values_list("pk", "title"))
    for office_id, course_id, start, *counts in rows:
        month = datetime.date(start, 1, 1) if by_year else start
        key = (office_id, titles.get(course_id, ""), month)
        if key in found:
            _add(found, key, dict(zip(sums, counts, strict=True)))
        else:
            found[key] = {column: count or 0 for column, count in zip(sums, counts, strict=True)}


def _month_end(month: datetime.date) -> datetime.date:
    return _next_month(month) - datetime.timedelta(days=1)


def whole_months(
    period: Period, today: datetime.date
) -> tuple[datetime.date, datetime.date] | None:
    """The first and last month the range covers whole (an end at today or later covers its
    month: nothing is made in the future), or None when it covers none."""
    first = period.start if period.start.day == 1 else _next_month(period.start)
    last = period.end.replace(day=1)
    if period.end < today and period.end != _month_end(period.end):
        last = (last - datetime.timedelta(days=1)).replace(day=1)
    return (first, last) if first <= last else None


def report_rows(
    offices: QuerySet[RegistryOffice],
    months: int = 12,
    today: datetime.date | None = None,
    period: Period | None = None,
    by_year: bool = False,
) -> list[ReportRow]:
    """Aggregate figures per office, course and month: assignments by the month they were made,
    certificates accepted by the month of acceptance. No personal data at all. `by_year` sums
    the same figures per calendar year (`month` is then the year's 1 January).

    Whole months come from the tallies (one query); a range starting or ending inside a month
    counts those days from the rows (two queries each)."""
    today = today or timezone.localdate()
    period = period or Period.last_months(months, today)
    office_by_id = {office.pk: office for office in offices}
    ids = list(office_by_id)
    found: Counts = {}
    months_covered = whole_months(period, today)
    if months_covered is None:
        _counted_rows(found, ids, period, today, by_year)
    else:
        first, last = months_covered
        _tallied_rows(found, ids, first, last, today, by_year)
        if period.start < first:
            before = Period(period.start, first - datetime.timedelta(days=1))
            _counted_rows(found, ids, before, today, by_year)
        if period.end > _month_end(last):
            _counted_rows(found, ids, Period(_next_month(last), period.end), today, by_year)
    rows = [
        ReportRow(office=office_by_id[office_id], course_title=title, month=month, **counts)
        for (office_id, title, month), counts in found.items()
    ]
    return sorted(rows, key=lambda r: (r.office.city, r.office.code, r.course_title, r.month))
