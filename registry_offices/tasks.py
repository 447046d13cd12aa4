"""Background work: e-mailing a slip, so the clerk's request does not wait for the mail server."""

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from .models import PartnerAccess, PendingCode
from .slips import build_slip


@task()
def send_slip_email(pending_code_id: int, base_url: str) -> bool:
    """E-mail one partner their slip in their language; False when there is nothing to send.

    The task carries only the id of the waiting code (models/handover.py); the code itself is read,
    and deleted, here, so it is never in the task's row, a log or a session.
    """
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
