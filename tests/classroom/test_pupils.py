"""The pupil's pages: joining, answering, seeing only their own answers, reveal, closed, limits."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from classroom import views
from classroom.models import ClassSession, Pupil, PupilAnswer

from .conftest import answer_all, join

pytestmark = pytest.mark.django_db


def test_a_pupil_joins_with_the_code_and_a_nickname_only(client, class_session):
    response = join(client, class_session.code.lower(), "  Aruzhan  ")
    assert response.status_code == 302 and response["Location"] == "/kk/class/lesson/"
    pupil = Pupil.objects.get()
    assert pupil.nickname == "Aruzhan" and pupil.session == class_session
    page = client.get("/kk/class/lesson/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Aruzhan" in text and class_session.lesson.title in text
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]
    # Nothing personal in the browser session: the ids only.
    assert set(client.session["classroom.pupil"]) == {"session", "pupil"}


@pytest.mark.parametrize("nickname", ["A", "x" * 31, "   ", "tab\there\x00"])
def test_a_nickname_is_length_limited_and_printable(client, class_session, nickname):
    response = join(client, class_session.code, nickname, language="en")
    assert response.status_code == 400
    assert not Pupil.objects.exists()


def test_a_nickname_is_shown_escaped(client, class_session, teacher_client):
    join(client, class_session.code, "<b>Timur</b>")
    page = client.get("/kk/class/lesson/").content.decode()
    assert "&lt;b&gt;Timur&lt;/b&gt;" in page and "<b>Timur</b>" not in page
    presenter = teacher_client.get(f"/admin/class-sessions/{class_session.pk}/").content.decode()
    assert "&lt;b&gt;Timur&lt;/b&gt;" in presenter and "<b>Timur</b>" not in presenter


def test_a_wrong_code_says_so_in_the_pupils_language(client, class_session):
    response = join(client, "ACDEFG" if class_session.code != "ACDEFG" else "ACDEFH", "Dana", "ru")
    assert response.status_code == 400
    assert "Нет класса с таким кодом" in response.content.decode()
    response = join(client, "12", "Dana", "en")
    assert "A class code has six letters and digits." in response.content.decode()


@pytest.mark.parametrize(
    "language, message",
    [
        ("kk", "Бұл сабақ сессиясы аяқталды."),
        ("ru", "Это занятие закончилось."),
        ("en", "This class session has ended."),
    ],
)
def test_a_closed_session_says_so_in_the_pupils_language(client, class_session, language, message):
    class_session.close()
    response = join(client, class_session.code, "Dana", language)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_an_expired_session_says_so_and_is_closed_on_the_spot(client, class_session):
    join(client, class_session.code, "Dana", "ru")
    ClassSession.objects.filter(pk=class_session.pk).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    page = client.get("/ru/class/lesson/")
    assert page.status_code == 200
    assert "Это занятие закончилось" in page.content.decode()
    assert not Pupil.objects.exists()
    assert ClassSession.objects.get(pk=class_session.pk).closed_at is not None


def test_answers_are_graded_on_the_server_and_kept_once(client, class_session, school_lesson):
    join(client, class_session.code, "Dana")
    response, quiz_id = answer_all(client, school_lesson, right=True)
    assert response.status_code == 302
    assert response["Location"] == f"/kk/class/lesson/#quiz-{quiz_id}"
    stored = PupilAnswer.objects.get()
    assert len(stored.correct_questions) == 2
    answer_all(client, school_lesson, right=False)  # a second post changes nothing
    assert PupilAnswer.objects.get().correct_questions == stored.correct_questions
    page = client.get("/kk/class/lesson/").content.decode()
    assert "class-sent" in page  # sent, waiting for the teacher
    assert "is-correct" not in page


def test_pupils_see_their_own_answers_only_and_the_right_ones_after_reveal(
    class_session, school_lesson
):
    dana, timur = Client(), Client()
    join(dana, class_session.code, "Dana", "en")
    join(timur, class_session.code, "Timur", "en")
    answer_all(dana, school_lesson, right=True, language="en")
    answer_all(timur, school_lesson, right=False, language="en")

    class_session.reveal()
    page = timur.get("/en/class/lesson/").content.decode()
    assert "Dana" not in page
    assert "0 of 2 right" in page
    assert "is-correct" in page and "right answer" in page
    assert "The listener repeats what they heard in their own words." in page
    assert "2 of 2 right" in dana.get("/en/class/lesson/").content.decode()


def test_the_pupils_page_polls_the_state(client, class_session):
    join(client, class_session.code, "Dana")
    assert client.get("/kk/class/state/").json() == {
        "open": True,
        "revealed": False,
        "joined": True,
    }
    class_session.reveal()
    assert client.get("/kk/class/state/").json()["revealed"] is True
    class_session.close()
    assert client.get("/kk/class/state/").json()["open"] is False
    assert Client().get("/kk/class/state/").json()["joined"] is False


def test_after_the_close_the_pupil_sees_that_it_ended_and_may_join_another(
    client, class_session, teacher, school_lesson
):
    join(client, class_session.code, "Dana", "en")
    class_session.close()
    page = client.get("/en/class/lesson/")
    assert "This class session has ended" in page.content.decode()
    assert client.get("/en/class/").status_code == 200  # the form again, not the old class
    other = ClassSession.objects.start(teacher, school_lesson)
    assert join(client, other.code, "Dana", "en").status_code == 302


def test_joining_is_rate_limited_with_the_translated_page(client, class_session, settings):
    for _ in range(views.JOIN_LIMIT):
        join(client, "QQQQQQ", "Dana", "ru")
    response = join(client, class_session.code, "Dana", "ru")
    assert response.status_code == 429
    assert response["Retry-After"] == str(views.JOIN_WINDOW_SECONDS)
    assert "Слишком много попыток" in response.content.decode()
    assert not Pupil.objects.exists()


def test_pupil_pages_are_never_whole_page_cached(client, class_session):
    first = Client().get("/kk/class/")
    assert "no-store" in first["Cache-Control"]
    assert first.get("X-Page-Cache") != "hit"
    assert Client().get("/kk/class/").get("X-Page-Cache") != "hit"


def test_without_joining_the_lesson_page_sends_to_the_form(client):
    response = client.get("/kk/class/lesson/")
    assert response.status_code == 302 and response["Location"] == "/kk/class/"
    assert client.post("/kk/class/quiz/x/").status_code == 302


def test_after_the_reveal_answers_are_no_longer_taken(client, class_session, school_lesson):
    join(client, class_session.code, "Late", "en")
    class_session.reveal()
    response, _quiz_id = answer_all(client, school_lesson, language="en")
    assert response.status_code == 302
    assert not PupilAnswer.objects.exists()
    page = client.get("/en/class/lesson/").content.decode()
    assert "answers are no longer taken" in page and "is-correct" in page
    assert 'type="radio"' not in page
