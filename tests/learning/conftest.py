"""Fixtures for the learner journey and certificates: a short course, two offices, a couple."""

from dataclasses import dataclass

import pytest

from tests.courses.sample import lesson, t
from tests.registry_offices.conftest import Office, _office, make_application

COURSE_TITLE_KK = "Отбасылық өмірге дайындық: қысқа курс"


def short_course(slug: str = "short-premarital", lessons: int = 3, min_minutes: int = 0) -> dict:
    """A premarital course whose last lesson has no quiz (it is marked done by the learner)."""
    return {
        "slug": slug,
        "audience": "premarital",
        "title": t(COURSE_TITLE_KK, "Подготовка к семейной жизни: краткий курс", "Short course"),
        "summary": t("Қысқа курс.", "Короткий курс.", "A short course."),
        "outcomes": [t("Тыңдай білу", "Уметь слушать", "Listen well")],
        "estimated_minutes": 30,
        "min_study_minutes": min_minutes,
        "validity_months": 12,
        "pass_mark": 70,
        "lessons": [lesson(f"lesson-{n}", n, quiz=n < lessons) for n in range(1, lessons + 1)],
    }


@pytest.fixture
def course_factory(site_pages):
    from courses.demo import load_courses

    def make(**kwargs):
        spec = short_course(**kwargs)
        return load_courses([spec], homes=site_pages["home"])[spec["slug"]]

    return make


@pytest.fixture
def short(course_factory):
    return course_factory()


def ensure_registry_groups() -> None:
    """The migration's registry groups, made again when a transactional test's flush removed them."""
    import importlib

    from django.contrib.auth.models import Group, Permission

    roles = importlib.import_module("registry_offices.migrations.0002_roles")
    for name, permissions in roles.GROUPS.items():
        group, created = Group.objects.get_or_create(name=name)
        if created:
            group.permissions.add(
                *[
                    Permission.objects.get(content_type__app_label=app, codename=codename)
                    for app, codename in permissions
                ]
            )


@pytest.fixture
def office_a(db, django_user_model) -> Office:
    ensure_registry_groups()
    return _office(django_user_model, "astana-1", "astana")


@pytest.fixture
def office_b(db, django_user_model) -> Office:
    ensure_registry_groups()
    return _office(django_user_model, "almaty-1", "almaty")


@dataclass
class Couple:
    application: object
    assignment: object
    codes: list[str]  # partner 1, partner 2
    accesses: list[object]


def assign(office: Office, course, number: str = "A-1", languages=("kk", "ru")) -> Couple:
    import datetime

    from django.utils import timezone

    from registry_offices import services

    application = make_application(office.office, number, languages=languages)
    issued = services.assign_course(
        application, course, timezone.localdate() + datetime.timedelta(days=10), office.clerk
    )
    accesses = list(issued.assignment.accesses.order_by("partner__sort_order"))
    return Couple(
        application=application,
        assignment=issued.assignment,
        codes=[issued.codes[a.partner_id] for a in accesses],
        accesses=accesses,
    )


@pytest.fixture
def couple(office_a, short) -> Couple:
    return assign(office_a, short)


def quiz_post(lesson_page, right: bool = True) -> dict:
    """The form data a learner posts for the lesson's first quiz: all right, or all wrong."""
    for block in lesson_page.body:
        if block.block_type != "quiz":
            continue
        data: dict = {"quiz": block.id}
        for question in block.value["questions"].bound_blocks:
            choices = question.value["choices"].bound_blocks
            picked = [c.id for c in choices if bool(c.value["correct"]) == right]
            if not right and question.value["kind"] == "single":
                picked = picked[:1]
            data[f"q-{question.id}"] = picked
        return data
    return {}


def lessons_of(course):
    from courses.learning import lessons_of as lessons

    return lessons(course)


def finish_course(client, course) -> None:
    """Take every lesson of the course as the client's learner: pass quizzes, mark the rest done."""
    from django.urls import reverse

    from courses.learning import has_quiz

    for lesson_page in lessons_of(course):
        url = reverse("learn_lesson", args=[lesson_page.pk])
        if has_quiz(lesson_page):
            response = client.post(url, quiz_post(lesson_page))
        else:
            response = client.post(reverse("learn_lesson_done", args=[lesson_page.pk]))
        assert response.status_code in (200, 302), response.status_code


def sign_in(client, code: str, language: str = "kk"):
    response = client.get(f"/{language}/learn/", {"code": code})
    assert response.status_code == 302, response.status_code
    return response
