"""Quizzes are graded on the server, by question and choice ids; answers never reach the browser."""

import json
import re

import pytest

from courses.demo import block_id
from courses.models import LessonPage
from courses.quiz import find_quiz, grade

pytestmark = pytest.mark.django_db

KEY = "ready-for-family/listening/quiz"
Q1, Q2 = block_id(KEY, "q", 0), block_id(KEY, "q", 1)


def choice(q: int, c: int) -> str:
    return block_id(KEY, "q", q, "c", c)


def lesson(catalogue, lang: str = "kk") -> LessonPage:
    return LessonPage.objects.get(slug="listening", locale__language_code=lang)


def the_quiz(page: LessonPage):
    quiz = page.quizzes()[0]
    return find_quiz(page, quiz.id)


def test_all_right_scores_100_and_explains(catalogue):
    result = grade(
        the_quiz(lesson(catalogue)), {Q1: choice(0, 0), Q2: [choice(1, 0), choice(1, 1)]}
    )
    assert result.score_percent == 100
    assert result.passed(70)
    assert [q.correct for q in result.questions] == [True, True]
    assert result.questions[0].explanation == "Тыңдаушы естігенін өз сөзімен қайталайды."


def test_partial_multiple_choice_is_wrong_and_ticking_everything_does_not_pass(catalogue):
    quiz = the_quiz(lesson(catalogue))
    half = grade(quiz, {Q1: choice(0, 0), Q2: [choice(1, 0)]})
    assert (half.score_percent, half.correct_count) == (50, 1)
    assert not half.passed(70)
    everything = grade(
        quiz, {Q1: [choice(0, 0), choice(0, 1)], Q2: [choice(1, i) for i in range(3)]}
    )
    assert everything.score_percent == 0


def test_unanswered_and_unknown_ids_count_as_wrong(catalogue):
    result = grade(the_quiz(lesson(catalogue)), {Q1: "not-a-choice", "nope": choice(0, 0)})
    assert result.score_percent == 0
    assert [q.answered for q in result.questions] == [False, False]


def test_question_ids_are_the_same_in_every_language(catalogue):
    answers = {Q1: choice(0, 0), Q2: [choice(1, 0), choice(1, 1)]}
    for lang in ("kk", "ru", "en"):
        assert grade(the_quiz(lesson(catalogue, lang)), answers).score_percent == 100
    assert find_quiz(lesson(catalogue), "missing") is None


def _secrets(page: LessonPage) -> list[str]:
    """Texts that give an answer away: the explanations."""
    return [
        q.value["explanation"]
        for block in page.quizzes()
        for q in block.value["questions"].bound_blocks
    ]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_lesson_page_shows_questions_but_not_answers(catalogue, client, lang):
    page = lesson(catalogue, lang)
    html = client.get(page.url).content.decode()
    quiz = page.quizzes()[0].value
    for q in quiz["questions"].bound_blocks:
        assert q.value["question"] in html
        assert f'id="question-{q.id}"' in html
        for c in q.value["choices"].bound_blocks:
            assert c.value["text"] in html
    for secret in _secrets(page):
        assert secret not in html
    section = re.search(r'<section class="quiz".*?</section>', html, re.S).group(0)
    # Right and wrong choices are marked up alike: nothing but their text tells them apart.
    for choices in re.findall(r'<ul class="quiz__choices">(.*?)</ul>', section, re.S):
        assert set(re.findall(r"<li[^>]*>", choices)) == {"<li>"}
    for leak in ("correct", "true", "checked", "data-answer", "explanation"):
        assert leak not in section.lower()


def test_the_api_gives_questions_and_ids_but_no_correct_flags_or_explanations(catalogue, client):
    for path in (
        "/api/v2/pages/?type=courses.LessonPage&fields=body",
        "/api/v2/pages/?type=courses.LessonPage&fields=*",
        f"/api/v2/pages/{lesson(catalogue).pk}/",
    ):
        response = client.get(path)
        assert response.status_code == 200
        text = response.content.decode()
        assert '"correct"' not in text
        data = json.loads(text)
        items = data.get("items", [data])
        quizzes = [b for item in items for b in item["body"] if b["type"] == "quiz"]
        assert quizzes
        for quiz in quizzes:
            for q in quiz["value"]["questions"]:
                assert set(q) == {"id", "question", "kind", "choices"}
                for c in q["choices"]:
                    assert set(c) == {"id", "text"}
        for lang in ("kk", "ru", "en"):
            for secret in _secrets(lesson(catalogue, lang)):
                assert json.dumps(secret)[1:-1] not in text and secret not in text


def test_the_page_html_of_a_preview_does_not_leak_either(catalogue, admin_client):
    page = lesson(catalogue, "ru")
    response = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
    html = response.content.decode()
    assert response.status_code == 200
    assert page.quizzes()[0].value["questions"][0]["question"] in html
    for secret in _secrets(page):
        assert secret not in html
