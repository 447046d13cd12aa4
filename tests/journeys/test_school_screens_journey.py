"""What a teacher and pupils see on the school screens, in real Chromium: the presenter screen on a
school projector (1366x768, 1280x720) keeps the pupil count and both buttons in view however long
the quiz is, and the school catalogue offers the class code, not a registry office's; in kk and in
ru, whose longer labels must fit too (issue 28)."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from classroom.models import ClassSession
from courses.models import LessonPage
from tests import factories
from tests.classroom.conftest import make_school_course
from tests.journeys.admin import PASSWORD, admin_login
from tests.journeys.waiting import wait_until

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PROJECTORS = [{"width": 1366, "height": 768}, {"width": 1280, "height": 720}]
LANGUAGES = ["kk", "ru"]


def _in(language: str, text: str) -> str:
    with translation.override(language):
        return gettext(text)


def _in_viewport(page, selector: str) -> bool:
    """The element's whole box is inside the window: seen without scrolling."""
    return page.evaluate(
        """(selector) => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return box.width > 0 && box.top >= 0 && box.left >= 0
                && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
        }""",
        selector,
    )


@pytest.fixture(params=LANGUAGES)
def school_lesson(request, transactional_db, django_user_model):
    from classroom.roles import ensure_teachers_group
    from home import demo

    homes = demo.ensure_home_translations(demo.ensure_site())
    course = make_school_course(homes)
    language = request.param
    teacher = django_user_model.objects.create_user(
        username=f"teacher-{language}", password=PASSWORD
    )
    teacher.groups.add(ensure_teachers_group())
    factories.set_admin_language(teacher, language)
    return teacher, LessonPage.objects.child_of(course).get().in_language(language)


@pytest.mark.parametrize("screen", PROJECTORS, ids=lambda s: f"{s['width']}x{s['height']}")
def test_the_presenter_keeps_the_count_and_buttons_on_a_projector(
    school_lesson, live_server, browser, screen
):
    teacher, lesson = school_lesson
    session = ClassSession.objects.start(teacher, lesson)
    context, page = admin_login(browser, live_server.url, teacher.username)
    page.set_viewport_size(screen)
    page.goto(f"{live_server.url}/admin/class-sessions/{session.pk}/")
    expect(page.locator("#join-code")).to_have_text(session.code)
    reveal = _in(lesson.locale.language_code, "Show the right answers")
    assert reveal != "Show the right answers"
    expect(page.locator("#reveal")).to_have_text(reveal)
    for selector in ("#pupil-count", "#reveal", "#close", "#join-code"):
        assert _in_viewport(page, selector), f"{selector} is off screen at {screen}"
    # Read down to the last question: the bar stays where the teacher's hand is.
    page.mouse.wheel(0, 5000)
    wait_until(page, "window.scrollY > 0")
    for selector in ("#pupil-count", "#reveal", "#close"):
        assert _in_viewport(page, selector), f"{selector} scrolled away at {screen}"
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_school_catalogue_offers_the_class_code_not_a_registry_code(
    transactional_db, live_server, browser, language
):
    from home import demo

    make_school_course(demo.ensure_home_translations(demo.ensure_site()))
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/courses/?audience=school")
    join = page.get_by_role("link", name=_in(language, "Join the class"))
    expect(join).to_be_visible()
    assert _in_viewport(page, ".course-cta .button")
    cta = page.locator(".course-cta")
    expect(cta).not_to_contain_text(_in(language, "registry office"))
    expect(cta).not_to_contain_text(_in(language, "Have an access code from a registry office?"))
    if language == "kk":
        expect(cta).not_to_contain_text("АХАТ")
    join.click()
    page.wait_for_url(f"{live_server.url}/{language}/class/")
    expect(page.locator("#id_code")).to_be_visible()
    context.close()
