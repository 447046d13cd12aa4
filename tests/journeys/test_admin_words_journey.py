"""English words a Kazakh- or Russian-speaking editor met on the admin screens (issue 28), in real
Chromium: "Password" on the sign-in page, the header's "Actions", the workflow and its task named
"Moderators approve" on the moderator's dashboard and the page editor, and the demo image
library's English titles. Each is looked for where a person reads it, in kk and in ru."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from tests.journeys.admin import ADMIN_HOME, PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ENGLISH_WORKFLOW = "Moderators approve"


def _t(language: str, text: str) -> str:
    with translation.override(language):
        return gettext(text)


@pytest.fixture(params=["kk", "ru"])
def words(transactional_db, request):
    """The sample courses (with their demo covers), an editor and a moderator whose admin is in
    the test's language, and a Kazakh lesson the editor sent to the moderation workflow."""
    from wagtail.users.models import UserProfile

    from courses.demo import load_courses
    from courses.models import LessonPage
    from home import demo
    from tests.courses.sample import SAMPLE_COURSES

    language = request.param
    load_courses(SAMPLE_COURSES, homes=demo.ensure_home_translations(demo.ensure_site()))
    users = {}
    for username, group in (("editor", "Editors"), ("moderator", "Moderators")):
        user, _ = demo.ensure_user(username, group, [group])
        user.set_password(PASSWORD)
        user.save()
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        users[username] = user
    lesson = LessonPage.objects.get(slug="listening", locale__language_code="kk")
    lesson.save_revision(user=users["editor"])
    lesson.get_workflow().start(lesson, users["editor"])
    return language, lesson


def test_sign_in_header_and_workflow_speak_the_admins_language(words, live_server, browser):
    language, lesson = words
    base = live_server.url
    context = browser.new_context(locale=language)  # the browser asks for the language
    # Leaving the editor releases its editing session; the database may be gone by then.
    context.route(re.compile(r"/admin/editing-sessions/release/"), lambda route: route.abort())
    page = context.new_page()

    # The sign-in page labels the password field in the visitor's language.
    page.goto(base + "/admin/login/")
    label = page.locator('label[for="id_password"]')
    expect(label).to_be_in_viewport()
    expect(label).to_have_text(re.compile(rf"^\s*{_t(language, 'Password')}\s*\*?\s*$"))
    expect(page.get_by_text("Password", exact=True)).to_have_count(0)
    page.get_by_label(_t(language, "Password")).fill(PASSWORD)
    page.locator("#id_username").fill("moderator")
    page.locator("#id_password").press("Enter")
    page.wait_for_url(ADMIN_HOME)

    # The moderator's dashboard: the lesson waits under the task's name in this language.
    name = _t(language, ENGLISH_WORKFLOW)
    assert name != ENGLISH_WORKFLOW
    main = page.locator("main")
    waiting = main.get_by_role("row").filter(has_text=lesson.title).first
    expect(waiting).to_be_in_viewport()
    # Its task is an icon whose tooltip names the task, as the moderator points at it.
    waiting.locator("td.tasks [data-controller=w-tooltip]").first.hover()
    tooltip = page.get_by_role("tooltip")
    expect(tooltip).to_be_in_viewport()
    expect(tooltip).to_contain_text(name)
    expect(tooltip).not_to_contain_text(ENGLISH_WORKFLOW)

    # The page editor: the header's "Actions" and the workflow's name, never in English.
    page.goto(f"{base}/admin/pages/{lesson.pk}/edit/")
    actions = page.get_by_role("navigation", name=_t(language, "Actions"), exact=True)
    expect(actions).to_have_count(1)  # one landmark, not two nested ones
    expect(actions).to_be_in_viewport()
    expect(page.locator("main")).not_to_contain_text(re.compile("<<<<<<<|>>>>>>>|^=======$"))
    expect(page.get_by_role("navigation", name="Actions", exact=True)).to_have_count(0)
    expect(page.locator("body")).to_contain_text(name)
    expect(page.locator("body")).not_to_contain_text(ENGLISH_WORKFLOW)
    page.goto(base + "/admin/")
    expect(page.get_by_role("navigation", name="Actions", exact=True)).to_have_count(0)
    context.close()


def test_the_demo_image_library_has_no_english_titles(words, live_server, browser):
    from tests.journeys.admin import admin_login

    language, _lesson = words
    context, page = admin_login(browser, live_server.url, "editor")
    page.goto(live_server.url + "/admin/images/")
    main = page.locator("main")
    # The covers are titled as the courses are, in the site's default language (Kazakh).
    covers = main.get_by_role("link", name=re.compile("курсының мұқабасы$"))
    expect(covers.first).to_be_in_viewport()
    expect(main).not_to_contain_text("Course cover")
    # The header's "Add an image" sits in one translated landmark, with nothing else beside it.
    actions = page.get_by_role("navigation", name=_t(language, "Actions"), exact=True)
    expect(actions).to_have_count(1)
    expect(actions).to_have_text(_t(language, "Add an image"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(_t(language, "Images"))
    context.close()
