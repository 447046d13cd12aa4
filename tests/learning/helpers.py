"""Make a finished couple quickly (without going through the pages)."""

from django.utils import timezone

from courses.learning import enrollment_for, lessons_of
from courses.learning_models import LessonCompletion


def finish_partner(access, course) -> None:
    """Record every lesson of the course as done for one partner and mark them finished."""
    enrollment = enrollment_for(course, access.learner_key)
    LessonCompletion.objects.bulk_create(
        [LessonCompletion(enrollment=enrollment, lesson=lesson) for lesson in lessons_of(course)],
        ignore_conflicts=True,
    )
    enrollment.study_seconds = 1800
    enrollment.completed_at = timezone.now()
    enrollment.save()
