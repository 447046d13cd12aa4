"""How far learners are: what a partner and their partner may see of each other (never answers)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from courses.models import CoursePage, LessonPage

from .models import Enrollment, LessonCompletion


def lessons_of(course: CoursePage) -> list[LessonPage]:
    """The course's live lessons in order, with their bodies (quizzes live there)."""
    return list(LessonPage.objects.child_of(course).live().order_by("path"))


@dataclass
class Progress:
    """How far one learner is."""

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
    enrollment: Enrollment | None, course: CoursePage, lesson_ids: list[int], done_ids: set[int]
) -> Progress:
    """Progress from rows already fetched (see `progress_for_many`), so pages stay at flat queries."""
    done = frozenset(done_ids) & frozenset(lesson_ids)
    return Progress(
        lessons_done=len(done),
        lessons_total=len(lesson_ids),
        study_minutes=enrollment.study_minutes if enrollment else 0,
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
    result = {}
    for key in learner_keys:
        enrollment = enrollments.get(key)
        done_ids = done.get(enrollment.pk, set()) if enrollment else set()
        result[key] = progress_of(enrollment, course, lesson_ids, done_ids)
    return result
