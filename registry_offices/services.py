"""Business rules of the registry offices: who sees which office, assigning courses, access codes,
and the aggregate figures of the dashboard and reports.

Every clerk-facing query starts from `applications_for_user` / `assignments_for_user`, so a clerk
of one office cannot reach another office's rows whatever URL they type.
"""

import datetime
import hmac
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone
from wagtail.log_actions import log

from .models import (
    CourseAssignment,
    MarriageApplication,
    OfficeMembership,
    Partner,
    PartnerAccess,
    RegistryOffice,
    hash_access_code,
)

User = AbstractBaseUser | AnonymousUser

# Wagtail history actions (registered in wagtail_hooks.py); their data never holds codes or names.
ACTION_ASSIGNED = "registry_offices.assign_course"
ACTION_CODE_REGENERATED = "registry_offices.regenerate_code"
ACTION_CANCELLED = "registry_offices.cancel_assignment"
ACTION_SLIP_EMAILED = "registry_offices.email_slip"


# --- Scoping ---------------------------------------------------------------------------------


def office_ids_for_user(user: User) -> QuerySet:
    """The offices a user works at, as a subquery (no extra round trip)."""
    return OfficeMembership.objects.filter(user_id=user.pk).values("office_id")


def offices_for_user(user: User) -> QuerySet[RegistryOffice]:
    if not user.is_authenticated:
        return RegistryOffice.objects.none()
    if user.is_superuser:
        return RegistryOffice.objects.all()
    return RegistryOffice.objects.filter(pk__in=office_ids_for_user(user))


def applications_for_user(user: User) -> QuerySet[MarriageApplication]:
    """The applications a user may open: their offices' only (all of them for a superuser)."""
    if not user.is_authenticated:
        return MarriageApplication.objects.none()
    if user.is_superuser:
        return MarriageApplication.objects.all()
    return MarriageApplication.objects.filter(office_id__in=office_ids_for_user(user))


def assignments_for_user(user: User) -> QuerySet[CourseAssignment]:
    if not user.is_authenticated:
        return CourseAssignment.objects.none()
    if user.is_superuser:
        return CourseAssignment.objects.all()
    return CourseAssignment.objects.filter(application__office_id__in=office_ids_for_user(user))


def sees_all_offices(user: User) -> bool:
    """Ministry analysts (and administrators) see every office's aggregate figures."""
    return user.is_authenticated and (
        user.is_superuser or user.has_perm("registry_offices.view_all_offices_report")
    )


def report_offices_for_user(user: User) -> QuerySet[RegistryOffice]:
    """Offices whose figures a user may see: every office for analysts, else their own."""
    if sees_all_offices(user):
        return RegistryOffice.objects.all()
    if user.is_authenticated and user.has_perm("registry_offices.view_office_report"):
        return offices_for_user(user)
    return RegistryOffice.objects.none()


# --- Assignments and access codes ---------------------------------------------------------------


@dataclass
class IssuedCodes:
    """Plain access codes, alive only for the response that prints the slip."""

    assignment: CourseAssignment
    codes: dict[int, str] = field(default_factory=dict)  # partner id -> code


@transaction.atomic
def assign_course(
    application: MarriageApplication,
    course,
    due_date: datetime.date,
    user: User,
) -> IssuedCodes:
    """Create the assignment and one access code per partner; return the codes once."""
    assignment = CourseAssignment.objects.create(
        application=application, course=course, due_date=due_date, created_by=user
    )
    issued = IssuedCodes(assignment)
    accesses = []
    for partner in application.partners.all():
        access = PartnerAccess(assignment=assignment, partner=partner)
        issued.codes[partner.pk] = access.issue_code()
        accesses.append(access)
    PartnerAccess.objects.bulk_create(accesses)
    log(
        application,
        ACTION_ASSIGNED,
        user=user,
        data={"assignment": assignment.pk, "course": course.pk, "due_date": due_date.isoformat()},
    )
    return issued


@transaction.atomic
def regenerate_code(access: PartnerAccess, user: User) -> str:
    """Replace a lost code: the old one stops working at once, progress stays (learner key)."""
    code = access.issue_code()
    access.save(update_fields=["code_hash", "code_issued_at"])
    log(
        access.assignment.application,
        ACTION_CODE_REGENERATED,
        user=user,
        data={"assignment": access.assignment_id, "partner": access.partner.sort_order + 1},
    )
    return code


