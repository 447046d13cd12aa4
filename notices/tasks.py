"""Background work: planning and sending notices, so no request waits for a mail server or gateway.

Every task carries ids only; the worker reads the rows, the current address and the partner's
language when it sends. Each message is sent once: the row is taken with its status still
"queued" and left "delivered" in the same transaction. A refused e-mail or SMS is tried again
later (NOTICE_RETRY_SECONDS × attempts, up to NOTICE_MAX_ATTEMPTS), then logged "failed", so
nothing is lost silently.
"""

from __future__ import annotations

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from home import metrics
from registry_offices.phones import normalise_phone

from . import planning
from .compose import compose
from .models import Message
from .sms import SmsError, send_sms

logger = logging.getLogger(__name__)

SEND_ERRORS = (smtplib.SMTPException, OSError, SmsError)
RETRY = "retry"


@task()
def announce_certificate(certificate_id: int) -> int:
    """Queue "your certificate is ready" to both partners; returns how many were queued."""
    return queue(planning.plan_certificate_ready(certificate_id))


@task()
def announce_consultation_request(request_id: int) -> int:
    """Queue "a new consultation request" to the centre's staff; returns how many."""
    return queue(planning.plan_consultation_request(request_id))


def queue(messages: list[Message]) -> int:
    for message in messages:
        deliver_message.enqueue(message.pk)
    return len(messages)


@task()
def deliver_message(message_id: int) -> str:
    """Send one logged message; its new status (or "retry" when it waits for another try)."""
    outcome, channel = _attempt(message_id)
    if channel:
        metrics.notice_attempt(channel, outcome)
    if outcome == RETRY:
        _retry(message_id)
    return outcome


def _attempt(message_id: int) -> tuple[str, str]:
    """The outcome and the message's channel ("" when there was no message to send)."""
    with transaction.atomic():
        message = (
            Message.objects.select_for_update(of=("self",))
            .select_related("partner", "recipient_user")
            .filter(pk=message_id, status=Message.Status.QUEUED)
            .first()
        )
        if message is None:
            return "nothing", ""
        address = _address(message)
        if not address:
            message.status = Message.Status.CANCELLED
            message.save(update_fields=["status"])
            return message.status, message.channel
        message.attempts += 1
        message.last_attempt_at = timezone.now()
        try:
            _send(message, address)
        except SEND_ERRORS as error:
            message.error = type(error).__name__
            final = message.attempts >= settings.NOTICE_MAX_ATTEMPTS
            if final:
                message.status = Message.Status.FAILED
            # Ids and the kind of error only: never the address or the text.
            logger.warning(
                "notice %s (%s, %s) attempt %s failed: %s",
                message.pk,
                message.kind,
                message.channel,
                message.attempts,
                message.error,
            )
            message.save(update_fields=["attempts", "last_attempt_at", "error", "status"])
            return (message.status if final else RETRY), message.channel
        message.status = Message.Status.DELIVERED
        message.sent_at = timezone.now()
        message.error = ""
        message.save(update_fields=["attempts", "last_attempt_at", "error", "status", "sent_at"])
        return message.status, message.channel


def _address(message: Message) -> str:
    """Where the message goes now: the partner's current address if they still agree."""
    if message.kind == Message.Kind.CONSULTATION_REQUEST:
        user = message.recipient_user
        return user.email if user is not None and user.is_active else ""
    partner = message.partner
    subject = message.access_id if message.kind == Message.Kind.REMINDER else message.certificate_id
    if partner is None or subject is None or message.channel not in partner.notice_channels:
        return ""
    return partner.email if message.channel == Message.Channel.EMAIL else partner.phone


def _send(message: Message, address: str) -> None:
    notice = compose(message)
    if message.channel == Message.Channel.EMAIL:
        send_mail(notice.subject, notice.body, None, [address])
    else:
        try:
            number = normalise_phone(address)
        except ValidationError:  # a number stored before numbers were checked
            raise SmsError("not a valid phone number") from None
        send_sms(number, notice.sms)


def _retry(message_id: int) -> None:
    attempts = Message.objects.filter(pk=message_id).values_list("attempts", flat=True).first()
    delay = datetime.timedelta(seconds=settings.NOTICE_RETRY_SECONDS * (attempts or 1))
    backend = deliver_message.get_backend()
    if backend.supports_defer:
        deliver_message.using(run_after=timezone.now() + delay).enqueue(message_id)
    else:
        # The immediate backend (development) cannot wait: it tries again at once, still bounded
        # by NOTICE_MAX_ATTEMPTS.
        deliver_message.enqueue(message_id)
