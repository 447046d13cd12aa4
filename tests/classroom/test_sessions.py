"""Class sessions as models: join codes, counts, closing, expiry and the purge command."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from classroom.codes import JOIN_CODE_LENGTH, is_join_code, new_join_code, normalise_join_code
from classroom.models import ClassSession, Pupil, PupilAnswer, QuestionTally
from registry_offices.codes import CODE_ALPHABET

pytestmark = pytest.mark.django_db


def _answer(session, nickname, quiz_id, answers, right):
    pupil = Pupil.objects.create(session=session, nickname=nickname)
    PupilAnswer.objects.create(
        pupil=pupil, quiz_id=quiz_id, answers=answers, correct_questions=right
    )
    return pupil


def test_join_codes_are_short_random_and_typed_any_way():
    codes = {new_join_code() for _ in range(200)}
    assert len(codes) > 195
    for code in codes:
        assert len(code) == JOIN_CODE_LENGTH and set(code) <= set(CODE_ALPHABET)
        assert is_join_code(normalise_join_code(code.lower()[:3] + " - " + code[3:]))
    assert not is_join_code("ABC0O1")  # look-alikes are not in the alphabet
    assert not is_join_code("ACD")


def test_a_session_lives_a_day_with_its_own_code(class_session, teacher, school_lesson):
    other = ClassSession.objects.start(teacher, school_lesson)
    assert other.code != class_session.code
    assert class_session.is_open
    assert class_session.expires_at - class_session.started_at == dt.timedelta(hours=24)


def test_counts_per_question_and_choice_without_names(class_session):
    quiz = class_session.lesson.quizzes()[0]
    q1, q2 = [child for child in quiz.value["questions"].bound_blocks]
    right1 = next(c.id for c in q1.value["choices"].bound_blocks if c.value["correct"])
    wrong1 = next(c.id for c in q1.value["choices"].bound_blocks if not c.value["correct"])
    _answer(class_session, "Aruzhan", quiz.id, {q1.id: [right1]}, [q1.id])
    _answer(class_session, "Timur", quiz.id, {q1.id: [wrong1], q2.id: [wrong1]}, [])
    tallies = class_session.tallies()[quiz.id]
    assert tallies[q1.id] == {"answered": 2, "correct": 1, "choices": {right1: 1, wrong1: 1}}
    assert tallies[q2.id]["answered"] == 1
    assert "Aruzhan" not in str(tallies)


def test_closing_deletes_pupils_and_answers_and_keeps_the_counts(class_session):
    quiz = class_session.lesson.quizzes()[0]
    q1 = quiz.value["questions"].bound_blocks[0]
    right1 = next(c.id for c in q1.value["choices"].bound_blocks if c.value["correct"])
    for name in ("Aruzhan", "Timur", "Dana"):
        _answer(class_session, name, quiz.id, {q1.id: [right1]}, [q1.id])
    before = class_session.tallies()

    class_session.close()
    class_session.close()  # twice is harmless

    class_session.refresh_from_db()
    assert not class_session.is_open and class_session.pupil_count == 3
    assert not Pupil.objects.exists() and not PupilAnswer.objects.exists()
    assert QuestionTally.objects.filter(session=class_session).count() == 1
    assert class_session.tallies() == before
    assert class_session.tallies()[quiz.id][q1.id]["choices"] == {right1: 3}


def test_purge_closes_sessions_a_day_old_only(class_session, teacher, school_lesson):
    fresh = ClassSession.objects.start(teacher, school_lesson)
    Pupil.objects.create(session=class_session, nickname="Old")
    Pupil.objects.create(session=fresh, nickname="New")
    ClassSession.objects.filter(pk=class_session.pk).update(
        started_at=timezone.now() - dt.timedelta(hours=25),
        expires_at=timezone.now() - dt.timedelta(hours=1),
    )
    out = io.StringIO()
    call_command("purge_class_sessions", stdout=out)
    assert "Closed 1 expired class session(s)" in out.getvalue()
    class_session.refresh_from_db()
    assert class_session.closed_at is not None and class_session.pupil_count == 1
    assert list(Pupil.objects.values_list("nickname", flat=True)) == ["New"]
    assert ClassSession.objects.get(pk=fresh.pk).is_open
