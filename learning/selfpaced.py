"""Self-paced learning: anyone takes an open course without an account or a code.

The browser carries a signed cookie with the learner's key (HttpOnly, SameSite=Lax, Secure where
the session cookie is); the key names a `SelfPacedLearner` row, and progress is kept against it
exactly as a partner's is. To continue on another device the learner asks for a resume code (the
shape of an access code, stored as a keyed hash only). Nothing personal is asked or kept: a name
typed for the completion PDF is used to draw it and then dropped.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation

from courses.models import CoursePage
from registry_offices import iin as iin_rules
from registry_offices.codes import is_access_code, new_access_code, normalise_access_code

from .models import Enrollment, SelfPacedCount, SelfPacedLearner

COOKIE_NAME = "otbasy_learner"
COOKIE_SALT = "learning.selfpaced"
# As long as the record is kept after its last visit (see `purge_inactive`).
RETENTION_DAYS = 365
COOKIE_MAX_AGE = RETENTION_DAYS * 24 * 3600
# `last_seen_at` is written at most this often, so a page view is not also a write.
SEEN_EVERY = datetime.timedelta(hours=1)
NAME_MAX_LENGTH = 80


# --- The browser's cookie ---------------------------------------------------------------------------


def current_learner(request: HttpRequest) -> SelfPacedLearner | None:
    """The learner of this browser, if its cookie is genuine and the record still exists."""
    raw = request.get_signed_cookie(COOKIE_NAME, default=None, salt=COOKIE_SALT)
    if not raw:
        return None
    try:
        key = uuid.UUID(raw)
    except ValueError:
        return None
    learner = SelfPacedLearner.objects.filter(learner_key=key).first()
    if learner is not None:
        seen(learner)
    return learner


def seen(learner: SelfPacedLearner, now: datetime.datetime | None = None) -> None:
    now = now or timezone.now()
    if now - learner.last_seen_at >= SEEN_EVERY:
        SelfPacedLearner.objects.filter(pk=learner.pk).update(last_seen_at=now)
        learner.last_seen_at = now


def remember(response: HttpResponse, learner: SelfPacedLearner) -> HttpResponse:
    """Tie this browser to the learner, with the session cookie's protections."""
    response.set_signed_cookie(
        COOKIE_NAME,
        str(learner.learner_key),
        salt=COOKIE_SALT,
        max_age=COOKIE_MAX_AGE,
        httponly=True,
        secure=settings.SESSION_COOKIE_SECURE,
        samesite="Lax",
    )
    return response


def forget(response: HttpResponse) -> HttpResponse:
    response.delete_cookie(COOKIE_NAME, samesite="Lax")
    return response


# --- Starting, and the counts editors see -------------------------------------------------------


def _month(now: datetime.datetime | None = None) -> datetime.date:
    return timezone.localdate(now or timezone.now()).replace(day=1)


def _count(course: CoursePage, field: str) -> None:
    month = _month()
    updated = SelfPacedCount.objects.filter(course=course, month=month).update(
        **{field: F(field) + 1}
    )
    if updated:
        return
    try:
        with transaction.atomic():
            SelfPacedCount.objects.create(course=course, month=month, **{field: 1})
    except IntegrityError:  # another request created this month's row first
        SelfPacedCount.objects.filter(course=course, month=month).update(**{field: F(field) + 1})


def start(course: CoursePage, learner: SelfPacedLearner | None) -> tuple[SelfPacedLearner, bool]:
    """The learner (new if this browser has none) enrolled in the course; True if newly enrolled."""
    if learner is None:
        learner = SelfPacedLearner.objects.create()
    if Enrollment.objects.filter(course=course, learner_key=learner.learner_key).exists():
        return learner, False
    Enrollment.objects.for_learner(course, learner.learner_key)
    _count(course, "started")
    return learner, True


def is_self_paced(learner_key: uuid.UUID) -> bool:
    return SelfPacedLearner.objects.filter(learner_key=learner_key).exists()


def record_finished(enrollment: Enrollment) -> None:
    """Called once, when a self-paced enrolment is completed."""
    _count(enrollment.course, "finished")


# --- Resume codes -----------------------------------------------------------------------------------


def _code_key() -> bytes:
    # A key of its own, derived like the access codes' (IIN_HASH_KEY, so SECRET_KEY can rotate).
    return hashlib.sha256(b"otbasy.learning.resume-code:" + iin_rules.hash_key()).digest()


def hash_resume_code(code: str) -> str:
    normalised = normalise_access_code(code)
    return hmac.new(_code_key(), normalised.encode(), hashlib.sha256).hexdigest()


def issue_resume_code(learner: SelfPacedLearner) -> str:
    """A new code for the learner (shown once); an earlier one stops working."""
    for _attempt in range(5):
        code = new_access_code()
        try:
            with transaction.atomic():
                updated = SelfPacedLearner.objects.filter(pk=learner.pk).update(
                    resume_code_hash=hash_resume_code(code)
                )
        except IntegrityError:  # the same 60-bit code twice: draw again
            continue
        if updated:
            learner.resume_code_hash = hash_resume_code(code)
            return code
    raise RuntimeError("could not draw a unique resume code")


def find_by_resume_code(raw: str) -> SelfPacedLearner | None:
    """The learner whose resume code this is (any case, dashes or spaces), else None."""
    normalised = normalise_access_code(raw)
    if not is_access_code(normalised):
        return None
    digest = hash_resume_code(normalised)
    learner = SelfPacedLearner.objects.filter(resume_code_hash=digest).first()
    if learner is None or not hmac.compare_digest(learner.resume_code_hash or "", digest):
        return None
    seen(learner)
    return learner


# --- Retention --------------------------------------------------------------------------------------


def stale_learners(days: int = RETENTION_DAYS, now: datetime.datetime | None = None):
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    return SelfPacedLearner.objects.filter(last_seen_at__lt=cutoff)


def purge_inactive(days: int = RETENTION_DAYS, now: datetime.datetime | None = None) -> int:
    """Delete learners not seen for `days` days, with their enrolments, lessons and answers.

    The monthly counts stay (they name no one). Returns how many learners were removed.
    """
    keys = list(stale_learners(days, now).values_list("learner_key", flat=True))
    with transaction.atomic():
        Enrollment.objects.filter(learner_key__in=keys).delete()
        removed, _ = SelfPacedLearner.objects.filter(learner_key__in=keys).delete()
    return removed


# --- The certificate of completion ------------------------------------------------------------------


def completion_pdf(enrollment: Enrollment, name: str, language: str) -> bytes:
    """The A4 certificate of completion: not a registry certificate, and it says so.

    `name` (optional, typed by the learner) is drawn on the page and kept nowhere.
    """
    # Imported here for start-up time, as registry_offices/pdf.py does.
    from weasyprint import HTML

    course = enrollment.course.in_language(language)
    with translation.override(language):
        html = render_to_string(
            "learning/completion_pdf.html",
            {
                "course_title": course.title,
                "name": name.strip()[:NAME_MAX_LENGTH],
                "completed_at": enrollment.completed_at,
                "study_minutes": enrollment.study_minutes,
                "language": language,
            },
        )
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
