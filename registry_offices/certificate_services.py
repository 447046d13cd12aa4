"""Issuing, accepting, revoking and reissuing certificates; looking them up for verification.

Every act by a clerk is written to Wagtail's history of the application (who and when), with the
certificate's id only: never names or codes of access.
"""

import calendar
import datetime
import logging
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from courses.learning_models import Enrollment

from .certificates import Certificate, new_certificate_code, normalise_code
from .models import CourseAssignment, PartnerAccess

logger = logging.getLogger(__name__)

ACTION_ISSUED = "registry_offices.certificate_issued"
ACTION_ACCEPTED = "registry_offices.certificate_accepted"
ACTION_REVOKED = "registry_offices.certificate_revoked"
ACTION_REISSUED = "registry_offices.certificate_reissued"


class CertificateRefused(Exception):
    """A clerk's act that the certificate's state does not allow; the message says why."""


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (the month's last day where it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last))


def _both_finished(assignment: CourseAssignment) -> tuple[bool, list[Enrollment]]:
    keys = list(assignment.accesses.values_list("learner_key", flat=True))
    enrollments = list(
        Enrollment.objects.filter(
            course_id=assignment.course_id, learner_key__in=keys, completed_at__isnull=False
        )
    )
    return len(keys) == 2 and len(enrollments) == 2, enrollments


def _study_hours(enrollments: list[Enrollment]) -> Decimal:
    least = min((e.study_seconds for e in enrollments), default=0)
    return (Decimal(least) / Decimal(3600)).quantize(Decimal("0.1"), rounding=ROUND_DOWN)


def _new_certificate(
    assignment: CourseAssignment, study_hours: Decimal, today: datetime.date
) -> Certificate:
    partners = list(assignment.application.partners.order_by("sort_order"))
    course = assignment.course
    return Certificate(
        code=new_certificate_code(),
        assignment=assignment,
        course=course,
        office_id=assignment.application.office_id,
        issued_on=today,
        expires_on=add_months(today, course.certificate_validity_months),
        holder_1=partners[0].full_name,
        holder_2=partners[1].full_name,
        study_hours=study_hours,
        language=partners[0].preferred_language or "kk",
    )


def current_certificate(assignment: CourseAssignment) -> Certificate | None:
    return assignment.certificates.exclude(state=Certificate.State.REPLACED).first()


def complete_assignment(assignment: CourseAssignment) -> None:
    from .services import complete_assignment as complete

    complete(assignment)


def issue_if_finished(assignment_id: int, today: datetime.date | None = None) -> Certificate | None:
    """Issue the couple's certificate if both partners have finished; exactly once.

    The assignment row is locked (PostgreSQL) and a partial unique index backs it up (any
    database), so two partners finishing at the same moment still make one certificate.
    """
    today = today or timezone.localdate()
    try:
        with transaction.atomic():
            assignment = (
                CourseAssignment.objects.select_for_update()
                .select_related("course", "application")
                .get(pk=assignment_id)
            )
            if assignment.is_cancelled:
                return None
            existing = current_certificate(assignment)
            if existing:
                return existing
            finished, enrollments = _both_finished(assignment)
            if not finished:
                return None
            certificate = _new_certificate(assignment, _study_hours(enrollments), today)
            certificate.save()
            complete_assignment(assignment)
            log(
                assignment.application,
                ACTION_ISSUED,
                user=None,
                data={"certificate": certificate.pk, "assignment": assignment.pk},
            )
            return certificate
    except IntegrityError:
        # Another request issued it between our check and our insert: theirs is the one.
        return (
            Certificate.objects.filter(assignment_id=assignment_id)
            .exclude(state=Certificate.State.REPLACED)
            .first()
        )


def on_enrollment_finished(sender, enrollment: Enrollment, **kwargs) -> None:
    """courses tells us a learner finished; if it is a partner, maybe issue the certificate."""
    access = (
        PartnerAccess.objects.filter(
            learner_key=enrollment.learner_key, assignment__course_id=enrollment.course_id
        )
        .only("assignment_id")
        .first()
    )
    if access is not None:
        issue_if_finished(access.assignment_id)


def mark_started(access: PartnerAccess) -> None:
    """The first lesson opened moves the assignment from assigned to in progress (once)."""
    from .services import start_assignment

    if access.assignment.state == CourseAssignment.State.ASSIGNED:
        start_assignment(access.assignment)


# --- Clerk acts -----------------------------------------------------------------------------------


def accept(certificate: Certificate, user, today: datetime.date | None = None) -> Certificate:
    """Accept at the registration: once only, never a revoked, replaced or expired certificate.

    One conditional UPDATE decides: of two clerks clicking at once, one row is updated, and the
    other gets a refusal that says why.
    """
    today = today or timezone.localdate()
    now = timezone.now()
    with transaction.atomic():
        updated = Certificate.objects.filter(
            pk=certificate.pk,
            accepted_at__isnull=True,
            state=Certificate.State.VALID,
            expires_on__gte=today,
        ).update(accepted_at=now, accepted_by=user)
        certificate.refresh_from_db()
        if not updated:
            raise CertificateRefused(_refusal(certificate, today))
        log(
            certificate.assignment.application,
            ACTION_ACCEPTED,
            user=user,
            data={"certificate": certificate.pk},
        )
    return certificate


def _refusal(certificate: Certificate, today: datetime.date) -> str:
    if certificate.accepted_at is not None:
        return str(
            _("This certificate was already accepted on %(date)s; it cannot be accepted again.")
            % {"date": timezone.localtime(certificate.accepted_at).strftime("%d.%m.%Y %H:%M")}
        )
    status = certificate.status(today)
    if status == Certificate.State.REVOKED:
        return str(_("This certificate is revoked and cannot be accepted."))
    if status == Certificate.State.REPLACED:
        return str(_("This certificate was replaced by a newer one; accept the new one."))
    if status == Certificate.EXPIRED:
        return str(_("This certificate has expired and cannot be accepted."))
    return str(_("This certificate cannot be accepted."))


def revoke(certificate: Certificate, user, reason: str) -> Certificate:
    reason = (reason or "").strip()
    if not reason:
        raise CertificateRefused(str(_("Give the reason for revoking.")))
    with transaction.atomic():
        updated = Certificate.objects.filter(
            pk=certificate.pk, state=Certificate.State.VALID
        ).update(
            state=Certificate.State.REVOKED,
            revoked_at=timezone.now(),
            revoked_by=user,
            revoke_reason=reason,
        )
        certificate.refresh_from_db()
        if not updated:
            raise CertificateRefused(str(_("Only a valid certificate can be revoked.")))
        log(
            certificate.assignment.application,
            ACTION_REVOKED,
            user=user,
            data={"certificate": certificate.pk},
        )
    return certificate


def reissue(certificate: Certificate, user, today: datetime.date | None = None) -> Certificate:
    """After a name correction: a new certificate with the current names, the old one 'replaced'.

    The new one keeps the original expiry (the course was taken when it was) and, if the old one
    was already accepted, its acceptance.
    """
    today = today or timezone.localdate()
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if old.state != Certificate.State.VALID:
            raise CertificateRefused(str(_("Only a valid certificate can be reissued.")))
        Certificate.objects.filter(pk=old.pk).update(state=Certificate.State.REPLACED)
        assignment = CourseAssignment.objects.select_related("course", "application").get(
            pk=old.assignment_id
        )
        new = _new_certificate(assignment, old.study_hours, today)
        new.expires_on = old.expires_on
        new.accepted_at, new.accepted_by_id = old.accepted_at, old.accepted_by_id
        new.save()
        Certificate.objects.filter(pk=old.pk).update(replaced_by=new)
        log(
            assignment.application,
            ACTION_REISSUED,
            user=user,
            data={"certificate": new.pk, "replaces": old.pk},
        )
    certificate.refresh_from_db()
    return new


# --- Look-ups and figures -------------------------------------------------------------------------


def find_certificate(raw_code: str) -> Certificate | None:
    """By code (spaces, dashes and case ignored); one indexed query with what the page shows."""
    code = normalise_code(raw_code)
    if not code or len(code) > 16:
        return None
    return (
        Certificate.objects.select_related("course__locale", "office", "replaced_by")
        .filter(code=code)
        .first()
    )


def certificates_for_user(user) -> QuerySet[Certificate]:
    from . import services

    return Certificate.objects.filter(
        assignment__in=services.assignments_for_user(user)
    ).select_related("course", "office", "assignment__application")


def certificate_counts_by_office(
    office_ids: list[int], today: datetime.date | None = None
) -> dict[int, dict[str, int]]:
    """Issued (every current certificate) and accepted per office, in one grouped query."""
    rows = (
        Certificate.objects.filter(office_id__in=office_ids)
        .exclude(state=Certificate.State.REPLACED)
        .values("office_id")
        .annotate(
            issued=Count("id"),
            accepted=Count("id", filter=Q(accepted_at__isnull=False)),
        )
        .order_by()
    )
    counts = {office_id: {"issued": 0, "accepted": 0} for office_id in office_ids}
    for row in rows:
        counts[row["office_id"]] = {"issued": row["issued"], "accepted": row["accepted"]}
    return counts


@dataclass
class PublicCertificate:
    """What anyone with the code may learn: no full names, no ids."""

    code: str
    status: str
    status_label: str
    course: str
    office: str
    issued: datetime.date
    expires: datetime.date
    holders: list[str]

    def as_json(self) -> dict:
        return {
            "code": self.code,
            "status": self.status,
            "course": self.course,
            "office": self.office,
            "issued": self.issued.isoformat(),
            "expires": self.expires.isoformat(),
            "holders": self.holders,
        }


def public_view(certificate: Certificate, language: str) -> PublicCertificate:
    from courses.learning import translated_course

    course = translated_course(certificate.course, language)
    return PublicCertificate(
        code=certificate.display_code,
        status=certificate.status(),
        status_label=certificate.get_status_display(),
        course=course.title,
        office=certificate.office.name_in(language),
        issued=certificate.issued_on,
        expires=certificate.expires_on,
        holders=certificate.masked_holders(),
    )
