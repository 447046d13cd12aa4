"""Lesson blocks: a broken quiz or lesson plan cannot be saved, and the editor is told why."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.blocks import StructBlockValidationError
from wagtail.test.utils.form_data import nested_form_data, streamfield

from courses.blocks import LessonPlanBlock, QuestionBlock, QuizBlock


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


def question(kind="single", choices=((("A", True)), ("B", False))):
    block = QuestionBlock()
    return block, block.to_python(
        {
            "question": "Q?",
            "kind": kind,
            "choices": [{"text": text, "correct": correct} for text, correct in choices],
            "explanation": "Because.",
        }
    )


def messages(error: StructBlockValidationError) -> list[str]:
    data = error.as_json_data()
    return data["blockErrors"]["choices"]["messages"]


@pytest.mark.parametrize(
    ("kind", "choices", "expected"),
    [
        ("single", [("A", False), ("B", False)], "Mark at least one choice as correct"),
        ("single", [("A", True)], "at least two choices"),
        ("single", [("A", True), ("B", True)], "exactly one correct choice"),
        ("multiple", [("A", False), ("B", False), ("C", False)], "Mark at least one choice"),
    ],
)
def test_a_broken_question_is_refused_with_a_message_on_its_choices(kind, choices, expected):
    block, value = question(kind, choices)
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    assert any(expected in message for message in messages(caught.value))


@pytest.mark.parametrize(
    ("kind", "choices"),
    [
        ("single", [("A", True), ("B", False)]),
        ("multiple", [("A", True), ("B", True), ("C", False)]),
    ],
)
def test_a_sound_question_is_accepted(kind, choices):
    block, value = question(kind, choices)
    assert block.clean(value)["kind"] == kind


def test_a_quiz_needs_a_question():
    block = QuizBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "Quiz", "intro": "", "questions": []}))


def test_a_lesson_plan_whose_activities_overrun_the_lesson_is_refused():
    block = LessonPlanBlock()
    value = block.to_python(
        {
            "age_group": "grades-7-9",
            "duration_minutes": 40,
            "objectives": ["Name feelings"],
            "materials": [],
            "activities": [
                {"title": "Warm-up", "minutes": 15, "description": "Circle"},
                {"title": "Game", "minutes": 30, "description": "Cards"},
            ],
            "handouts": [],
        }
    )
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    text = caught.value.as_json_data()["blockErrors"]["activities"]["messages"][0]
    assert "45" in text and "40" in text
    assert value.age_group_label() == "Grades 7–9"


def _quiz_form(correct_flags: list[bool]) -> dict:
    choices = {
        str(i): {
            "value": {"text": f"Choice {i}", **({"correct": "on"} if flag else {})},
            "id": "",
            "deleted": "",
            "order": str(i),
        }
        for i, flag in enumerate(correct_flags)
    }
    choices["count"] = str(len(correct_flags))
    return {
        "title": "Check yourself",
        "intro": "",
        "questions": {
            "count": "1",
            "0": {
                "value": {
                    "question": "Which is right?",
                    "kind": "single",
                    "choices": choices,
                    "explanation": "",
                },
                "id": "",
                "deleted": "",
                "order": "0",
            },
        },
    }


@pytest.mark.django_db
def test_the_editor_sees_the_message_on_the_block_in_the_admin(catalogue, admin_client, admin_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    course = catalogue["ready-for-family"]
    url = f"/admin/pages/add/courses/lessonpage/{course.pk}/"
    data = nested_form_data(
        {
            "title": "A lesson with a broken quiz",
            "slug": "broken-quiz",
            "estimated_minutes": "10",
            "summary": "",
            "body": streamfield([("quiz", _quiz_form([False, False]))]),
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200  # the form comes back instead of a redirect
    assert b"Mark at least one choice as correct" in response.content
    assert not course.get_children().filter(slug="broken-quiz").exists()

    data = nested_form_data(
        {
            "title": "A lesson with a sound quiz",
            "slug": "sound-quiz",
            "estimated_minutes": "10",
            "summary": "",
            "body": streamfield([("quiz", _quiz_form([True, False]))]),
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert course.get_children().filter(slug="sound-quiz").exists()
