"""Background work: e-mailing a slip, so the clerk's request does not wait for the mail server.

With `TASKS_BACKEND=db` the task waits in the database until `manage.py db_worker` runs it, so a
task enqueued while no worker runs is sent when one starts. It carries only the id of the waiting
code (models/handover.py), never the code or an IIN: the worker reads and deletes the code here.

Sent once: the code is taken (deleted) in the same transaction that sends the message. Running the
task again finds nothing to take and sends nothing. If the mail server refuses, the transaction
rolls back, the code waits again, and the task is queued again a minute later (until the code
expires, EMAIL_LIFETIME); only a database failure between the send and the commit could send twice.
"""

import datetime
import smtplib

from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from .models import PartnerAccess, PendingCode
from .slips import build_slip

MAIL_ERRORS = (smtplib.SMTPException, OSError)
RETRY_AFTER = datetime.timedelta(minutes=1)


@task()
def send_slip_email(pending_code_id: int, base_url: str) -> bool:
    """E-mail one partner their slip in their language; False when there is nothing to send."""
    try:
        with transaction.atomic():
            return _send_slip(pending_code_id, base_url)
    except MAIL_ERRORS:
        if not send_slip_email.get_backend().supports_defer:
            raise
        later = send_slip_email.using(run_after=timezone.now() + RETRY_AFTER)
        later.enqueue(pending_code_id, base_url)
        return False


def _send_slip(pending_code_id: int, base_url: str) -> bool:
    taken = PendingCode.objects.take(pending_code_id, PendingCode.Purpose.EMAIL)
    if taken is None:
        return False
    code = taken[1]
    access = (
        PartnerAccess.objects.select_related(
            "partner", "assignment__course", "assignment__application__office"
        )
        .filter(pk=taken[0].pk)
        .first()
    )
    if access is None or not access.partner.email:
        return False
    slip = build_slip(access.assignment, access.partner, code, base_url)
    with translation.override(slip.language):
        subject = translation.gettext(
            "Your course before the marriage registration: %(course)s"
        ) % {"course": slip.course_title}
        body = render_to_string("registry_offices/email/slip.txt", {"slip": slip})
    send_mail(subject, body, None, [access.partner.email])
    return True
