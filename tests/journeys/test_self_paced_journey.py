"""A visitor takes the family course on a phone, with no account or code, in real Chromium.

They open the demo's family course (open for self-paced learning), start it, read a lesson, fail
one quiz and then pass every quiz, finish, and download the certificate of completion, whose text
says it is not a registry certificate. axe checks every learner page on the way.
"""

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.axe import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FAMILY_COURSE = "first-years-of-marriage"


@pytest.fixture
def family_course(transactional_db):
    from courses.curricula import read_course
    from courses.demo import load_courses
    from home import demo

    homes = demo.ensure_home_translations(demo.ensure_site())
    course = load_courses([read_course(FAMILY_COURSE)], homes=homes)[FAMILY_COURSE]
    assert course.self_paced
    return course


def _answers(lesson_id: int, right: bool) -> list[tuple[str, str]]:
    """(question id, choice id) pairs to tick, read from the server side of the test."""
    from courses.models import LessonPage

    picks = []
    for block in LessonPage.objects.get(pk=lesson_id).quizzes():
        for question in block.value["questions"].bound_blocks:
            choices = [
                c.id
                for c in question.value["choices"].bound_blocks
                if bool(c.value["correct"]) == right
            ]
            if question.value["kind"] == "single":
                choices = choices[:1]
            picks.extend((question.id, choice) for choice in choices)
    return picks


def _answer(page, lesson_id: int, right: bool) -> None:
    for box in page.locator(".learn-quiz input[type=checkbox]:checked").all():
        box.uncheck()  # the form keeps the last answers ticked
    for question, choice in _answers(lesson_id, right):
        page.locator(f'input[name="q-{question}"][value="{choice}"]').check()
    page.locator(".learn-quiz button[type=submit]").click()
    result = page.get_by_test_id("quiz-result")
    expect(result).to_be_visible()
    expect(result).to_contain_text("100%" if right else "%")


def _credit_study_time(course) -> None:
    """The minimum study time, as the lesson tabs' heartbeats would have counted it over 39
    minutes (the heartbeat itself is tested in tests/learning)."""
    from learning.models import Enrollment

    Enrollment.objects.filter(course=course).update(study_seconds=course.min_study_minutes * 60)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_visitor_takes_the_family_course_on_a_phone(
    family_course, live_server, browser, playwright, language
):
    from wagtail.models import Locale

    base = live_server.url
    shown_course = family_course.get_translation(Locale.objects.get(language_code=language))
    context = browser.new_context(**playwright.devices["iPhone 13"], accept_downloads=True)
    page = context.new_page()

    # The public course page (the same for everyone) invites to start.
    page.goto(base + shown_course.url)
    cta = page.get_by_test_id("self-paced-cta")
    expect(cta).to_be_visible()
    cta.get_by_role("link").click()
    expect(page).to_have_url(f"{base}/{language}/learn/self/{shown_course.pk}/")
    assert_accessible(page)
    page.locator(f"form[action$='/learn/self/{shown_course.pk}/'] button").click()
    expect(page.locator(".learn-status")).to_be_visible()
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    cookies = {c["name"]: c for c in context.cookies()}
    assert cookies["otbasy_learner"]["httpOnly"] and cookies["otbasy_learner"]["sameSite"] == "Lax"

    hrefs = page.locator(".learn-lessons a").evaluate_all(
        "els => els.map(e => e.getAttribute('href'))"
    )
    assert len(hrefs) == 4
    for number, href in enumerate(hrefs):
        page.goto(base + href)
        expect(page.locator("h1")).to_be_visible()  # reads the lesson
        assert_accessible(page)
        lesson_id = int(href.rstrip("/").split("/")[-1])
        if number == len(hrefs) - 1:
            _credit_study_time(shown_course)
        if number == 0:
            _answer(page, lesson_id, right=False)
            assert_accessible(page)
        _answer(page, lesson_id, right=True)
        assert_accessible(page)

    page.goto(f"{base}/{language}/learn/self/{shown_course.pk}/")
    finished = page.get_by_test_id("finished")
    expect(finished).to_be_visible()
    finished.get_by_role("link").click()
    expect(page).to_have_url(re.compile(rf"/learn/self/{shown_course.pk}/finished/$"))
    assert_accessible(page)

    page.locator("#id_name").fill("Әлия")
    with page.expect_download() as download_info:
        page.locator("form[action$='certificate.pdf'] button[type=submit]").click()
    with open(download_info.value.path(), "rb") as handle:
        content = handle.read()
    assert content.startswith(b"%PDF-")
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages).split()
    )
    not_registry = {"ru": "Это не сертификат ЗАГСа.", "kk": "Бұл АХАТ сертификаты емес."}
    assert not_registry[language] in text and "Әлия" in text
    context.close()
