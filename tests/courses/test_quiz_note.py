"""The public lesson's quiz note fits its audience: open courses invite to start, school lessons
say the quiz is answered in class, registry courses keep the access-code wording."""

import pytest
from wagtail.models import Locale

from courses.demo import load_courses
from courses.models import CoursePage

from .sample import course, lesson

pytestmark = pytest.mark.django_db

CODE_NOTE_RU = "по коду доступа из ЗАГС"
CLASS_NOTE_RU = "На этот тест отвечают на уроке"
START_NOTE_RU = "Чтобы ответить на этот тест, начните курс"


def _courses(site_pages) -> dict[str, CoursePage]:
    return load_courses(
        [
            course("registry-only", "premarital", [lesson("r-1", 1)]),
            course("open-family", "family", [lesson("f-1", 1)]),
            course("school-quiz", "school", [lesson("s-1", 1)]),
        ],
        homes=site_pages["home"],
    )


def _ru(page):
    return page.get_translation(Locale.objects.get(language_code="ru"))


def _first_lesson_html(client, course_page: CoursePage) -> str:
    ru_course = _ru(course_page)
    response = client.get(ru_course.get_children().live().first().url)
    assert response.status_code == 200
    return response.content.decode()


def test_each_audience_gets_its_own_quiz_note(client, site_pages):
    made = _courses(site_pages)
    CoursePage.objects.filter(translation_key=made["open-family"].translation_key).update(
        self_paced=True
    )

    registry = _first_lesson_html(client, made["registry-only"])
    assert CODE_NOTE_RU in registry and START_NOTE_RU not in registry
    assert 'href="/ru/learn/"' in registry

    school = _first_lesson_html(client, made["school-quiz"])
    assert CLASS_NOTE_RU in school
    assert CODE_NOTE_RU not in school and "ЗАГС" not in school.split('class="quiz"')[1]

    open_page = _first_lesson_html(client, made["open-family"])
    ru_open = _ru(made["open-family"])
    assert START_NOTE_RU in open_page and CODE_NOTE_RU not in open_page
    assert f'href="/ru/learn/self/{ru_open.pk}/"' in open_page


def test_the_start_button_is_on_open_courses_only(client, site_pages):
    made = _courses(site_pages)
    CoursePage.objects.filter(translation_key=made["open-family"].translation_key).update(
        self_paced=True
    )
    assert (
        'data-testid="self-paced-cta"' in client.get(_ru(made["open-family"]).url).content.decode()
    )
    for slug in ("registry-only", "school-quiz"):
        html = client.get(_ru(made[slug]).url).content.decode()
        assert 'data-testid="self-paced-cta"' not in html


def test_the_demo_family_course_is_open_and_the_others_are_not():
    from courses.curricula import read_courses

    flags = {spec["slug"]: spec["self_paced"] for spec in read_courses()}
    assert flags == {
        "preparing-for-family-life": False,
        "first-years-of-marriage": True,
        "family-life-at-school": False,
    }
