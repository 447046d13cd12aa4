"""How far learners are: what a partner and their partner may see of each other, and what the
clerk's screens show of each partner (never answers). The one place progress is computed."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from courses.models import CoursePage, LessonPage
from registry_offices.progress import PartnerProgress

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


def _done_lessons(enrollments: list[Enrollment]) -> dict[int, set[int]]:
    """The ids of the lessons each enrolment finished, in one query."""
    done: dict[int, set[int]] = defaultdict(set)
    for enrollment_id, lesson_id in LessonCompletion.objects.filter(
        enrollment__in=enrollments
    ).values_list("enrollment_id", "lesson_id"):
        done[enrollment_id].add(lesson_id)
    return done


def progress_for_many(
    course: CoursePage, learner_keys: list[uuid.UUID], lesson_ids: list[int]
) -> dict[uuid.UUID, Progress]:
    """Progress of several learners (a couple) in two queries."""
    enrollments = {
        e.learner_key: e
        for e in Enrollment.objects.filter(course=course, learner_key__in=learner_keys)
    }
    done = _done_lessons(list(enrollments.values()))
    result = {}
    for key in learner_keys:
        enrollment = enrollments.get(key)
        done_ids = done[enrollment.pk] if enrollment else set()
        result[key] = progress_of(enrollment, course, lesson_ids, done_ids)
    return result


def partners_progress(accesses: list) -> dict[int, PartnerProgress]:
    """What the clerk's screens show per partner access (of any courses): lessons done of the
    course's live lessons, study minutes and the last request. A query for the lessons of each
    course and two for the learners, however many partners."""
    if not accesses:
        return {}
    course_ids = {access.assignment.course_id for access in accesses}
    courses = {course.pk: course for course in CoursePage.objects.filter(pk__in=course_ids)}
    lessons = {
        pk: list(LessonPage.objects.child_of(course).live().values_list("pk", flat=True))
        for pk, course in courses.items()
    }
    enrollments = {
        (e.course_id, e.learner_key): e
        for e in Enrollment.objects.filter(
            course_id__in=course_ids, learner_key__in=[a.learner_key for a in accesses]
        )
    }
    done = _done_lessons(list(enrollments.values()))
    result = {}
    for access in accesses:
        course_id = access.assignment.course_id
        enrollment = enrollments.get((course_id, access.learner_key))
        done_ids = done[enrollment.pk] if enrollment else set()
        progress = progress_of(enrollment, courses[course_id], lessons[course_id], done_ids)
        result[access.pk] = PartnerProgress(
            lessons_done=progress.lessons_done,
            lessons_total=progress.lessons_total,
            study_minutes=progress.study_minutes,
            last_activity=enrollment.last_seen_at if enrollment else None,
        )
    return result