@transaction.atomic
def cancel_assignment(assignment: CourseAssignment, user: User) -> None:
    """Cancel: the codes stop working; the row stays for the reports and the history."""
    assignment.state = CourseAssignment.State.CANCELLED
    assignment.cancelled_at = timezone.now()
    assignment.save(update_fields=["state", "cancelled_at"])
    log(
        assignment.application,
        ACTION_CANCELLED,
        user=user,
        data={"assignment": assignment.pk, "course": assignment.course_id},
    )


def start_assignment(assignment: CourseAssignment) -> bool:
    """The first lesson opened: assigned becomes in progress (once; safe to call on every visit)."""
    now = timezone.now()
    changed = CourseAssignment.objects.filter(
        pk=assignment.pk, state=CourseAssignment.State.ASSIGNED
    ).update(state=CourseAssignment.State.IN_PROGRESS, started_at=now)
    if changed:
        assignment.state, assignment.started_at = CourseAssignment.State.IN_PROGRESS, now
    return bool(changed)


def complete_assignment(assignment: CourseAssignment) -> bool:
    """Both partners finished: mark completed exactly once, even when two requests race."""
    now = timezone.now()
    changed = CourseAssignment.objects.filter(
        pk=assignment.pk, state__in=CourseAssignment.OPEN_STATES
    ).update(state=CourseAssignment.State.COMPLETED, completed_at=now)
    if changed:
        assignment.state, assignment.completed_at = CourseAssignment.State.COMPLETED, now
    return bool(changed)


def find_access(code: str, today: datetime.date | None = None) -> PartnerAccess | None:
    """The usable access for a code, or None whatever the reason (wrong, cancelled, expired).

    Looked up by the code's hash (a unique index), then compared in constant time.
    """
    if not code or len(code) > 200:
        return None
    digest = hash_access_code(code)
    access = (
        PartnerAccess.objects.select_related(
            "assignment__application__office", "assignment__course", "partner"
        )
        .filter(code_hash=digest)
        .first()
    )
    if access is None or not hmac.compare_digest(access.code_hash, digest):
        return None
    return access if access.is_usable(today) else None


def partner_position(partner: Partner) -> int:
    return (partner.sort_order or 0) + 1


# --- Figures -----------------------------------------------------------------------------------

STAT_KEYS = (
    "assigned",
    "in_progress",
    "completed",
    "overdue",
    "cancelled",
    "certificates_issued",
    "certificates_accepted",
)


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
    """Certificates issued and accepted per office (one grouped query, see certificate_services)."""
    from .certificate_services import certificate_counts_by_office as counts

    return counts(office_ids)


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
    assigned: int
    in_progress: int
    completed: int
    overdue: int
    cancelled: int


def report_rows(
    offices: QuerySet[RegistryOffice], months: int = 12, today: datetime.date | None = None
) -> list[ReportRow]:
    """Aggregate figures per office, course and month of assignment: no personal data at all."""
    today = today or timezone.localdate()
    office_by_id = {office.pk: office for office in offices}
    starts = month_starts(months, today)
    since = timezone.make_aware(datetime.datetime.combine(starts[0], datetime.time.min))
    rows = (
        CourseAssignment.objects.filter(
            application__office_id__in=list(office_by_id), created_at__gte=since
        )
        .annotate(month=TruncMonth("created_at"))
        .values("application__office_id", "course__title", "month")
        .annotate(**_state_counts(today))
        .order_by("application__office_id", "course__title", "month")
    )
    result = []
    for row in rows:
        month = row["month"]
        result.append(
            ReportRow(
                office=office_by_id[row["application__office_id"]],
                course_title=row["course__title"],
                month=month.date() if isinstance(month, datetime.datetime) else month,
                assigned=row["assigned"],
                in_progress=row["in_progress"],
                completed=row["completed"],
                overdue=row["overdue"],
                cancelled=row["cancelled"],
            )
        )
    result.sort(key=lambda r: (r.office.city, r.office.code, r.course_title, r.month))
    return result
