"""Who the pupil is (a row id in their own browser session, no account) and what their page shows.

The browser session holds the pupil's id and the class session's id only, never the nickname.
A pupil sees their own answers and, once the teacher reveals them, the right ones; nobody's else.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest

from courses.blocks import public_question
from courses.models import LessonPage

from .models import ClassSession, Pupil, PupilAnswer

SESSION_KEY = "classroom.pupil"


@dataclass
class Seat:
    """The class session this browser joined, and its pupil (None once the session closed and
    the pupil was deleted)."""

    session: ClassSession
    pupil: Pupil | None


def current_seat(request: HttpRequest) -> Seat | None:
    stored = request.session.get(SESSION_KEY)
    if not isinstance(stored, dict):
        return None
    session = ClassSession.objects.select_related("lesson").filter(pk=stored.get("session")).first()
    if session is None:
        forget(request)
        return None
    if session.closed_at is None and not session.is_open:
        session.close()  # a day has passed: nicknames and answers go now, not at the next purge
    pupil = session.pupils.filter(pk=stored.get("pupil")).first()
    if pupil is None and session.is_open:
        forget(request)
        return None
    return Seat(session, pupil)


def seat(request: HttpRequest, pupil: Pupil) -> None:
    request.session.cycle_key()
    request.session[SESSION_KEY] = {"session": pupil.session_id, "pupil": pupil.pk}


def forget(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)


def quizzes_for(shown: LessonPage, pupil: Pupil | None, revealed: bool) -> list[dict]:
    """Each quiz of the lesson as this pupil sees it: the questions and choices; after answering,
    their own choices; after the teacher's reveal, which were right and why."""
    answers = (
        {answer.quiz_id: answer for answer in PupilAnswer.objects.filter(pupil=pupil)}
        if pupil is not None
        else {}
    )
    quizzes = []
    for block in shown.quizzes():
        answer = answers.get(block.id)
        questions = []
        for child in block.value["questions"].bound_blocks:
            question = {"id": child.id, **public_question(child.value)}
            chosen = set(answer.answers.get(child.id, [])) if answer else set()
            correct_ids = {c.id for c in child.value["choices"].bound_blocks if c.value["correct"]}
            for choice in question["choices"]:
                choice["chosen"] = choice["id"] in chosen
                choice["correct"] = revealed and choice["id"] in correct_ids
            if answer is not None and revealed:
                question["answered_right"] = child.id in answer.correct_questions
                question["explanation"] = child.value["explanation"] or ""
            questions.append(question)
        quizzes.append(
            {
                "id": block.id,
                "title": block.value["title"],
                "intro": block.value["intro"],
                "questions": questions,
                "answered": answer is not None,
                "right": len(answer.correct_questions) if answer else 0,
                "total": len(questions),
            }
        )
    return quizzes
