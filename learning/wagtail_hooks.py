"""Learning's part in the admin: each partner's progress for the clerk's screens (never answers)."""

from collections import defaultdict

from wagtail import hooks

from courses.models import CoursePage, LessonPage
from registry_offices.progress import PARTNER_PROGRESS_HOOK, PartnerProgress

from .models import Enrollment, LessonCompletion


@hooks.register(PARTNER_PROGRESS_HOOK)
def partner_progress(accesses: list) -> dict[int, PartnerProgress]:
    """Lessons done of the course's live lessons, study minutes and the last request, per access:
    a query for the lessons of each course and two for the learners, however many partners."""
    if not accesses:
        return {}
    course_ids = {access.assignment.course_id for access in accesses}
    lessons: dict[int, set[int]] = defaultdict(set)
    for course in CoursePage.objects.filter(pk__in=course_ids):
        lessons[course.pk] = set(
            LessonPage.objects.child_of(course).live().values_list("pk", flat=True)
        )
    enrollments = {
        (e.course_id, e.learner_key): e
        for e in Enrollment.objects.filter(
            course_id__in=course_ids, learner_key__in=[a.learner_key for a in accesses]
        )
    }
    done: dict[int, set[int]] = defaultdict(set)
    for enrollment_id, lesson_id in LessonCompletion.objects.filter(
        enrollment__in=list(enrollments.values())
    ).values_list("enrollment_id", "lesson_id"):
        done[enrollment_id].add(lesson_id)
    result = {}
    for access in accesses:
        course_id = access.assignment.course_id
        enrollment = enrollments.get((course_id, access.learner_key))
        result[access.pk] = PartnerProgress(
            lessons_done=len(done[enrollment.pk] & lessons[course_id]) if enrollment else 0,
            lessons_total=len(lessons[course_id]),
            study_minutes=enrollment.study_minutes if enrollment else 0,
            last_activity=enrollment.last_seen_at if enrollment else None,
        )
    return result
