"""The anonymous survey after the course: who may answer (once, after finishing), and the comment
cleaned of personal data before it is stored, so a moderator never sees it raw."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from registry_offices.models import PartnerAccess

from .models import Enrollment, Feedback, FeedbackReceipt

REMOVED = "[…]"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", re.UNICODE)
# 12 digits in a row (an IIN), allowing spaces or dashes between groups.
IIN = re.compile(r"(?<!\d)(\d[\s-]?){11}\d(?!\d)")
# A phone: 10 to 15 digits with the usual separators, optionally after +.
PHONE = re.compile(r"\+?(?<!\d)(\d[\s().-]{0,2}){9,14}\d(?!\d)")
MIN_NAME_PART = 3


class FeedbackRefused(Exception):
    """The survey cannot be answered; the message says why, for the learner."""


def scrub(text: str, names: Iterable[str] = ()) -> str:
    """The comment without e-mails, IINs, phone numbers and any part of the given names."""
    text = EMAIL.sub(REMOVED, text)
    text = IIN.sub(REMOVED, text)
    text = PHONE.sub(REMOVED, text)
    parts = {
        part for name in names for part in re.split(r"[\s\-]+", name) if len(part) >= MIN_NAME_PART
    }
    for part in sorted(parts, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(part)}\w*", REMOVED, text, flags=re.IGNORECASE)
    return text.strip()


def _partner_access(enrollment: Enrollment) -> PartnerAccess | None:
    return (
        PartnerAccess.objects.filter(
            learner_key=enrollment.learner_key, assignment__course_id=enrollment.course_id
        )
        .select_related("assignment__application")
        .first()
    )


def can_answer(enrollment: Enrollment | None) -> bool:
    return (
        enrollment is not None
        and enrollment.completed_at is not None
        and not FeedbackReceipt.objects.filter(enrollment=enrollment).exists()
    )


def submit(enrollment: Enrollment, answers: dict) -> Feedback:
    """Store one anonymous answer and the receipt that stops a second; raises FeedbackRefused."""
    if enrollment.completed_at is None:
        raise FeedbackRefused(_("The survey opens once you have finished the course."))
    access = _partner_access(enrollment)
    names: list[str] = []
    office_id = None
    if access is not None:
        application = access.assignment.application
        office_id = application.office_id
        names = list(application.partners.values_list("full_name", flat=True))
    try:
        with transaction.atomic():
            FeedbackReceipt.objects.create(enrollment=enrollment)
            return Feedback.objects.create(
                course_id=enrollment.course_id,
                office_id=office_id,
                month=timezone.localdate().replace(day=1),
                language=translation.get_language()[:2],
                usefulness=answers["usefulness"],
                clarity=answers["clarity"],
                would_recommend=answers["would_recommend"],
                missing=sorted(answers.get("missing") or []),
                comment=scrub(answers.get("comment") or "", names),
            )
    except IntegrityError:
        raise FeedbackRefused(_("You have already answered the survey. Thank you!")) from None
