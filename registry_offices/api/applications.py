"""Applications, courses, slips and cancelling for a registry system, within its own offices."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Header, Path, Query, Router, Schema

from .. import iin as iin_rules
from ..forms import AssignCourseForm, assignable_courses
from ..models import (
    AssignmentRefused,
    CourseAssignment,
    MarriageApplication,
    PartnerAccess,
    PendingCode,
    Scope,
)
from ..progress import partner_progress
from ..slips import build_slip, site_base_url
from ..tasks import send_slip_email
from . import idempotency
from .auth import ClientAuth, office_for
from .filing import file_application
from .pagination import DEFAULT_LIMIT, page
from .problems import Problem, validation_problem
from .schemas import (
    ApplicationIn,
    ApplicationOut,
    ApplicationPage,
    AssignIn,
    AssignmentOut,
    CertificateOut,
    CourseOut,
    FindIn,
    ProblemOut,
    SlipsOut,
)

router = Router(tags=["applications"])
READ = ClientAuth(Scope.APPLICATIONS_READ)
WRITE = ClientAuth(Scope.APPLICATIONS_WRITE)
CERTIFICATES = ClientAuth(Scope.CERTIFICATES_READ)
ERRORS = {code: ProblemOut for code in (400, 401, 403, 404, 409, 413, 422, 429)}


class ListFilters(Schema):
    updated_since: datetime.datetime | None = None
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def _applications(office):
    accesses = PartnerAccess.objects.select_related("partner").order_by("partner__sort_order")
    assignments = CourseAssignment.objects.select_related("course").prefetch_related(
        Prefetch("accesses", queryset=accesses)
    )
    return office.applications.select_related("office").prefetch_related(
        Prefetch("assignments", queryset=assignments.order_by("created_at", "id"))
    )


def _progress_out(progress) -> dict | None:
    if progress is None:
        return None
    return {
        "lessons_done": progress.lessons_done,
        "lessons_total": progress.lessons_total,
        "study_minutes": progress.study_minutes,
        "last_activity": progress.last_activity,
        "started": progress.started,
    }


def _assignment_out(assignment, progress: dict) -> dict:
    return {
        "id": assignment.pk,
        "course": assignment.course_id,
        "course_title": assignment.course.title,
        "due_date": assignment.due_date,
        "state": assignment.effective_state(),
        "created_at": assignment.created_at,
        "completed_at": assignment.completed_at,
        "cancelled_at": assignment.cancelled_at,
        "partners": [
            {
                "position": access.partner.position,
                "preferred_language": access.partner.preferred_language,
                "progress": _progress_out(progress.get(access.pk)),
            }
            for access in assignment.accesses.all()
        ],
    }


def serialise(applications: list[MarriageApplication]) -> list[dict]:
    """Applications with their courses and each partner's progress, in a fixed number of queries."""
    accesses = [
        access for a in applications for s in a.assignments.all() for access in s.accesses.all()
    ]
    progress = partner_progress(accesses)
    return [
        ApplicationOut(
            id=a.pk,
            office=a.office.code,
            number=a.number,
            external_id=a.external_id,
            status=a.status,
            application_date=a.application_date,
            planned_registration_date=a.planned_registration_date,
            shortened_term=a.shortened_term,
            created_at=a.created_at,
            updated_at=a.updated_at,
            assignments=[_assignment_out(s, progress) for s in a.assignments.all()],
        ).model_dump(mode="json")
        for a in applications
    ]


def _one(office, pk: int) -> MarriageApplication:
    application = _applications(office).filter(pk=pk).first()
    if application is None:
        raise Problem(404, "not-found", _("No such application for this client."))
    return application


@router.get("/courses", response={200: list[CourseOut], **ERRORS}, auth=[READ], url_name="courses")
def courses(request: HttpRequest):
    """The courses a registry office may assign (published, not school lessons)."""
    return [{"id": c.pk, "title": c.title, "audience": c.audience} for c in assignable_courses()]


