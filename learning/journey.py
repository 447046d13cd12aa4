"""What a learner does and what follows: finishing lessons, quizzes graded on the server, the end.

When a learner has finished every lesson and studied the course's minimum time, their enrolment is
completed (once); if they are a partner of a couple and the other partner has finished too, the
couple's certificate is issued right there, in the same transaction.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from django.db import transaction
from django.utils import timezone

from certificates.models import Certificate
from courses import quiz as quiz_rules
from courses.models import LessonPage
from registry_offices.models import CourseAssignment, PartnerAccess

from . import selfpaced
from .models import Enrollment, LessonCompletion, QuizAttempt

ATTEMPT_WINDOW = datetime.timedelta(hours=1)


def mark_lesson_done(enrollment: Enrollment, lesson: LessonPage) -> bool:
    """A lesson without a quiz is done when the learner says so; one with a quiz is not."""
    if lesson.quizzes():
        return False
    enrollment.complete_lesson(lesson)
    check_finished(enrollment)
    return True


@dataclass
class QuizOutcome:
    attempt: QuizAttempt
    result: quiz_rules.QuizResult
    pass_mark: int
    policy: quiz_rules.QuizPolicy = quiz_rules.QuizPolicy()

    @property
    def passed(self) -> bool:
        return self.attempt.passed

    @property
    def reveals_answers(self) -> bool:
        """The right answers and explanations are shown (after a pass, or if the editor allows
        them after any attempt); otherwise only which questions were wrong."""
        return self.policy.reveals_answers(self.passed)


class TooManyAttempts(Exception):
    """The quiz's attempts for this hour are used up; `retry_at` is when the next one is allowed."""

    def __init__(self, retry_at: datetime.datetime, limit: int):
        super().__init__(retry_at)
        self.retry_at = retry_at
        self.limit = limit


def check_attempts_left(
    enrollment: Enrollment,
    lesson: LessonPage,
    quiz_id: str,
    limit: int,
    now: datetime.datetime | None = None,
) -> None:
    """Raise TooManyAttempts when `limit` attempts at this quiz were made in the last hour."""
    now = now or timezone.now()
    recent = list(
        QuizAttempt.objects.filter(
            enrollment=enrollment,
            lesson=lesson,
            quiz_id=quiz_id,
            created_at__gt=now - ATTEMPT_WINDOW,
        )
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:limit]
    )
    if len(recent) >= limit:
        # The oldest of the last `limit` attempts leaves the window first.
        raise TooManyAttempts(recent[-1] + ATTEMPT_WINDOW, limit)


def submit_quiz(
    enrollment: Enrollment,
    lesson: LessonPage,
    graded_lesson: LessonPage,
    quiz_id: str,
    answers: Mapping[str, list[str]],
) -> QuizAttempt | None:
    """Grade one attempt on the server, store it with its score, and finish the lesson if passed.

    `graded_lesson` is the lesson as the learner read it (a translation keeps the block ids);
    progress is recorded against `lesson`, the lesson of the assigned course. When the lesson has
    several quizzes, the lesson is done once each of them has a passed attempt. The quiz's
    attempts an hour are enforced here, for partners and self-paced learners alike
    (TooManyAttempts).
    """
    quiz = quiz_rules.find_quiz(graded_lesson, quiz_id)
    if quiz is None:
        return None
    check_attempts_left(enrollment, lesson, quiz_id, quiz_rules.policy(quiz).attempts_per_hour)
    result = quiz_rules.grade(quiz, answers)
    attempt = QuizAttempt.objects.create(
        enrollment=enrollment,
        lesson=lesson,
        quiz_id=quiz_id,
        score_percent=result.score_percent,
        passed=result.passed(enrollment.course.pass_mark_percent),
        answers={key: sorted(value) for key, value in answers.items()},
    )
    if attempt.passed:
        quiz_ids = {block.id for block in graded_lesson.quizzes()}
        if quiz_ids <= enrollment.passed_quiz_ids(lesson):
            enrollment.complete_lesson(lesson)
            check_finished(enrollment)
    return attempt


def outcome_of(attempt: QuizAttempt, graded_lesson: LessonPage) -> QuizOutcome | None:
    """A stored attempt graded again for display (the lesson may have changed: show it as now)."""
    quiz = quiz_rules.find_quiz(graded_lesson, attempt.quiz_id)
    if quiz is None:
        return None
    return QuizOutcome(
        attempt=attempt,
        result=quiz_rules.grade(quiz, attempt.answers),
        pass_mark=attempt.enrollment.course.pass_mark_percent,
        policy=quiz_rules.policy(quiz),
    )


def check_finished(enrollment: Enrollment) -> bool:
    """Complete the enrolment when every lesson is done and the minimum time studied.

    Exactly one request completes it (a conditional UPDATE), and that one certifies the couple
    (or, for a self-paced learner, counts a finish for the editors' statistics).
    """
    if enrollment.completed_at:
        return True
    course = enrollment.course
    lesson_ids = list(LessonPage.objects.child_of(course).live().values_list("pk", flat=True))
    done = LessonCompletion.objects.filter(enrollment=enrollment, lesson_id__in=lesson_ids).count()
    if not lesson_ids or done < len(lesson_ids):
        return False
    if enrollment.study_seconds < course.min_study_minutes * 60:
        return False
    with transaction.atomic():
        if enrollment.mark_completed():
            if selfpaced.is_self_paced(enrollment.learner_key):
                selfpaced.record_finished(enrollment)
            else:
                certify_couple(enrollment)
    return True


def certify_couple(enrollment: Enrollment) -> Certificate | None:
    """A partner finished: when both partners have, the couple's certificate is issued (once).

    The assignment is locked before the other partner's progress is read, so of two partners
    finishing at the same moment the second to take the lock sees both finished.
    """
    access = PartnerAccess.objects.filter(
        learner_key=enrollment.learner_key, assignment__course_id=enrollment.course_id
    ).first()
    if access is None:  # not a couple's partner
        return None
    with transaction.atomic():
        assignment = CourseAssignment.objects.select_for_update().get(pk=access.assignment_id)
        keys = list(assignment.accesses.values_list("learner_key", flat=True))
        finished = list(
            Enrollment.objects.filter(
                course_id=assignment.course_id, learner_key__in=keys, completed_at__isnull=False
            )
        )
        if len(keys) != 2 or len(finished) != 2:
            return None
        return Certificate.objects.issue_for(assignment, study_hours=study_hours(finished))


def study_hours(enrollments: list[Enrollment]) -> Decimal:
    """What the certificate says each partner studied at least (rounded down to a tenth)."""
    least = min((e.study_seconds for e in enrollments), default=0)
    return (Decimal(least) / Decimal(3600)).quantize(Decimal("0.1"), rounding=ROUND_DOWN)
