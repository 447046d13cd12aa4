"""What a learner has done in a course: enrolment, finished lessons, quiz attempts, study time.

A learner is an opaque key (a UUID): a couple's partner brings it from their registry-office access.
Progress is kept against the lessons of the course that was assigned (its source language); the
learner may read them in any translation. The tables keep the names they had when these models
lived in `courses` (see migrations/0001_initial.py).
"""

from __future__ import annotations

import datetime
import uuid

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from courses.models import CoursePage, LessonPage

# Study time: a visible lesson tab sends a heartbeat every HEARTBEAT_SECONDS; any request credits
# the time since the previous one, but never more than MAX_CREDIT_SECONDS, so a tab left open
# overnight or a closed laptop does not count as study.
HEARTBEAT_SECONDS = 30
MAX_CREDIT_SECONDS = 45


class EnrollmentQuerySet(models.QuerySet):
    def for_learner(self, course: CoursePage, learner_key: uuid.UUID) -> Enrollment:
        """The learner's enrolment in the course, made on first use (a plain read after that)."""
        found = self.filter(course=course, learner_key=learner_key).first()
        if found is not None:
            return found
        try:
            with transaction.atomic():
                enrollment, _created = self.get_or_create(course=course, learner_key=learner_key)
        except IntegrityError:  # two first requests at once (two tabs)
            enrollment = self.get(course=course, learner_key=learner_key)
        return enrollment


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

    objects = EnrollmentQuerySet.as_manager()

    class Meta:
        db_table = "courses_enrollment"
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["course", "learner_key"], name="one_enrollment_per_learner_and_course"
            )
        ]

    def __str__(self) -> str:
        return _("Enrolment %(id)s") % {"id": self.pk}

    def record_study_time(
        self, now: datetime.datetime | None = None, *, opened: LessonPage | None = None
    ) -> int:
        """Credit the time since the learner's previous request (capped); return the seconds.

        `opened`: the lesson the learner is reading, remembered in the same UPDATE.
        """
        now = now or timezone.now()
        elapsed = int((now - self.last_seen_at).total_seconds())
        credit = max(0, min(elapsed, MAX_CREDIT_SECONDS))
        changes = {"study_seconds": F("study_seconds") + credit, "last_seen_at": now}
        if opened is not None:
            changes["last_lesson"] = opened
        # Conditional on last_seen_at so two concurrent requests cannot credit one interval twice.
        updated = Enrollment.objects.filter(pk=self.pk, last_seen_at=self.last_seen_at).update(
            **changes
        )
        if not updated:
            if opened is not None:
                self.opened(opened)
            return 0
        self.study_seconds += credit
        self.last_seen_at = now
        return credit

    @property
    def study_minutes(self) -> int:
        return self.study_seconds // 60

    def opened(self, lesson: LessonPage) -> None:
        """Remember the lesson the learner is reading ("Continue" starts there)."""
        Enrollment.objects.filter(pk=self.pk).update(last_lesson=lesson)

    def complete_lesson(self, lesson: LessonPage) -> None:
        """Record a finished lesson; a second call (or a concurrent request) changes nothing."""
        try:
            with transaction.atomic():
                LessonCompletion.objects.get_or_create(enrollment=self, lesson=lesson)
        except IntegrityError:
            pass

    def passed_quiz_ids(self, lesson: LessonPage) -> set[str]:
        return set(
            self.attempts.filter(lesson=lesson, passed=True)
            .values_list("quiz_id", flat=True)
            .distinct()
        )

    def mark_completed(self) -> bool:
        """Completed now, exactly once: the UPDATE ... WHERE completed_at IS NULL lets one win."""
        now = timezone.now()
        won = Enrollment.objects.filter(pk=self.pk, completed_at__isnull=True).update(
            completed_at=now
        )
        if won:
            self.completed_at = now
        return bool(won)


