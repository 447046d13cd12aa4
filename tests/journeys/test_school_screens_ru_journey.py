"""The school screens of test_school_screens_journey.py in Russian too (issue 28: each friction in
kk and ru): the presenter's pupil count and buttons stay on a projector's screen with the longer
Russian labels, and the Russian school catalogue offers the class code, not the registry's."""

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

from .test_school_screens_journey import PROJECTORS, _in_viewport

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _ru(text: str) -> str:
    with translation.override("ru"):
        return gettext(text)


@pytest.fixture
def ru_school(transactional_db, django_user_model):
    from classroom.roles import ensure_teachers_group
    from home import demo

    homes = demo.ensure_home_translations(demo.ensure_site())
    course = make_school_course(homes)
    teacher = django_user_model.objects.create_user(username="teacher-ru", password=PASSWORD)
    teacher.groups.add(ensure_teachers_group())
    factories.set_admin_language(teacher, "ru")
    return teacher, LessonPage.objects.child_of(course).get().in_language("ru")


@pytest.mark.parametrize("screen", PROJECTORS, ids=lambda s: f"{s['width']}x{s['height']}")
def test_the_russian_presenter_keeps_the_count_and_buttons_on_a_projector(
    ru_school, live_server, browser, screen
):
    teacher, lesson = ru_school
    session = ClassSession.objects.start(teacher, lesson)
    context, page = admin_login(browser, live_server.url, teacher.username)
    page.set_viewport_size(screen)
    page.goto(f"{live_server.url}/admin/class-sessions/{session.pk}/")
    expect(page.locator("#join-code")).to_have_text(session.code)
    expect(page.locator("#reveal")).to_have_text(_ru("Show the right answers"))
    for selector in ("#pupil-count", "#reveal", "#close", "#join-code"):
        assert _in_viewport(page, selector), f"{selector} is off screen at {screen}"
    page.mouse.wheel(0, 5000)
    wait_until(page, "window.scrollY > 0")
    for selector in ("#pupil-count", "#reveal", "#close"):
        assert _in_viewport(page, selector), f"{selector} scrolled away at {screen}"
    context.close()


def test_the_russian_school_catalogue_offers_the_class_code(transactional_db, live_server, browser):
    from home import demo

    make_school_course(demo.ensure_home_translations(demo.ensure_site()))
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/ru/courses/?audience=school")
    join = page.get_by_role("link", name=_ru("Join the class"))
    expect(join).to_be_visible()
    assert _in_viewport(page, ".course-cta .button")
    cta = page.locator(".course-cta")
    expect(cta).not_to_contain_text(_ru("registry office"))
    expect(cta).not_to_contain_text(_ru("Have an access code from a registry office?"))
    join.click()
    page.wait_for_url(f"{live_server.url}/ru/class/")
    expect(page.locator("#id_code")).to_be_visible()
    context.close()
