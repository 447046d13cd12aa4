"""What a learner has done in a course: enrolment, finished lessons, quiz attempts, study time.

A learner is only an opaque key (a UUID): courses knows nothing of couples, offices or access codes
(registry_offices owns those and passes the key in). Progress is kept against the lessons of the
course that was assigned (its source language); the learner may read them in any translation.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrollment(models.Model):
    """One learner in one course: when they started and finished, and how long they studied."""

    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="enrollments",
        verbose_name=_("course"),
    )
    learner_key = models.UUIDField(_("learner key"), db_index=True)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    last_seen_at = models.DateTimeField(_("last seen at"), default=timezone.now)
    study_seconds = models.PositiveIntegerField(_("study time (seconds)"), default=0)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last lesson opened"),
    )
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["course", "learner_key"], name="one_enrollment_per_learner_and_course"
            )
        ]

    def __str__(self) -> str:
        return _("Enrolment %(id)s") % {"id": self.pk}


class LessonCompletion(models.Model):
    """A lesson a learner finished: its quiz passed, or (without a quiz) marked done."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="completions")
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("lesson")
    )
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("finished lesson")
        verbose_name_plural = _("finished lessons")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "lesson"], name="one_completion_per_lesson"
            )
        ]

    def __str__(self) -> str:
        return _("Finished lesson %(id)s") % {"id": self.pk}


class QuizAttempt(models.Model):
    """One submission of a lesson's quiz, graded on the server; the answers stay here."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="attempts")
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("lesson")
    )
    quiz_id = models.CharField(_("quiz block id"), max_length=64)
    score_percent = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    answers = models.JSONField(_("answers"), default=dict)
    created_at = models.DateTimeField(_("submitted at"), default=timezone.now)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return _("Quiz attempt %(id)s") % {"id": self.pk}
