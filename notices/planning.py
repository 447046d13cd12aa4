"""Which notices are due, as rows of the message log; each is made once (the unique constraints).

`plan_*` add the rows that do not exist yet and return the new ones only, so calling them twice
(cron run twice, a signal repeated, a worker restarted) queues nothing twice.
"""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from certificates.models import Certificate
from learning.models import Enrollment
from registry_offices.models import CourseAssignment, MarriageApplication, PartnerAccess
from resource_centers.models import ConsultationRequest

from .models import Message

# The longest reminder window an office may set (RegistryOffice.reminder_days is 0..30).
LONGEST_WINDOW_DAYS = 30


def _add(**fields) -> Message | None:
    """Insert one row; None when the same notice is already logged."""
    try:
        with transaction.atomic():
            return Message.objects.create(**fields)
    except IntegrityError:
        return None


def _for_partner(kind: str, partner, **fields) -> list[Message]:
    added = []
    for channel in partner.notice_channels:
        message = _add(kind=kind, channel=channel, partner=partner, **fields)
        if message is not None:
            added.append(message)
    return added


def due_reminders(today: datetime.date | None = None) -> list[PartnerAccess]:
    """Accesses of partners who agreed to notices, have not finished, and whose due date is within
    their office's reminder window (today included; a missed cron day still reminds once)."""
    today = today or timezone.localdate()
    accesses = (
        PartnerAccess.objects.filter(
            assignment__state__in=CourseAssignment.OPEN_STATES,
            assignment__due_date__gte=today,
            assignment__due_date__lte=today + datetime.timedelta(days=LONGEST_WINDOW_DAYS),
            assignment__application__status=MarriageApplication.Status.SUBMITTED,
            assignment__application__anonymised_at__isnull=True,
            assignment__application__planned_registration_date__gte=today,
            assignment__application__office__reminder_days__gt=0,
        )
        .filter(
            Q(partner__notify_by_email=True, partner__email__gt="")
            | Q(partner__notify_by_sms=True, partner__phone__gt="")
        )
        .select_related("partner", "assignment__application__office")
    )
    due = [
        access
        for access in accesses
        if (access.assignment.due_date - today).days
        <= access.assignment.application.office.reminder_days
    ]
    finished = set(
        Enrollment.objects.filter(
            learner_key__in=[access.learner_key for access in due], completed_at__isnull=False
        ).values_list("learner_key", "course_id")
    )
    return [a for a in due if (a.learner_key, a.assignment.course_id) not in finished]


def plan_reminders(today: datetime.date | None = None) -> list[Message]:
    added = []
    for access in due_reminders(today):
        application = access.assignment.application
        added += _for_partner(
            Message.Kind.REMINDER,
            access.partner,
            access=access,
            application=application,
            office=application.office,
        )
    return added


def plan_certificate_ready(certificate_id: int) -> list[Message]:
    """Both partners, each on the channels they chose; a revoked or replaced one gets none."""
    certificate = (
        Certificate.objects.select_related("assignment__application")
        .filter(pk=certificate_id, state=Certificate.State.VALID)
        .first()
    )
    if certificate is None:
        return []
    application = certificate.assignment.application
    added = []
    for partner in application.partners.order_by("sort_order"):
        added += _for_partner(
            Message.Kind.CERTIFICATE_READY,
            partner,
            certificate=certificate,
            application=application,
            office_id=certificate.office_id,
        )
    return added


def plan_consultation_request(request_id: int) -> list[Message]:
    """An e-mail to each active staff member of the centre who has an address."""
    request = ConsultationRequest.objects.filter(pk=request_id).first()
    if request is None:
        return []
    staff = (
        get_user_model()
        .objects.filter(centre_memberships__centre_id=request.centre_id, is_active=True)
        .exclude(email="")
    )
    added = []
    for user in staff:
        message = _add(
            kind=Message.Kind.CONSULTATION_REQUEST,
            channel=Message.Channel.EMAIL,
            consultation_request=request,
            centre_id=request.centre_id,
            recipient_user=user,
        )
        if message is not None:
            added.append(message)
    return added
