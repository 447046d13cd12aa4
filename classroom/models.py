"""A class session, its pupils and their answers, and the anonymous counts kept after it.

Pupils have no account: a nickname and their answers, tied to one session. Both are deleted when
the teacher closes the session or, at the latest, a day after it started (`purge_class_sessions`);
what stays is a tally per question (how many answered, how many right, how many picked each
choice), with no name in it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import LessonPage

from .codes import new_join_code

SESSION_HOURS = 24
NICKNAME_MIN = 2
NICKNAME_MAX = 30


class ClassSessionQuerySet(models.QuerySet):
    def of_teacher(self, user) -> ClassSessionQuerySet:
        """A teacher sees and closes their own sessions only (administrators included)."""
        return self.filter(teacher=user) if user.is_authenticated else self.none()

    def expired_open(self) -> ClassSessionQuerySet:
        return self.filter(closed_at__isnull=True, expires_at__lte=timezone.now())


class ClassSessionManager(models.Manager.from_queryset(ClassSessionQuerySet)):
    def start(self, teacher, lesson: LessonPage) -> ClassSession:
        """A new session with a join code no other session has."""
        now = timezone.now()
        for _attempt in range(10):
            try:
                with transaction.atomic():
                    return self.create(
                        teacher=teacher,
                        lesson=lesson,
                        code=new_join_code(),
                        started_at=now,
                        expires_at=now + dt.timedelta(hours=SESSION_HOURS),
                    )
            except IntegrityError:  # the code was taken: draw again
                continue
        raise RuntimeError("no free join code")


class ClassSession(models.Model):
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("teacher"),
        on_delete=models.CASCADE,
        related_name="class_sessions",
    )
    lesson = models.ForeignKey(
        LessonPage, verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="+"
    )
    code = models.CharField(_("join code"), max_length=12, unique=True)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    revealed_at = models.DateTimeField(_("answers revealed"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    pupil_count = models.PositiveIntegerField(
        _("pupils"), default=0, help_text=_("How many pupils had joined when it closed.")
    )

    objects = ClassSessionManager()

    class Meta:
        verbose_name = _("class session")
        verbose_name_plural = _("class sessions")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.lesson.title} ({self.started_at:%Y-%m-%d %H:%M})"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None and timezone.now() < self.expires_at

    @property
    def revealed(self) -> bool:
        return self.revealed_at is not None

    @property
    def answers_shown(self) -> bool:
        """On the teacher's screen: after the reveal, and once the session is over."""
        return self.revealed or self.closed_at is not None

    def reveal(self) -> None:
        if self.revealed_at is None and self.is_open:
            self.revealed_at = timezone.now()
            self.save(update_fields=["revealed_at"])

    @transaction.atomic
    def close(self) -> None:
        """Keep the counts, delete the nicknames and answers. Safe to call twice: a closed
        session has no pupils left and keeps the tallies made when it closed."""
        session = ClassSession.objects.select_for_update().get(pk=self.pk)
        if session.closed_at is None:
            live = live_tallies(session)
            QuestionTally.objects.bulk_create(
                QuestionTally(
                    session=session,
                    quiz_id=quiz_id,
                    question_id=question_id,
                    answered=tally["answered"],
                    correct=tally["correct"],
                    choices=tally["choices"],
                )
                for quiz_id, questions in live.items()
                for question_id, tally in questions.items()
            )
            session.pupil_count = session.pupils.count()
            session.closed_at = timezone.now()
            session.save(update_fields=["pupil_count", "closed_at"])
        session.pupils.all().delete()  # their answers go with them (cascade)
        self.closed_at, self.pupil_count = session.closed_at, session.pupil_count

    def tallies(self) -> dict[str, dict[str, dict]]:
        """{quiz id: {question id: {"answered", "correct", "choices": {choice id: n}}}}: from the
        answers while open, from the kept counts once closed."""
        if self.closed_at is None:
            return live_tallies(self)
        kept: dict[str, dict[str, dict]] = defaultdict(dict)
        for tally in self.tallies_kept.all():
            kept[tally.quiz_id][tally.question_id] = {
                "answered": tally.answered,
                "correct": tally.correct,
                "choices": dict(tally.choices),
            }
        return dict(kept)


def live_tallies(session: ClassSession) -> dict[str, dict[str, dict]]:
    counts: dict[str, dict[str, dict]] = defaultdict(dict)
    for answer in PupilAnswer.objects.filter(pupil__session=session).only(
        "quiz_id", "answers", "correct_questions"
    ):
        for question_id, chosen in answer.answers.items():
            tally = counts[answer.quiz_id].setdefault(
                question_id, {"answered": 0, "correct": 0, "choices": {}}
            )
            tally["answered"] += 1
            tally["correct"] += int(question_id in answer.correct_questions)
            for choice_id in chosen:
                tally["choices"][choice_id] = tally["choices"].get(choice_id, 0) + 1
    return dict(counts)


class Pupil(models.Model):
    """A pupil in one session: a first name or nickname, nothing else."""

    session = models.ForeignKey(ClassSession, on_delete=models.CASCADE, related_name="pupils")
    nickname = models.CharField(_("nickname"), max_length=NICKNAME_MAX)
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("pupil")
        verbose_name_plural = _("pupils")
        ordering = ["joined_at", "pk"]

    def __str__(self) -> str:
        return self.nickname


class PupilAnswer(models.Model):
    """A pupil's answer to one quiz of the lesson, graded on the server; one per quiz."""

    pupil = models.ForeignKey(Pupil, on_delete=models.CASCADE, related_name="answers")
    quiz_id = models.CharField(max_length=64)
    answers = models.JSONField(default=dict)  # {question id: [choice id, …]}
    correct_questions = models.JSONField(default=list)
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("pupil's answer")
        verbose_name_plural = _("pupils' answers")
        constraints = [
            models.UniqueConstraint(fields=["pupil", "quiz_id"], name="one_answer_per_quiz")
        ]

    def __str__(self) -> str:
        return f"{self.pupil_id}: {self.quiz_id}"


class QuestionTally(models.Model):
    """What stays of a closed session: anonymous counts per question and choice."""

    session = models.ForeignKey(ClassSession, on_delete=models.CASCADE, related_name="tallies_kept")
    quiz_id = models.CharField(max_length=64)
    question_id = models.CharField(max_length=64)
    answered = models.PositiveIntegerField(default=0)
    correct = models.PositiveIntegerField(default=0)
    choices = models.JSONField(default=dict)  # {choice id: how many picked it}

    class Meta:
        verbose_name = _("question count")
        verbose_name_plural = _("question counts")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "quiz_id", "question_id"], name="one_tally_per_question"
            )
        ]

    def __str__(self) -> str:
        return f"{self.question_id}: {self.answered}"
