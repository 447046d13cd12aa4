"""The text of each notice, rendered by the worker in the recipient's language when it sends.

Nothing here reads answers, IINs or access codes: a reminder links to /<lang>/learn/ (the partner
types the code from their slip), the certificate notice gives the public verify link, and the
staff notice names only the centre and the admin screen where the request waits.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from courses.models import learn_path

from .models import Message


@dataclass(frozen=True)
class Notice:
    """What goes out: a subject and body for e-mail, or a short text for SMS."""

    language: str
    subject: str
    body: str
    sms: str


def base_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def language_of(message: Message) -> str:
    """The partner's own language, or the staff member's admin language."""
    if message.partner_id is not None:
        return message.partner.preferred_language or settings.LANGUAGE_CODE
    if message.recipient_user_id is not None:
        language = UserProfile.get_for_user(message.recipient_user).preferred_language
        if language in dict(settings.LANGUAGES):
            return language
    return settings.LANGUAGE_CODE


def compose(message: Message) -> Notice:
    """The notice of `message` in its recipient's language."""
    language = language_of(message)
    with translation.override(language):
        context = COMPOSERS[message.kind](message, language)
        context["language"] = language
        name = message.kind
        subject = render_to_string(f"notices/email/{name}_subject.txt", context)
        body = render_to_string(f"notices/email/{name}.txt", context)
        sms = render_to_string(f"notices/sms/{name}.txt", context)
    return Notice(language, " ".join(subject.split()), body.strip() + "\n", " ".join(sms.split()))


def _reminder(message: Message, language: str) -> dict:
    assignment = message.access.assignment
    office = assignment.application.office
    return {
        "name": message.partner.full_name,
        "course": assignment.course.in_language(language).title,
        "office": office.name_in(language),
        "office_phone": office.phone,
        "due_date": assignment.due_date,
        "days_left": (assignment.due_date - timezone.localdate()).days,
        "link": base_url() + learn_path(language),
    }


def _certificate_ready(message: Message, language: str) -> dict:
    certificate = message.certificate
    return {
        "name": message.partner.full_name,
        "course": certificate.course.in_language(language).title,
        "office": certificate.office.name_in(language),
        "valid_until": certificate.expires_on,
        "verify_link": base_url() + reverse("certificate_verify", args=[certificate.code]),
        "learn_link": base_url() + learn_path(language),
    }


def _consultation_request(message: Message, language: str) -> dict:
    centre = message.centre
    title = centre.title if centre is not None else ""
    if centre is not None:
        translated = centre.get_translations(inclusive=True).filter(locale__language_code=language)
        title = getattr(translated.first(), "title", title)
    return {
        "centre": title,
        "admin_link": base_url() + reverse("consultation_requests:index"),
    }


COMPOSERS = {
    Message.Kind.REMINDER: _reminder,
    Message.Kind.CERTIFICATE_READY: _certificate_ready,
    Message.Kind.CONSULTATION_REQUEST: _consultation_request,
}
