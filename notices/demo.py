"""Demo notices in the log: certificate notices delivered, reminders delivered and one failed.

Rows only (the demo sends nothing): for each office, the couples with SMS consent among the first
certificates and the first open assignments. A second run changes nothing (the log already has
rows).
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from certificates.models import Certificate
from home.demo import DemoLogin
from registry_offices.models import CourseAssignment, PartnerAccess, RegistryOffice

from .models import Message

PER_OFFICE = 2


def _row(kind: str, partner, status: str, when: datetime.datetime, **fields) -> Message:
    failed = status == Message.Status.FAILED
    return Message(
        kind=kind,
        channel=Message.Channel.SMS,
        partner=partner,
        application_id=partner.application_id,
        status=status,
        attempts=settings.NOTICE_MAX_ATTEMPTS if failed else 1,
        queued_at=when,
        last_attempt_at=when,
        sent_at=None if failed else when,
        error="SmsError" if failed else "",
        **fields,
    )


def _office_rows(office: RegistryOffice, now: datetime.datetime) -> list[Message]:
    rows = []
    certificates = Certificate.objects.filter(office=office, state=Certificate.State.VALID)
    for certificate in certificates.select_related("assignment")[:PER_OFFICE]:
        when = timezone.make_aware(
            datetime.datetime.combine(certificate.issued_on, datetime.time(12))
        )
        for partner in certificate.assignment.application.partners.filter(notify_by_sms=True):
            rows.append(
                _row(
                    Message.Kind.CERTIFICATE_READY,
                    partner,
                    Message.Status.DELIVERED,
                    when,
                    certificate=certificate,
                    office=office,
                )
            )
    accesses = PartnerAccess.objects.filter(
        assignment__application__office=office,
        assignment__state__in=CourseAssignment.OPEN_STATES,
        partner__notify_by_sms=True,
    ).select_related("partner")
    for index, access in enumerate(accesses.order_by("pk")[:PER_OFFICE]):
        status = Message.Status.FAILED if index == 1 else Message.Status.DELIVERED
        rows.append(
            _row(
                Message.Kind.REMINDER,
                access.partner,
                status,
                now - datetime.timedelta(hours=index + 1),
                access=access,
                office=office,
            )
        )
    return rows


@transaction.atomic
def load() -> list[DemoLogin]:
    if Message.objects.exists():
        return []
    now = timezone.now()
    rows = []
    for office in RegistryOffice.objects.order_by("code"):
        rows += _office_rows(office, now)
    Message.objects.bulk_create(rows, ignore_conflicts=True)
    return []