@router.post(
    "/offices/{office}/applications",
    response={201: ApplicationOut, 200: ApplicationOut, **ERRORS},
    auth=[WRITE],
    url_name="application_create",
)
def create_application(
    request: HttpRequest,
    office: str,
    payload: ApplicationIn,
    idempotency_key: str | None = Header(None, alias="Idempotency-Key", max_length=255),
):
    """File an application with both partners, validated as the admin's form does."""
    where = office_for(request, office)

    def act() -> tuple[int, dict]:
        application = file_application(where, payload.model_dump())
        return 201, serialise([_one(where, application.pk)])[0]

    return idempotency.once(request, act)


@router.get(
    "/offices/{office}/applications",
    response={200: ApplicationPage, **ERRORS},
    auth=[READ],
    url_name="application_list",
)
def list_applications(request: HttpRequest, office: str, filters: Query[ListFilters]):
    """The office's applications in (updated_at, id) order, a page at a time, to sync by."""
    rows, cursor = page(
        _applications(office_for(request, office)),
        filters.cursor,
        filters.updated_since,
        filters.limit,
    )
    return {"items": serialise(rows), "next_cursor": cursor}


@router.get(
    "/offices/{office}/applications/{int:pk}",
    response={200: ApplicationOut, **ERRORS},
    auth=[READ],
    url_name="application_detail",
)
def read_application(request: HttpRequest, office: str, pk: int = Path(..., ge=1)):
    """An application's state, its courses and each partner's progress (never answers)."""
    return serialise([_one(office_for(request, office), pk)])[0]


@router.post(
    "/offices/{office}/applications/find",
    response={200: list[ApplicationOut], **ERRORS},
    auth=[READ],
    url_name="application_find",
)
def find_applications(
    request: HttpRequest,
    office: str,
    payload: FindIn,
    idempotency_key: str | None = Header(None, alias="Idempotency-Key", max_length=255),
):
    """By a partner's IIN (posted, hashed on arrival as the admin does) or the registry number."""
    where = office_for(request, office)
    rows = _applications(where)
    if payload.iin:
        try:
            number = iin_rules.validate_iin(payload.iin)
        except ValidationError as error:
            raise validation_problem(
                [{"field": "iin", "code": "invalid", "message": " ".join(error.messages)}]
            ) from None
        rows = rows.filter(partners__iin_hash=iin_rules.iin_hash(number)).distinct()
    elif payload.external_id:
        rows = rows.filter(external_id=payload.external_id)
    else:
        raise validation_problem(
            [{"field": "", "code": "required", "message": _("Give an IIN or an external_id.")}]
        )
    found = serialise(list(rows.order_by("updated_at", "id")[:20]))
    return idempotency.once(request, lambda: (200, found))


@router.post(
    "/offices/{office}/applications/{int:pk}/assignments",
    response={201: AssignmentOut, 200: AssignmentOut, **ERRORS},
    auth=[WRITE],
    url_name="assignment_create",
)
def assign_course(
    request: HttpRequest,
    office: str,
    payload: AssignIn,
    pk: int = Path(..., ge=1),
    idempotency_key: str | None = Header(None, alias="Idempotency-Key", max_length=255),
):
    """Assign a course, due no later than the planned registration date (the admin's rules)."""
    where = office_for(request, office)
    application = _one(where, pk)

    def act() -> tuple[int, dict]:
        form = AssignCourseForm(
            {"course": payload.course, "due_date": payload.due_date.isoformat()},
            application=application,
        )
        if not form.is_valid():
            errors = form.errors.get_json_data()
            raise validation_problem(
                [
                    {
                        "field": "" if f == "__all__" else f,
                        "code": e["code"],
                        "message": e["message"],
                    }
                    for f, found in errors.items()
                    for e in found
                ]
            )
        try:
            issued = CourseAssignment.objects.assign(
                application, form.cleaned_data["course"], form.cleaned_data["due_date"], None
            )
        except AssignmentRefused as refusal:
            raise Problem(409, "conflict", str(refusal)) from None
        accesses = list(issued.assignment.accesses.select_related("partner"))
        PendingCode.objects.keep_for_slips(accesses, issued.codes, None)
        if payload.send_slips:
            for access in accesses:
                code = issued.codes.get(access.partner_id)
                if code and access.partner.email:
                    pending = PendingCode.objects.keep(
                        access, code, PendingCode.Purpose.EMAIL, None
                    )
                    send_slip_email.enqueue(pending.pk, site_base_url())
        fresh = _one(where, pk)
        progress = partner_progress([])
        made = next(s for s in fresh.assignments.all() if s.pk == issued.assignment.pk)
        return 201, AssignmentOut(**_assignment_out(made, progress)).model_dump(mode="json")

    return idempotency.once(request, act)


