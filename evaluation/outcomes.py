"""Learning gain and feedback per office and month: the mean of what people answered, shown only
with the number of people it is taken over (privacy.shown_if)."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from learning.models import Feedback, KnowledgeCheck
from registry_offices.models import PartnerAccess

from .figures import Scope, _as_month

SELF_PACED = None  # the "office" of a self-paced learner


@dataclass
class Gain:
    people: int = 0
    total_gain: int = 0
    improved: int = 0

    @property
    def mean_gain(self) -> float | None:
        return round(self.total_gain / self.people, 1) if self.people else None

    @property
    def improved_percent(self) -> int | None:
        return round(100 * self.improved / self.people) if self.people else None


def learning_gain(scope: Scope) -> dict[tuple[int | None, datetime.date], Gain]:
    """Per (office, month of the check after): people with both checks, their gain in points.

    The first check of each phase is the only one stored, so retakes cannot move these."""
    after = KnowledgeCheck.objects.filter(
        phase=KnowledgeCheck.Phase.AFTER, created_at__gte=scope.start, created_at__lt=scope.end
    )
    if scope.course_id is not None:
        after = after.filter(enrollment__course_id=scope.course_id)
    rows = list(
        after.values_list("enrollment_id", "enrollment__learner_key", "score_percent", "created_at")
    )
    before = dict(
        KnowledgeCheck.objects.filter(
            phase=KnowledgeCheck.Phase.BEFORE, enrollment_id__in=[r[0] for r in rows]
        ).values_list("enrollment_id", "score_percent")
    )
    offices = dict(
        PartnerAccess.objects.filter(learner_key__in=[r[1] for r in rows]).values_list(
            "learner_key", "assignment__application__office_id"
        )
    )
    gains: dict[tuple[int | None, datetime.date], Gain] = defaultdict(Gain)
    for enrollment_id, key, score, created in rows:
        if enrollment_id not in before:
            continue
        office = offices.get(key, SELF_PACED)
        if scope.office_ids is not None and office not in scope.office_ids:
            continue
        gain = gains[(office, _as_month(created))]
        gain.people += 1
        gain.total_gain += score - before[enrollment_id]
        gain.improved += score > before[enrollment_id]
    return gains


@dataclass
class Scores:
    people: int = 0
    usefulness: int = 0
    clarity: int = 0
    recommend: int = 0

    def mean(self, total: int) -> float | None:
        return round(total / self.people, 1) if self.people else None


def feedback_scores(
    scope: Scope, language: str | None = None
) -> dict[tuple[int | None, datetime.date], Scores]:
    answers = Feedback.objects.filter(month__gte=scope.first, month__lte=scope.last)
    if scope.office_ids is not None:
        answers = answers.filter(office_id__in=scope.office_ids)
    if scope.course_id is not None:
        answers = answers.filter(course_id=scope.course_id)
    if language:
        answers = answers.filter(language=language)
    scores: dict[tuple[int | None, datetime.date], Scores] = defaultdict(Scores)
    for office, month, useful, clear, recommend in answers.values_list(
        "office_id", "month", "usefulness", "clarity", "would_recommend"
    ).iterator():
        entry = scores[(office, month)]
        entry.people += 1
        entry.usefulness += useful
        entry.clarity += clear
        entry.recommend += recommend
    return scores
