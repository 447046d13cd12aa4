"""What a learner on a phone notices, in real Chromium, in Kazakh and Russian.

A refused quiz attempt (the quiz's attempts for this hour used up) is said beside the button the
learner just pressed, in the viewport, with their ticked answers kept and the time to come back
written the same way (08:30) in both languages. A self-paced learner sees "You have finished the
course" without scrolling, and each quiz question's number on the question's line.
"""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.axe import assert_accessible

from .test_self_paced_journey import _answers, family_course  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _first_quiz_lesson(course):
    from learning.progress import lessons_of

    return next(lesson for lesson in lessons_of(course) if lesson.quizzes())


@pytest.fixture(params=["kk", "ru"])
def language(request) -> str:
    return request.param


@pytest.fixture
def on_phone(family_course, live_server, browser, playwright, language):  # noqa: F811
    """A phone's page with the family course started in `language` (no code, no account), the
    course in that language and its first lesson with a quiz."""
    from wagtail.models import Locale

    course = family_course.get_translation(Locale.objects.get(language_code=language))
    context = browser.new_context(**playwright.devices["iPhone 13"])
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/learn/self/{course.pk}/")
    page.locator(f"form[action$='/learn/self/{course.pk}/'] button").click()
    expect(page.locator(".learn-status")).to_be_visible()
    yield page, course, _first_quiz_lesson(course), live_server.url
    context.close()


def test_a_refused_quiz_attempt_is_said_beside_the_button_with_the_answers_kept(on_phone, language):
    from django.utils import formats, timezone, translation

    from learning.models import QuizAttempt
    from tests.learning.test_quiz_fairness import set_quiz

    page, course, lesson, base = on_phone
    set_quiz(lesson, attempts_per_hour=1)
    page.goto(f"{base}/{language}/learn/self/{course.pk}/lesson/{lesson.pk}/")

    quiz = page.locator(".learn-quiz").first
    wrong, right = _answers(lesson.pk, right=False), _answers(lesson.pk, right=True)
    for question, choice in wrong:
        page.locator(f'input[name="q-{question}"][value="{choice}"]').check()
    quiz.locator("button[type=submit]").click()
    expect(page.get_by_test_id("quiz-result")).to_be_in_viewport()

    for box in page.locator(".learn-quiz input[type=checkbox]:checked").all():
        box.uncheck()
    for question, choice in right:
        page.locator(f'input[name="q-{question}"][value="{choice}"]').check()
    quiz.locator("button[type=submit]").click()

    refused = page.get_by_test_id("quiz-refused")
    expect(refused).to_be_in_viewport()
    expect(refused).to_be_focused()
    expect(quiz.locator("button[type=submit]")).to_be_in_viewport()
    for question, choice in right:
        expect(page.locator(f'input[name="q-{question}"][value="{choice}"]')).to_be_checked()
    for question, choice in wrong:
        if (question, choice) not in right:
            expect(
                page.locator(f'input[name="q-{question}"][value="{choice}"]')
            ).not_to_be_checked()
    assert QuizAttempt.objects.count() == 1

    shown = re.search(r"\b(\d{1,2}:\d{2})\b", refused.inner_text()).group(1)
    retry_at = QuizAttempt.objects.get().created_at + datetime.timedelta(hours=1)
    with translation.override(language):
        expected = formats.time_format(timezone.localtime(retry_at), "TIME_FORMAT")
    assert shown == expected and re.fullmatch(r"\d{2}:\d{2}", shown)  # 08:30, never 8:30
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert_accessible(page)


def _finish_in_the_database(course) -> None:
    """Every lesson done and the study time credited, as the lessons and heartbeats would have
    (those are tested in tests/learning); the next course page finishes the course."""
    from learning.models import Enrollment, LessonCompletion
    from learning.progress import lessons_of

    enrollment = Enrollment.objects.get(course=course)
    for lesson in lessons_of(course):
        LessonCompletion.objects.get_or_create(enrollment=enrollment, lesson=lesson)
    Enrollment.objects.filter(pk=enrollment.pk).update(study_seconds=course.min_study_minutes * 60)


def test_a_self_paced_learner_sees_the_finish_and_numbered_questions_on_a_phone(on_phone, language):
    page, course, lesson, base = on_phone

    # Each question's number stands on the question's own line, not beside its first answer.
    page.goto(f"{base}/{language}/learn/self/{course.pk}/lesson/{lesson.pk}/")
    questions = page.locator(".learn-quiz .quiz__question")
    assert questions.count() >= 2
    for index in range(questions.count()):
        question = questions.nth(index)
        number = question.locator(".quiz__number")
        expect(number).to_have_text(f"{index + 1}.")
        number_box = number.bounding_box()
        legend_box = question.locator("legend").bounding_box()
        first_choice = question.locator(".quiz__choice").first.bounding_box()
        # The number's line is the legend's first line, above the first answer.
        assert legend_box["y"] - 1 <= number_box["y"] < legend_box["y"] + number_box["height"]
        assert number_box["y"] + number_box["height"] <= first_choice["y"] + 1
        # And no list marker is drawn beside the answers any more.
        marker = question.evaluate("el => getComputedStyle(el).listStyleType")
        assert marker == "none"

    # After the last lesson the course page says so at once, without scrolling.
    _finish_in_the_database(course)
    page.goto(f"{base}/{language}/learn/self/{course.pk}/")
    finished = page.get_by_test_id("finished")
    expect(finished).to_be_in_viewport()
    expect(finished.get_by_role("link")).to_be_in_viewport()
    finished_text = {"kk": "Сіз курсты аяқтадыңыз", "ru": "Вы прошли курс"}
    assert finished_text[language].lower() in finished.inner_text().lower()
    assert_accessible(page)