def _assignment(request: HttpRequest, office: str, pk: int) -> CourseAssignment:
    where = office_for(request, office)
    assignment = (
        CourseAssignment.objects.filter(application__office=where, pk=pk)
        .select_related("course", "application__office")
        .first()
    )
    if assignment is None:
        raise Problem(404, "not-found", _("No such course assignment for this client."))
    return assignment


@router.get(
    "/offices/{office}/assignments/{int:pk}/slips",
    response={200: SlipsOut, **ERRORS},
    auth=[WRITE],
    url_name="assignment_slips",
)
def slips(request: HttpRequest, office: str, pk: int = Path(..., ge=1)):
    """Both partners' slips; the access codes appear in the first read only (30 minutes)."""
    assignment = _assignment(request, office, pk)
    codes = PendingCode.objects.take_for_slips(assignment.pk, None)
    accesses = assignment.accesses.select_related("partner").order_by("partner__sort_order")
    found = []
    for access in accesses:
        slip = build_slip(assignment, access.partner, codes.get(access.partner_id))
        found.append(
            {
                "position": access.partner.position,
                "language": slip.language,
                "course_title": slip.course_title,
                "office_name": slip.office_name,
                "due_date": slip.due_date,
                "code": slip.code,
                "link": slip.link,
            }
        )
    response = {"assignment": assignment.pk, "slips": found}
    request.no_store = True
    return response


@router.post(
    "/offices/{office}/assignments/{int:pk}/cancel",
    response={200: AssignmentOut, **ERRORS},
    auth=[WRITE],
    url_name="assignment_cancel",
)
def cancel(
    request: HttpRequest,
    office: str,
    pk: int = Path(..., ge=1),
    idempotency_key: str | None = Header(None, alias="Idempotency-Key", max_length=255),
):
    """Cancel a course: the codes stop working. Refused while its certificate is valid."""
    assignment = _assignment(request, office, pk)

    def act() -> tuple[int, dict]:
        try:
            assignment.cancel(None)
        except AssignmentRefused as refusal:
            raise Problem(409, "conflict", str(refusal)) from None
        application = _one(assignment.application.office, assignment.application_id)
        made = next(s for s in application.assignments.all() if s.pk == assignment.pk)
        return 200, AssignmentOut(**_assignment_out(made, {})).model_dump(mode="json")

    return idempotency.once(request, act)


@router.get(
    "/offices/{office}/applications/{int:pk}/certificates",
    response={200: list[CertificateOut], **ERRORS},
    auth=[CERTIFICATES],
    url_name="application_certificates",
)
def certificates(request: HttpRequest, office: str, pk: int = Path(..., ge=1)):
    """The certificates issued for this application's courses (codes, states, dates; no names)."""
    application = _one(office_for(request, office), pk)
    found = []
    for assignment in application.assignments.prefetch_related("certificates"):
        for certificate in assignment.certificates.all():
            found.append(
                {
                    "id": certificate.pk,
                    "assignment": assignment.pk,
                    "code": certificate.code,
                    "state": certificate.state,
                    "issued_on": certificate.issued_on,
                    "expires_on": certificate.expires_on,
                    "accepted_at": certificate.accepted_at,
                    "revoked_at": certificate.revoked_at,
                }
            )
    return found
