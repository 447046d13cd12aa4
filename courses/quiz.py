"""Grading of a lesson's quiz, on the server only.

The learner's browser posts, for each question id, the ids of the choices it picked; the page never
knew which choices are correct. `grade()` compares them with the quiz block's value and returns the
score and, per question, whether it was right and the explanation to show after answering.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from wagtail.blocks import StructValue

from .blocks import (
    ANSWERS_AFTER_ATTEMPT,
    ANSWERS_AFTER_PASSING,
    DEFAULT_ATTEMPTS_PER_HOUR,
    SHOW_ANSWERS,
)


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    question: str
    correct: bool
    answered: bool
    chosen: frozenset[str]
    correct_choices: frozenset[str]
    explanation: str


@dataclass(frozen=True)
class QuizResult:
    score_percent: int
    correct_count: int
    question_count: int
    questions: list[QuestionResult] = field(default_factory=list)

    def passed(self, pass_mark_percent: int) -> bool:
        return self.score_percent >= pass_mark_percent


def _as_set(value: str | Iterable[str] | None) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset([value])
    return frozenset(str(v) for v in value)


def grade(quiz: StructValue, answers: Mapping[str, str | Iterable[str]]) -> QuizResult:
    """Score a quiz from the choice ids picked per question id.

    A question counts as correct only when exactly its correct choices were picked (no partial
    credit for multiple choice: ticking everything must not pass). Unknown ids are ignored; a
    single-choice question answered with several choices is wrong.
    """
    return grade_questions(quiz["questions"].bound_blocks, answers)


def grade_questions(children, answers: Mapping[str, str | Iterable[str]]) -> QuizResult:
    """Score a list of question blocks (a quiz's, or a course's knowledge check: each child has
    a stable `id` and a question `value`) from the choice ids picked per question id."""
    results = []
    for child in children:
        question = child.value
        choice_ids = {c.id for c in question["choices"].bound_blocks}
        correct_ids = frozenset(
            c.id for c in question["choices"].bound_blocks if c.value["correct"]
        )
        chosen = _as_set(answers.get(child.id)) & choice_ids
        if question["kind"] == "single" and len(chosen) > 1:
            is_correct = False
        else:
            is_correct = bool(chosen) and chosen == correct_ids
        results.append(
            QuestionResult(
                question_id=child.id,
                question=question["question"],
                correct=is_correct,
                answered=bool(chosen),
                chosen=chosen,
                correct_choices=correct_ids,
                explanation=question["explanation"] or "",
            )
        )
    total = len(results)
    right = sum(1 for r in results if r.correct)
    score = round(100 * right / total) if total else 0
    return QuizResult(
        score_percent=score, correct_count=right, question_count=total, questions=results
    )


def find_quiz(lesson, quiz_id: str) -> StructValue | None:
    """The quiz block of a lesson by its block id (None if the lesson has no such quiz)."""
    block = next((block for block in lesson.quizzes() if block.id == quiz_id), None)
    return block.value if block is not None else None


@dataclass(frozen=True)
class QuizPolicy:
    """What an editor set for one quiz: attempts an hour, and when the right answers show."""

    attempts_per_hour: int = DEFAULT_ATTEMPTS_PER_HOUR
    show_answers: str = ANSWERS_AFTER_PASSING

    def reveals_answers(self, passed: bool) -> bool:
        return passed or self.show_answers == ANSWERS_AFTER_ATTEMPT


def policy(quiz: StructValue) -> QuizPolicy:
    """The quiz's settings; a value stored before they existed (or emptied) gets the defaults."""
    attempts = quiz.get("attempts_per_hour")
    show = quiz.get("show_answers")
    return QuizPolicy(
        attempts_per_hour=attempts
        if isinstance(attempts, int) and attempts > 0
        else DEFAULT_ATTEMPTS_PER_HOUR,
        show_answers=show if show in dict(SHOW_ANSWERS) else ANSWERS_AFTER_PASSING,
    )
