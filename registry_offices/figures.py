"""The offices' aggregate figures for the dashboard and the reports: counts only, no personal data.

Each function is a fixed number of grouped queries however many assignments there are.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone

from .models import CourseAssignment, RegistryOffice


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
    # Through the office's reverse relation: the certificates app sits above this one.
    current = ~Q(certificates__state="replaced")
    rows = (
        RegistryOffice.objects.filter(pk__in=office_ids)
        .values("pk")
        .annotate(
            issued=Count("certificates", filter=current),
            accepted=Count(
                "certificates", filter=current & Q(certificates__accepted_at__isnull=False)
            ),
        )
        .order_by()
    )
    counts = {office_id: {"issued": 0, "accepted": 0} for office_id in office_ids}
    for row in rows:
        counts[row["pk"]] = {"issued": row["issued"], "accepted": row["accepted"]}
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
    """Counts per office in two queries however many assignments there are."""
    today = today or timezone.localdate()
    office_list = list(offices.order_by("city", "code"))
    ids = [office.pk for office in office_list]
    rows = (
        CourseAssignment.objects.filter(application__office_id__in=ids)
        .values("application__office_id")
        .annotate(**_state_counts(today))
        .order_by()
    )
    by_office = {row.pop("application__office_id"): row for row in rows}
    certificates = certificate_counts_by_office(ids)
    return [
        OfficeFigures(
            office=office,
            **by_office.get(office.pk, {}),
            certificates_issued=certificates[office.pk]["issued"],
            certificates_accepted=certificates[office.pk]["accepted"],
        )
        for office in office_list
    ]


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
    """Assignments made and completed per month for each office, in one grouped query.

    Months are date ranges compared in SQL (index-friendly), not a per-row month truncation,
    which SQLite would run as a Python function on every row.
    """
    today = today or timezone.localdate()
    starts = month_starts(months, today)
    bounds = [
        timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
        for day in [*starts, _next_month(starts[-1])]
    ]
    completed = Q(state=CourseAssignment.State.COMPLETED)
    aggregates = {}
    for index in range(months):
        in_month = Q(created_at__gte=bounds[index], created_at__lt=bounds[index + 1])
        aggregates[f"assigned_{index}"] = Count("id", filter=in_month)
        aggregates[f"completed_{index}"] = Count("id", filter=in_month & completed)
    rows = (
        CourseAssignment.objects.filter(
            application__office_id__in=office_ids,
            created_at__gte=bounds[0],
            created_at__lt=bounds[-1],
        )
        .values("application__office_id")
        .annotate(**aggregates)
        .order_by()
    )
    by_office = {row["application__office_id"]: row for row in rows}
    return {
        office_id: [
            MonthFigures(
                start,
                assigned=by_office.get(office_id, {}).get(f"assigned_{index}", 0),
                completed=by_office.get(office_id, {}).get(f"completed_{index}", 0),
            )
            for index, start in enumerate(starts)
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


def report_rows(
    offices: QuerySet[RegistryOffice],
    months: int = 12,
    today: datetime.date | None = None,
    period: Period | None = None,
) -> list[ReportRow]:
    """Aggregate figures per office, course and month: assignments by the month they were made,
    certificates accepted by the month of acceptance. No personal data at all; two queries."""
    today = today or timezone.localdate()
    period = period or Period.last_months(months, today)
    office_by_id = {office.pk: office for office in offices}
    since, until = period.bounds()
    rows = (
        CourseAssignment.objects.filter(
            application__office_id__in=list(office_by_id),
            created_at__gte=since,
            created_at__lt=until,
        )
        .annotate(month=TruncMonth("created_at"))
        .values("application__office_id", "course__title", "month")
        .annotate(**_state_counts(today))
        .order_by("application__office_id", "course__title", "month")
    )
    by_key: dict[tuple, ReportRow] = {}
    for row in rows:
        key = (row["application__office_id"], row["course__title"], _as_date(row["month"]))
        by_key[key] = ReportRow(
            office=office_by_id[key[0]],
            course_title=key[1],
            month=key[2],
            assigned=row["assigned"],
            in_progress=row["in_progress"],
            completed=row["completed"],
            overdue=row["overdue"],
            cancelled=row["cancelled"],
        )
    for row in accepted_rows(list(office_by_id), period):
        key = (row["office_id"], row["course__title"], _as_date(row["month"]))
        if key not in by_key:
            by_key[key] = ReportRow(office=office_by_id[key[0]], course_title=key[1], month=key[2])
        by_key[key].accepted += row["accepted"]
    return sorted(
        by_key.values(), key=lambda r: (r.office.city, r.office.code, r.course_title, r.month)
    )
