"""The demo curricula (courses/curricula/*.toml) load cleanly and only once."""

import pytest

from courses.curricula import read_courses
from courses.models import CourseIndexPage, CoursePage, CourseRelatedCentre, LessonPage

pytestmark = pytest.mark.django_db

COURSES = read_courses()


@pytest.fixture
def demo(demo_content):
    """The demo, loaded once for the tests that only read it (tests/shared_data.py)."""


def test_the_demo_builds_every_course_and_lesson_in_three_languages(demo, client):
    assert {c["audience"] for c in COURSES} == {"premarital", "family", "school"}
    lessons = sum(len(c["lessons"]) for c in COURSES)
    assert CourseIndexPage.objects.live().count() == 3
    assert CoursePage.objects.live().count() == 3 * len(COURSES)
    assert LessonPage.objects.live().count() == 3 * lessons
    for data in COURSES:
        pages = CoursePage.objects.filter(slug=data["slug"]).select_related("locale")
        by_lang = {p.locale.language_code: p for p in pages}
        assert set(by_lang) == {"kk", "ru", "en"}
        assert len({p.translation_key for p in pages}) == 1
        for lang, page in by_lang.items():
            assert page.title == data["title"][lang]
            assert page.summary == data["summary"][lang]
            assert [lesson.title for lesson in page.lessons()] == [
                lesson["title"][lang] for lesson in data["lessons"]
            ]


def test_every_demo_lesson_is_valid_as_the_admin_would_check_it(demo):
    for lesson in LessonPage.objects.all():
        lesson.body.stream_block.clean(lesson.body)
        lesson.full_clean()


def test_the_issue_asks_for_these_courses():
    by_audience = {c["audience"]: c for c in COURSES}
    premarital = by_audience["premarital"]
    assert len(premarital["lessons"]) >= 6
    assert all(lesson["quiz"] and lesson["talk_together"] for lesson in premarital["lessons"])
    assert len(by_audience["family"]["lessons"]) >= 4
    school = [c for c in COURSES if c["audience"] == "school"]
    groups = [lesson["lesson_plan"]["age_group"] for c in school for lesson in c["lessons"]]
    for group in ("grades-5-6", "grades-7-9", "grades-10-11"):
        assert groups.count(group) >= 2


def test_every_demo_page_renders_in_every_language(demo, client):
    paths = ["/kk/courses/", "/ru/courses/?audience=family", "/en/courses/?audience=school"]
    paths += [page.url for page in CoursePage.objects.all()]
    paths += [page.url for page in LessonPage.objects.all()]
    for path in paths:
        assert client.get(path).status_code == 200, path


def test_centres_are_recommended_on_couples_courses(demo, client):
    premarital = CoursePage.objects.get(
        slug="preparing-for-family-life", locale__language_code="ru"
    )
    centres = premarital.centres()
    assert centres and all(c.locale_id == premarital.locale_id for c in centres)
    last = premarital.lessons()[-1]
    html = client.get(last.url).content.decode()
    assert centres[0].title in html and "Где получить помощь рядом с вами" in html
    school = CoursePage.objects.filter(audience="school").first()
    assert not CourseRelatedCentre.objects.filter(course=school).exists()
