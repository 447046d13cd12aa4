"""Wagtail's accessibility checker in the userbar speaks the moderator's language, in real Chromium
(issue 28): on a lesson whose text skips a heading level, the checker's issue is named in Kazakh
or Russian (home/accessibility.py, the kk catalogue in locale/wagtail), not in English."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.journeys.admin import PASSWORD, admin_login

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(params=["kk", "ru"])
def skipped_heading(transactional_db, request):
    """The sample lesson in the test's language with an h3 straight under the page's h1, and a
    moderator whose admin is in that language."""
    from wagtail.models import Locale
    from wagtail.users.models import UserProfile

    from courses.demo import load_courses
    from courses.models import LessonPage
    from home import demo
    from tests.courses.sample import SAMPLE_COURSES

    language = request.param
    load_courses(SAMPLE_COURSES, homes=demo.ensure_home_translations(demo.ensure_site()))
    lesson = LessonPage.objects.get(slug="listening", locale__language_code="kk")
    if language != "kk":
        lesson = lesson.get_translation(Locale.objects.get(language_code=language)).specific
    lesson.body = [("paragraph", "<h3>Тыңдау</h3><p>Бір-бірін тыңдау.</p>")]
    lesson.save_revision().publish()
    user, _ = demo.ensure_user("moderator", "moderator", ["Moderators"])
    user.set_password(PASSWORD)
    user.save()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return language, lesson


def test_the_userbar_checker_names_the_issue_in_the_moderators_language(
    skipped_heading, live_server, browser
):
    from home.accessibility import SiteContentCheckerItem

    language, lesson = skipped_heading
    messages = SiteContentCheckerItem.axe_messages["heading-order"]
    with translation.override(language):
        name, english = str(messages["error_name"]), None
    with translation.override("en"):
        english = str(messages["error_name"])
    assert name != english

    context, page = admin_login(browser, live_server.url, "moderator")
    page.goto(live_server.url + lesson.url)
    page.locator("#wagtail-userbar-trigger").click()
    checks = page.locator("#checker-trigger")
    expect(checks).to_be_in_viewport()
    expect(checks.locator("[data-content-checker-count]")).not_to_have_text("")
    checks.click()
    issue = page.locator("#checker-results [data-content-checker-name]").filter(has_text=name)
    expect(issue.first).to_be_in_viewport()
    expect(page.locator("#checker-results")).not_to_contain_text(english)
    context.close()
