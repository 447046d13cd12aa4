"""A self-paced learner reading the family course's page on a phone, in real Chromium, in Kazakh
and Russian (issue 28): beside "Start this course" they read that they get a certificate of
completion, and the 12 months' validity is named as the registry certificate's, not theirs."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from .test_self_paced_journey import family_course  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _t(language: str, text: str) -> str:
    with translation.override(language):
        return gettext(text)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_self_paced_offer_promises_a_certificate_of_completion(
    family_course,  # noqa: F811
    live_server,
    browser,
    playwright,
    language,
):
    from wagtail.models import Locale

    course = family_course.get_translation(Locale.objects.get(language_code=language))
    context = browser.new_context(**playwright.devices["iPhone 13"])
    page = context.new_page()
    page.goto(live_server.url + course.url)

    # The validity is the registry certificate's, said so in the course's facts.
    facts = page.locator(".course-facts")
    registry = facts.get_by_text(_t(language, "Registry certificate valid for"), exact=True)
    registry.scroll_into_view_if_needed()
    expect(registry).to_be_in_viewport()
    expect(facts.get_by_text(_t(language, "Certificate valid for"), exact=True)).to_have_count(0)

    # Beside "Start this course": what the learner gets at the end.
    offer = page.get_by_test_id("self-paced-cta")
    start = offer.get_by_role("link", name=_t(language, "Start this course"))
    start.scroll_into_view_if_needed()
    expect(start).to_be_in_viewport()
    completion = offer.get_by_text(
        _t(
            language,
            "At the end you get a certificate of completion. A registry office's certificate "
            "needs the access code its clerk gives you.",
        )
    )
    expect(completion).to_be_in_viewport()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    context.close()
