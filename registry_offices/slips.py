"""The printable slip a clerk hands each partner: the link with the code, and its QR code.

The code appears only in the slip (and the optional e-mail): never in a URL of the admin, a log
entry or a page title.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from courses.models import learn_path

from .models import CourseAssignment, Partner
from .referrals import Referral, referrals


def site_base_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def learner_link(language: str, code: str, base_url: str | None = None) -> str:
    """The absolute /<lang>/learn/#code=… link a partner opens (the learner journey's entry).

    The code is in the fragment, which browsers never send: it reaches no server or proxy log;
    the start page's script posts it (learning's start view)."""
    return f"{(base_url or site_base_url())}{learn_path(language)}#{urlencode({'code': code})}"


def qr_svg(url: str, label: str) -> SafeString:
    """An inline SVG QR code of `url` (segno, no image files), labelled for screen readers."""
    svg = segno.make(url, error="m").svg_inline(scale=4, border=2, svgclass="slip-qr")
    labelled = svg.replace("<svg ", '<svg role="img" ', 1)
    return format_html(
        '<figure class="slip-qr-figure">{}<figcaption class="visually-hidden">{}</figcaption></figure>',
        mark_safe(labelled),  # noqa: S308 - segno's own SVG of a URL we built
        label,
    )


@dataclass
class Slip:
    """Everything one partner's slip shows, already in that partner's language."""

    partner: Partner
    language: str
    course_title: str
    office_name: str
    office_address: str
    office_phone: str
    due_date: object
    code: str | None
    link: str | None
    qr: SafeString | None
    referrals: list[Referral]


def build_slip(
    assignment: CourseAssignment, partner: Partner, code: str | None, base_url: str | None = None
) -> Slip:
    """A slip in the partner's preferred language; without a code (shown once) it has no link.

    It names the office's own resource centres (three queries a slip, however many centres)."""
    language = partner.preferred_language or settings.LANGUAGE_CODE
    title = assignment.course.in_language(language).title
    link = learner_link(language, code, base_url) if code else None
    with translation.override(language):
        qr = qr_svg(link, translation.gettext("QR code of the course link")) if link else None
    office = assignment.application.office
    return Slip(
        partner=partner,
        language=language,
        course_title=title,
        office_name=office.name_in(language),
        office_address=office.address,
        office_phone=office.phone,
        due_date=assignment.due_date,
        code=code,
        link=link,
        qr=qr,
        referrals=referrals(office, language, "office", absolute=True),
    )
