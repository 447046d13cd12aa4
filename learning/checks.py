"""The course's knowledge check, before the first lesson and after the last: learning gain.

Graded on the server like a quiz; it never blocks the course (a learner may skip it), and each
phase counts once: the first answer stands, so a retake cannot inflate the gain. The check before
is offered only until the first lesson is finished, the check after only once the course is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from courses import quiz as quiz_rules
from courses.blocks import public_question
from courses.models import CoursePage

from .forms import MAX_CHOICES_PER_QUESTION, is_choice_id
from .models import Enrollment, KnowledgeCheck, LessonCompletion

Phase = KnowledgeCheck.Phase


class CheckRefused(Exception):
    """The check cannot be taken now; the message says why, for the learner."""


@dataclass(frozen=True)
class CheckState:
    """What the course page offers: the check before, the check after, or nothing."""

    has_check: bool
    before: KnowledgeCheck | None
    after: KnowledgeCheck | None
    can_take_before: bool
    can_take_after: bool


def state(course: CoursePage, enrollment: Enrollment | None) -> CheckState:
    """Two queries at most: the learner's checks and whether a lesson is finished."""
    if not course.knowledge_check:
        return CheckState(False, None, None, False, False)
    taken = {c.phase: c for c in enrollment.knowledge_checks.all()} if enrollment else {}
    started = (
        enrollment is not None and LessonCompletion.objects.filter(enrollment=enrollment).exists()
    )
    completed = enrollment is not None and enrollment.completed_at is not None
    return CheckState(
        True,
        taken.get(Phase.BEFORE),
        taken.get(Phase.AFTER),
        can_take_before=Phase.BEFORE not in taken and not started and not completed,
        can_take_after=Phase.AFTER not in taken and completed,
    )


def check_allowed(course: CoursePage, enrollment: Enrollment, phase: str) -> None:
    """Raise CheckRefused with the learner's reason when `phase` cannot be taken now."""
    if not course.knowledge_check or phase not in Phase.values:
        raise CheckRefused(_("This course has no such knowledge check."))
    current = state(course, enrollment)
    if (current.before if phase == Phase.BEFORE else current.after) is not None:
        raise CheckRefused(
            _("You have already taken this knowledge check; your first answers count.")
        )
    if phase == Phase.BEFORE and not current.can_take_before:
        raise CheckRefused(
            _(
                "The check before the course is only for before the first lesson; take the one at the end."
            )
        )
    if phase == Phase.AFTER and not current.can_take_after:
        raise CheckRefused(
            _("The check after the course opens once you have finished every lesson.")
        )


def submit(
    enrollment: Enrollment,
    shown_course: CoursePage,
    phase: str,
    answers: Mapping[str, list[str]],
) -> KnowledgeCheck:
    """Grade and store the learner's check (`shown_course`: the course in the language they read,
    whose question ids are the same). Raises CheckRefused."""
    check_allowed(enrollment.course, enrollment, phase)
    result = quiz_rules.grade_questions(list(shown_course.knowledge_check), answers)
    try:
        with transaction.atomic():
            return KnowledgeCheck.objects.create(
                enrollment=enrollment,
                phase=phase,
                score_percent=result.score_percent,
                correct_count=result.correct_count,
                question_count=result.question_count,
            )
    except IntegrityError:  # a second tab posted first: that one counts
        raise CheckRefused(
            _("You have already taken this knowledge check; your first answers count.")
        ) from None


def questions(shown_course: CoursePage) -> list[dict]:
    """The check's questions as the form shows them: never the correct flags."""
    return [
        {"id": child.id, **public_question(child.value)} for child in shown_course.knowledge_check
    ]


def posted_answers(data, shown_course: CoursePage) -> dict[str, list[str]]:
    """The choices posted for each question of the check (`q-<question id>` fields)."""
    answers = {}
    for child in shown_course.knowledge_check:
        picked = [
            v for v in data.getlist(f"q-{child.id}")[:MAX_CHOICES_PER_QUESTION] if is_choice_id(v)
        ]
        if picked:
            answers[child.id] = picked
    return answers