class LessonCompletion(models.Model):
    """A lesson a learner finished: its quiz passed, or (without a quiz) marked done."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="completions")
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("lesson")
    )
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        db_table = "courses_lessoncompletion"
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
        db_table = "courses_quizattempt"
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return _("Quiz attempt %(id)s") % {"id": self.pk}


class SelfPacedLearner(models.Model):
    """Someone taking an open course without a code: a browser, not a person.

    Nothing personal is kept: the learner key (their enrolments, finished lessons and quiz
    attempts use it, as a partner's do), when they came and were last seen, and the keyed hash of
    the resume code they may ask for to continue on another device.
    """

    learner_key = models.UUIDField(
        _("learner key"), default=uuid.uuid4, unique=True, editable=False
    )
    created_at = models.DateTimeField(_("started at"), default=timezone.now)
    last_seen_at = models.DateTimeField(_("last seen at"), default=timezone.now, db_index=True)
    resume_code_hash = models.CharField(
        _("resume code (keyed hash)"), max_length=64, null=True, blank=True, unique=True
    )

    class Meta:
        verbose_name = _("self-paced learner")
        verbose_name_plural = _("self-paced learners")

    def __str__(self) -> str:
        return _("Self-paced learner %(id)s") % {"id": self.pk}


class SelfPacedCount(models.Model):
    """Anonymous counts per course and month (started, finished): what the editors' statistics
    show, and what stays when the learners' own rows are purged."""

    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("course"),
    )
    month = models.DateField(_("month"))
    started = models.PositiveIntegerField(pgettext_lazy("learners who", "started"), default=0)
    finished = models.PositiveIntegerField(_("finished"), default=0)

    class Meta:
        verbose_name = _("self-paced learning count")
        verbose_name_plural = _("self-paced learning counts")
        ordering = ["-month", "course_id"]
        constraints = [
            models.UniqueConstraint(fields=["course", "month"], name="one_count_per_course_month")
        ]

    def __str__(self) -> str:
        return f"{self.course_id} {self.month:%Y-%m}"


class KnowledgeCheck(models.Model):
    """A learner's score at the course's knowledge check, before the first lesson or after the
    last. One of each per enrolment: the first counts, so a retake cannot inflate the gain. The
    answers themselves are not kept, only the score."""

    class Phase(models.TextChoices):
        BEFORE = "before", _("Before the course")
        AFTER = "after", _("After the course")

    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="knowledge_checks"
    )
    phase = models.CharField(_("when"), max_length=6, choices=Phase.choices)
    score_percent = models.PositiveSmallIntegerField(_("score (%)"))
    correct_count = models.PositiveSmallIntegerField(_("right answers"))
    question_count = models.PositiveSmallIntegerField(_("questions"))
    created_at = models.DateTimeField(_("taken at"), default=timezone.now)

    class Meta:
        verbose_name = _("knowledge check")
        verbose_name_plural = _("knowledge checks")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "phase"], name="one_knowledge_check_per_phase"
            )
        ]

    def __str__(self) -> str:
        return _("Knowledge check %(id)s") % {"id": self.pk}


class FeedbackMissing(models.TextChoices):
    """What a learner found missing from the course (any number of them)."""

    EXAMPLES = "examples", _("More real-life examples")
    MONEY = "money", _("Money and the household")
    CHILDREN = "children", _("Raising children")
    CONFLICT = "conflict", _("Handling conflict")
    LAW = "law", _("Rights and the law")
    HELP = "help", _("Where to get help")


class Feedback(models.Model):
    """One anonymous answer to the survey after the course.

    Not linked to the learner: only course, office, month and language are kept; a random id and
    no time of day, so it cannot be matched to the receipt that stops a second answer. The comment
    is stored only after phone numbers, e-mails, IINs and the application's names were removed.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("course")
    )
    office = models.ForeignKey(
        "registry_offices.RegistryOffice",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registry office"),
    )
    month = models.DateField(_("month"))
    language = models.CharField(_("language"), max_length=2)
    usefulness = models.PositiveSmallIntegerField(_("usefulness (1-5)"))
    clarity = models.PositiveSmallIntegerField(_("clarity (1-5)"))
    would_recommend = models.BooleanField(_("would recommend it"))
    missing = models.JSONField(_("what was missing"), default=list, blank=True)
    comment = models.TextField(_("comment (personal data removed)"), blank=True)

    class Meta:
        verbose_name = _("course feedback")
        verbose_name_plural = _("course feedback")
        ordering = ["-month"]

    def __str__(self) -> str:
        return _("Feedback of %(month)s") % {"month": f"{self.month:%Y-%m}"}


class FeedbackReceipt(models.Model):
    """That a learner has answered the survey (and nothing of what they said)."""

    enrollment = models.OneToOneField(
        Enrollment, on_delete=models.CASCADE, related_name="feedback_receipt"
    )

    class Meta:
        verbose_name = _("feedback receipt")
        verbose_name_plural = _("feedback receipts")

    def __str__(self) -> str:
        return _("Feedback receipt %(id)s") % {"id": self.pk}
