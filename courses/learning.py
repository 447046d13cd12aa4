"""The learner's side of a course: progress, quizzes graded on the server, study time.

Callers (registry_offices' learner views) pass an opaque learner key; this module never learns who
the learner is. When a learner has finished every lesson and studied the course's minimum time,
`enrollment_finished` is sent exactly once (a conditional UPDATE decides who sends it), and
registry_offices issues the couple's certificate from its receiver.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F
from django.dispatch import Signal
from django.utils import timezone

from . import quiz as quiz_rules
from .learning_models import Enrollment, LessonCompletion, QuizAttempt
from .models import CoursePage, LessonPage

# Sent once per enrolment, with `enrollment`, when the learner has finished the course.
enrollment_finished = Signal()

# Study time: a visible lesson tab sends a heartbeat every HEARTBEAT_SECONDS; any request credits
# the time since the previous one, but never more than MAX_CREDIT_SECONDS, so a tab left open
# overnight or a closed laptop does not count as study.
HEARTBEAT_SECONDS = 30
MAX_CREDIT_SECONDS = 45


def enrollment_for(course: CoursePage, learner_key: uuid.UUID) -> Enrollment:
    """The learner's enrolment in the course, made on first use."""
    try:
        enrollment, _created = Enrollment.objects.get_or_create(
            course=course, learner_key=learner_key
        )
    except IntegrityError:  # two first requests at once (two tabs)
        enrollment = Enrollment.objects.get(course=course, learner_key=learner_key)
    return enrollment


def record_study_time(enrollment: Enrollment, now: datetime.datetime | None = None) -> int:
    """Credit the time since the learner's previous request (capped); return the seconds credited."""
    now = now or timezone.now()
    elapsed = int((now - enrollment.last_seen_at).total_seconds())
    credit = max(0, min(elapsed, MAX_CREDIT_SECONDS))
    # Conditional on last_seen_at so two concurrent requests cannot both credit the same interval.
    updated = Enrollment.objects.filter(
        pk=enrollment.pk, last_seen_at=enrollment.last_seen_at
    ).update(study_seconds=F("study_seconds") + credit, last_seen_at=now)
    if updated:
        enrollment.study_seconds += credit
        enrollment.last_seen_at = now
        return credit
    return 0


def lessons_of(course: CoursePage) -> list[LessonPage]:
    """The course's live lessons in order, with their bodies (quizzes live there)."""
    return list(LessonPage.objects.child_of(course).live().order_by("path"))


def has_quiz(lesson: LessonPage) -> bool:
    return any(block.block_type == "quiz" for block in lesson.body)


@dataclass
class Progress:
    """How far one learner is: what they and their partner may see (no answers)."""

    lessons_done: int
    lessons_total: int
    study_minutes: int
    min_study_minutes: int
    done_lesson_ids: frozenset[int]
    completed: bool

    @property
    def percent(self) -> int:
        if not self.lessons_total:
            return 0
        return round(100 * self.lessons_done / self.lessons_total)

    @property
    def minutes_left(self) -> int:
        return max(0, self.min_study_minutes - self.study_minutes)

    @property
    def all_lessons_done(self) -> bool:
        return self.lessons_total > 0 and self.lessons_done >= self.lessons_total


