"""What a translator sees in wagtail-localize's translation editor, in real Chromium, with the
admin in Kazakh and in Russian (issue 28): the editor's heading and "More actions" in the admin's
language, a translation with every shown segment translated published without being called
incomplete, and after the Kazakh page changes, the Russian page's editor says it is out of date
(with Sync, which brings the changed paragraph in) and the Translations report lists it."""

import re

import pytest
from django.utils import translation as django_translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from tests.courses.test_translation_workflow import _translate
from tests.journeys.admin import admin_login

from .test_translation_workflow import kk_lesson  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

HEADING = {"kk": "Аударма: Қазақша → Русский", "ru": "Перевод: Қазақша → Русский"}


def _t(language: str, text: str) -> str:
    with django_translation.override(language):
        return gettext(text)


@pytest.fixture
def ru_translation(kk_lesson, request):  # noqa: F811
    """The kk lesson sent for translation into ru (as the Translate screen does), with the
    moderator's admin in the test's language."""
    from wagtail.models import Locale
    from wagtail.users.models import UserProfile
    from wagtail_localize.models import Translation
    from wagtail_localize.operations import TranslationCreator

    language = request.param
    moderator_profile = UserProfile.objects.get(user__username="moderator")
    moderator_profile.preferred_language = language
    moderator_profile.save()
    ru = Locale.objects.get(language_code="ru")
    TranslationCreator(moderator_profile.user, [ru]).create_translations(kk_lesson)
    translation = Translation.objects.get(
        source__object_id=kk_lesson.translation_key, target_locale=ru
    )
    return language, kk_lesson, kk_lesson.get_translation(ru), translation


@pytest.mark.parametrize("ru_translation", ["kk", "ru"], indirect=True)
def test_the_translator_publishes_and_is_told_when_the_kazakh_page_changes(
    ru_translation, live_server, browser
):
    language, source, ru_lesson, translation = ru_translation
    base = live_server.url
    edit_url = f"{base}/admin/pages/{ru_lesson.pk}/edit/"
    context, page = admin_login(browser, base, "moderator")
    # Leaving the editor releases its editing session; the database may be gone by then.
    context.route(re.compile(r"/admin/editing-sessions/release/"), lambda route: route.abort())
    page.goto(edit_url)

    # The heading and "More actions" are in the admin's language, not wagtail-localize's English.
    heading = page.get_by_text(HEADING[language], exact=True).first
    expect(heading).to_be_in_viewport()
    expect(page.get_by_text(re.compile(r"\bto Русский translation\b"))).to_have_count(0)
    more = page.get_by_role("button", name=_t(language, "More actions"), exact=True)
    expect(more.first).to_be_visible()
    expect(page.get_by_role("button", name="More actions", exact=True)).to_have_count(0)
    # Nothing is out of date yet.
    expect(page.locator(".messages")).not_to_contain_text(_t(language, "Sync"))

    # Every segment shown is translated: publishing says so, not "with missing translations".
    _translate(translation, {"Гүл өсіру": "Выращивание цветов"})  # what the translator types
    page.reload()
    footer = page.locator("#translation-workflow-form")
    footer.locator('button[name="action-publish"]').click()
    message = page.locator(".messages")
    expect(message).to_be_in_viewport()
    with django_translation.override(language):
        published = gettext("Published '{object}' in {locale}.").format(
            object="Гүл өсіру", locale="Русский"
        )
        missing = gettext("Published '{object}' in {locale} with missing translations - see below.")
    expect(message).to_contain_text(published)
    expect(message).not_to_contain_text(missing.split("{locale}")[1].strip(" .-"))
    ru_lesson.refresh_from_db()
    assert ru_lesson.live and ru_lesson.title == "Выращивание цветов"

    # The Kazakh page changes: the Russian page's editor says so, where the translator works.
    source.body = [("paragraph", "<p>Гүлді күн түсетін жерге қойыңыз.</p>")]
    source.save_revision().publish()
    page.goto(edit_url)
    warning = page.locator(".messages").filter(has_text=_t(language, "Sync"))
    expect(warning).to_be_in_viewport()
    with django_translation.override(language):
        told = gettext(
            "The %(language)s page has changed since this translation was last synced: "
            "sync it to translate the changes."
        ) % {"language": "Қазақша"}
    expect(warning).to_contain_text(told)

    # The Translations report lists it among the out-of-date translations.
    page.goto(f"{base}/admin/localize/reports/translations/?out_of_date=true")
    listed = page.locator(f'a[href="/admin/pages/{ru_lesson.pk}/edit/"]').first
    expect(listed).to_be_visible()

    # Sync from the editor: the notice goes and the changed paragraph waits to be translated,
    # while the translated title is kept.
    page.goto(edit_url)
    page.locator(".messages").get_by_role("link", name=_t(language, "Sync")).click()
    confirm = page.get_by_role("main").get_by_role("button").last  # wagtail-localize asks again
    expect(confirm).to_be_in_viewport()
    confirm.click()
    expect(page).to_have_url(edit_url)
    expect(page.locator(".messages")).not_to_contain_text(told)
    expect(page.get_by_text("Гүлді күн түсетін жерге қойыңыз.").first).to_be_visible()
    expect(page.get_by_text("Выращивание цветов").first).to_be_visible()
    # And the Translations report no longer lists it as out of date.
    page.goto(f"{base}/admin/localize/reports/translations/?out_of_date=true")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(f'a[href="/admin/pages/{ru_lesson.pk}/edit/"]')).to_have_count(0)
    context.close()
