"""Quiz fairness: attempts an hour and when the right answers show, set per quiz by an editor and
enforced on the server for partners and self-paced learners alike."""

from __future__ import annotations

import datetime
import json

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import formats, timezone, translation

from courses import quiz as quiz_rules
from courses.blocks import ANSWERS_AFTER_ATTEMPT, ANSWERS_AFTER_PASSING, QuizBlock
from courses.models import LessonPage
from learning.models import QuizAttempt
from learning.progress import lessons_of
from tests.factories import quiz_post, sign_in

from .test_self_paced import open_course, start

pytestmark = pytest.mark.django_db

EXPLANATION_RU = "Слушающий пересказывает услышанное своими словами."


def set_quiz(lesson_page: LessonPage, **settings) -> None:
    """Change the lesson's quiz settings in every translation, as an editor's save would."""
    for page in LessonPage.objects.filter(translation_key=lesson_page.translation_key):
        raw = list(page.body.raw_data)
        for block in raw:
            if block["type"] == "quiz":
                block["value"].update(settings)
        page.body = json.dumps(raw)
        page.save()


def test_quizzes_saved_before_the_settings_read_as_the_defaults():
    value = QuizBlock().to_python({"title": "Old quiz", "intro": "", "questions": []})
    assert value["attempts_per_hour"] == 5 and value["show_answers"] == ANSWERS_AFTER_PASSING
    assert quiz_rules.policy(value) == quiz_rules.QuizPolicy(5, ANSWERS_AFTER_PASSING)
    emptied = QuizBlock().to_python(
        {"title": "Q", "questions": [], "attempts_per_hour": None, "show_answers": "unknown"}
    )
    assert quiz_rules.policy(emptied) == quiz_rules.QuizPolicy(5, ANSWERS_AFTER_PASSING)


def test_a_sixth_attempt_within_the_hour_is_refused_with_when_to_come_back(client, couple, short):
    first = lessons_of(short)[0]
    sign_in(client, couple.codes[0], "ru")
    url = reverse("learning:lesson", args=[first.pk])
    assert "Не более 5 попыток в час." in client.get(url).content.decode()
    for _ in range(5):
        client.post(url, quiz_post(first, right=False))
    refused = client.post(url, quiz_post(first, right=True), follow=True)
    html = refused.content.decode()
    # Shown again where the learner is: beside the quiz's button, the ticked answers kept.
    assert refused.status_code == 429 and 'data-testid="quiz-refused"' in html
    for name, picked in quiz_post(first, right=True).items():
        for value in picked if name.startswith("q-") else []:
            assert f'name="{name}" value="{value}" checked' in html
    assert "Вы использовали все попытки этого теста на этот час (5)" in html
    oldest = QuizAttempt.objects.order_by("created_at").first()
    retry_at = timezone.localtime(oldest.created_at + datetime.timedelta(hours=1))
    with translation.override("ru"):
        when = formats.time_format(retry_at, "TIME_FORMAT")
    assert f"Попробовать снова можно в {when};" in html
    assert QuizAttempt.objects.count() == 5 and not QuizAttempt.objects.filter(passed=True)
    # An hour after the first attempt, one more is allowed.
    QuizAttempt.objects.filter(pk=oldest.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=61)
    )
    client.post(url, quiz_post(first, right=True))
    assert QuizAttempt.objects.filter(passed=True).count() == 1


def test_the_editors_limit_binds_self_paced_learners_too(client, course_factory):
    course = open_course(course_factory(slug="open-limited"))
    first = lessons_of(course)[0]
    set_quiz(first, attempts_per_hour=2)
    start(client, course)
    url = reverse("learning:self_lesson", args=[course.pk, first.pk])
    assert "Не более 2 попыток в час." in client.get(url).content.decode()
    for _ in range(2):
        client.post(url, quiz_post(first, right=False))
    html = client.post(url, quiz_post(first), follow=True).content.decode()
    assert "Вы использовали все попытки этого теста на этот час (2)" in html
    assert QuizAttempt.objects.count() == 2
    # Another learner's attempts do not count against this one.
    other = Client()
    start(other, course)
    assert other.post(url, quiz_post(first))["Location"].startswith(f"{url}?attempt=")


def test_by_default_a_failed_attempt_shows_what_was_wrong_but_not_the_answers(
    client, couple, short
):
    first = lessons_of(short)[0]
    sign_in(client, couple.codes[0], "ru")
    url = reverse("learning:lesson", args=[first.pk])
    failed = client.post(url, quiz_post(first, right=False), follow=True).content.decode()
    assert "Неверно." in failed and "Пока не пройден." in failed
    assert "правильный ответ" not in failed and EXPLANATION_RU not in failed
    assert "Правильные ответы будут показаны, когда вы сдадите тест." in failed
    passed = client.post(url, quiz_post(first), follow=True).content.decode()
    assert "Тест пройден!" in passed
    assert "правильный ответ" in passed and EXPLANATION_RU in passed


def test_an_editor_may_show_the_right_answers_after_any_attempt(client, couple, short):
    first = lessons_of(short)[0]
    set_quiz(first, show_answers=ANSWERS_AFTER_ATTEMPT)
    sign_in(client, couple.codes[0], "ru")
    url = reverse("learning:lesson", args=[first.pk])
    failed = client.post(url, quiz_post(first, right=False), follow=True).content.decode()
    assert "Неверно." in failed and EXPLANATION_RU in failed
    # Each right choice is marked, and only those.
    assert failed.count("(правильный ответ)") == sum(
        1
        for block in first.quizzes()
        for question in block.value["questions"]
        for choice in question["choices"]
        if choice["correct"]
    )
