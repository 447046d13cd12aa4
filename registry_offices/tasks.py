"""Background work: e-mailing a slip, so the clerk's request does not wait for the mail server."""

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from .models import PartnerAccess
from .slips import build_slip


@task()
def send_slip_email(access_id: int, code: str, base_url: str) -> bool:
    """E-mail one partner their slip in their language; False when they gave no address.

    The code travels only as the task's argument and in the message itself, never in a log.
    """
    access = (
        PartnerAccess.objects.select_related(
            "partner", "assignment__course", "assignment__application__office"
        )
        .filter(pk=access_id)
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
