"""A school course with a quiz lesson, teachers, and pupils' browsers."""

from __future__ import annotations

import pytest
from django.test import Client

from classroom.models import ClassSession
from classroom.roles import ensure_teachers_group
from courses.demo import load_courses
from courses.models import LessonPage
from tests import factories
from tests.courses.sample import QUIZ, SCHOOL_LESSON, course, t

SCHOOL_QUIZ_LESSON = {
    **SCHOOL_LESSON,
    "slug": "feelings-quiz",
    "callout": {
        "kind": "safety",
        "text": t(
            "Бала қорлық туралы айтса, психологқа хабарлаңыз.",
            "Если ребёнок говорит о насилии, сообщите психологу.",
            "If a child speaks of abuse, tell the school psychologist.",
        ),
    },
    "quiz": QUIZ,
}


def make_school_course(homes):
    spec = course("class-lessons", "school", [SCHOOL_QUIZ_LESSON])
    return load_courses([spec], homes=homes)[spec["slug"]]


@pytest.fixture
def school(site_pages):
    return make_school_course(site_pages["home"])


@pytest.fixture
def school_lesson(school) -> LessonPage:
    return LessonPage.objects.child_of(school).get()


def make_teacher(django_user_model, username: str = "teacher"):
    user = django_user_model.objects.create_user(username=username, password="pw-" + username)
    user.groups.add(ensure_teachers_group())
    factories.set_admin_language(user, "en")
    return user


@pytest.fixture
def teacher(db, django_user_model):
    return make_teacher(django_user_model)


@pytest.fixture
def teacher_client(teacher) -> Client:
    client = Client()
    client.force_login(teacher)
    return client


@pytest.fixture
def class_session(teacher, school_lesson) -> ClassSession:
    return ClassSession.objects.start(teacher, school_lesson)


def join(client: Client, code: str, nickname: str, language: str = "kk"):
    return client.post(f"/{language}/class/", {"code": code, "nickname": nickname})


def answer_all(client: Client, lesson: LessonPage, right: bool = True, language: str = "kk"):
    data = factories.quiz_post(lesson, right=right)
    quiz_id = data.pop("quiz")
    return client.post(f"/{language}/class/quiz/{quiz_id}/", data), quiz_id