def progress_of(
    enrollment: Enrollment | None,
    course: CoursePage,
    lesson_ids: list[int],
    done_ids: set[int] | None = None,
) -> Progress:
    """Progress from rows already fetched (see `progress_for_many`), so pages stay at flat queries."""
    if done_ids is None:
        done_ids = (
            set(
                LessonCompletion.objects.filter(enrollment=enrollment).values_list(
                    "lesson_id", flat=True
                )
            )
            if enrollment
            else set()
        )
    done = frozenset(done_ids) & frozenset(lesson_ids)
    return Progress(
        lessons_done=len(done),
        lessons_total=len(lesson_ids),
        study_minutes=(enrollment.study_seconds // 60) if enrollment else 0,
        min_study_minutes=course.min_study_minutes,
        done_lesson_ids=done,
        completed=bool(enrollment and enrollment.completed_at),
    )


def progress_for_many(
    course: CoursePage, learner_keys: list[uuid.UUID], lesson_ids: list[int]
) -> dict[uuid.UUID, Progress]:
    """Progress of several learners (a couple) in two queries."""
    enrollments = {
        e.learner_key: e
        for e in Enrollment.objects.filter(course=course, learner_key__in=learner_keys)
    }
    done: dict[int, set[int]] = {}
    for enrollment_id, lesson_id in LessonCompletion.objects.filter(
        enrollment__in=list(enrollments.values())
    ).values_list("enrollment_id", "lesson_id"):
        done.setdefault(enrollment_id, set()).add(lesson_id)
    return {
        key: progress_of(
            enrollments.get(key),
            course,
            lesson_ids,
            done.get(enrollments[key].pk, set()) if key in enrollments else set(),
        )
        for key in learner_keys
    }


def _complete_lesson(enrollment: Enrollment, lesson: LessonPage) -> None:
    try:
        with transaction.atomic():
            LessonCompletion.objects.get_or_create(enrollment=enrollment, lesson=lesson)
    except IntegrityError:  # already recorded by a concurrent request
        pass


def mark_lesson_done(enrollment: Enrollment, lesson: LessonPage) -> bool:
    """A lesson without a quiz is done when the learner says so; one with a quiz is not."""
    if has_quiz(lesson):
        return False
    _complete_lesson(enrollment, lesson)
    check_finished(enrollment)
    return True


@dataclass
class QuizOutcome:
    attempt: QuizAttempt
    result: quiz_rules.QuizResult
    pass_mark: int

    @property
    def passed(self) -> bool:
        return self.attempt.passed


def submit_quiz(
    enrollment: Enrollment,
    lesson: LessonPage,
    graded_lesson: LessonPage,
    quiz_id: str,
    answers: Mapping[str, list[str]],
) -> QuizOutcome | None:
    """Grade one attempt on the server, store it with its score, and finish the lesson if passed.

    `graded_lesson` is the lesson as the learner read it (a translation keeps the block ids);
    progress is recorded against `lesson`, the lesson of the assigned course. When the lesson has
    several quizzes, the lesson is done once each of them has a passed attempt.
    """
    quiz = quiz_rules.find_quiz(graded_lesson, quiz_id)
    if quiz is None:
        return None
    result = quiz_rules.grade(quiz, answers)
    pass_mark = enrollment.course.pass_mark_percent
    attempt = QuizAttempt.objects.create(
        enrollment=enrollment,
        lesson=lesson,
        quiz_id=quiz_id,
        score_percent=result.score_percent,
        passed=result.passed(pass_mark),
        answers={key: sorted(value) for key, value in answers.items()},
    )
    if attempt.passed:
        quiz_ids = {block.id for block in graded_lesson.body if block.block_type == "quiz"}
        passed_ids = set(
            QuizAttempt.objects.filter(enrollment=enrollment, lesson=lesson, passed=True)
            .values_list("quiz_id", flat=True)
            .distinct()
        )
        if quiz_ids <= passed_ids:
            _complete_lesson(enrollment, lesson)
            check_finished(enrollment)
    return QuizOutcome(attempt=attempt, result=result, pass_mark=pass_mark)


def check_finished(enrollment: Enrollment) -> bool:
    """Mark the enrolment completed when every lesson is done and the minimum time studied.

    The UPDATE ... WHERE completed_at IS NULL lets exactly one request win, and only the winner
    sends `enrollment_finished` (after the transaction commits, so receivers see the rows).
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
    now = timezone.now()
    won = Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(
        completed_at=now
    )
    enrollment.completed_at = now
    if won:
        transaction.on_commit(
            lambda: enrollment_finished.send(sender=Enrollment, enrollment=enrollment)
        )
    return True


def translated_lessons(
    lessons: list[LessonPage], language: str, defer_body: bool = False
) -> dict[int, LessonPage]:
    """Each lesson's live translation in `language` (the lesson itself where none), in one query."""
    keys = [lesson.translation_key for lesson in lessons]
    pages = LessonPage.objects.live().filter(
        translation_key__in=keys, locale__language_code=language
    )
    if defer_body:
        pages = pages.defer("body")
    found = {page.translation_key: page for page in pages}
    return {lesson.pk: found.get(lesson.translation_key, lesson) for lesson in lessons}


def translated_course(course: CoursePage, language: str) -> CoursePage:
    if course.locale.language_code == language:
        return course
    return (
        CoursePage.objects.live()
        .filter(translation_key=course.translation_key, locale__language_code=language)
        .first()
        or course
    )
