"""A clerk's counter without friction (issue 28), in Chromium, with the admin in Kazakh and in
Russian: a new application opens on itself with "Assign a course" in the message; accepting a
certificate at the counter lands on the application; an application with a certificate offers
no Delete; its history names everything in the clerk's language."""

import datetime
import re

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _t(language: str, text: str) -> str:
    with translation.override(language):
        return gettext(text)


@pytest.fixture
def counter(transactional_db, django_user_model, request):
    from courses.demo import load_courses
    from home import demo

    homes = demo.ensure_home_translations(demo.ensure_site())
    course = load_courses([factories.short_course(slug="friction-course")], homes=homes)[
        "friction-course"
    ]
    office = factories.make_office(django_user_model, "astana-1", "astana")
    return {"office": office, "course": course}


def _log_in(browser, base_url: str, user, language: str):
    factories.set_admin_language(user, language)
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "/admin/login/")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(f"pw-{user.username}")
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    return context, page


def _fill_application(page, number: str) -> None:
    planned = timezone.localdate() + datetime.timedelta(days=20)
    page.locator("#id_number").fill(number)
    page.locator("#id_planned_registration_date").fill(planned.isoformat())
    page.keyboard.press("Tab")
    for index, (name, born) in enumerate(
        (("Нұрлан Сейітқали", "1995-05-17"), ("Айгерім \U0001f469\u200d\U0001f4bb", "1997-11-02"))
    ):
        page.locator(f"#id_partners-{index}-full_name").fill(name)
        page.locator(f"#id_partners-{index}-date_of_birth").fill(born)
        page.keyboard.press("Tab")
    picker = page.locator(".xdsoft_datetimepicker:visible")
    for _attempt in range(4):  # close the date picker as a clerk would before saving
        page.keyboard.press("Escape")
        page.locator("#id_number").click()
        if picker.count() == 0:
            break
        page.wait_for_timeout(250)
    expect(picker).to_have_count(0)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_new_application_opens_on_itself_with_assign_a_course(
    counter, live_server, browser, language
):
    base = live_server.url
    context, page = _log_in(browser, base, counter["office"].clerk, language)
    page.goto(base + "/admin/applications/new/")
    _fill_application(page, "AST-77")
    page.locator("form footer button[type=submit], form .actions button[type=submit]").first.click()

    expect(page).to_have_url(re.compile(r"/admin/applications/edit/\d+/$"))
    message = page.locator(".messages")
    expect(message).to_be_in_viewport()
    expect(message).to_contain_text("AST-77")
    assign = message.get_by_role("link", name=_t(language, "Assign a course"))
    expect(assign).to_be_in_viewport()
    assign.click()
    expect(page).to_have_url(re.compile(r"/admin/applications/assign/\d+/$"))
    expect(page.locator("#id_course")).to_contain_text("Отбасылық")

    # The list keeps its address and shows the new application.
    page.goto(base + "/admin/applications/")
    expect(page.get_by_role("link", name="AST-77")).to_be_visible()
    context.close()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_counter_lands_on_the_application_which_offers_no_delete(
    counter, live_server, browser, language
):
    base = live_server.url
    office, course = counter["office"], counter["course"]
    couple = factories.assign(office, course, "AST-88")
    certificate = factories.certified(couple, course)
    plain = factories.make_application(office.office, "AST-89")

    # The clerk types the code at the counter, accepts, and is on the application.
    context, page = _log_in(browser, base, office.clerk, language)
    box = page.get_by_role("textbox", name=_t(language, "Certificate code or scanned QR code"))
    box.fill(certificate.code.lower())
    box.press("Enter")
    expect(page).to_have_url(f"{base}/admin/certificates/{certificate.pk}/")
    page.get_by_role("button", name=_t(language, "Accept at registration")).click()
    edit_url = f"{base}/admin/applications/edit/{couple.application.pk}/"
    expect(page).to_have_url(edit_url)
    expect(page.locator(".messages")).to_be_in_viewport()
    expect(page.locator("#id_status")).to_have_value("accepted")

    # Its history: every name in the clerk's language, none of Django's made-up English.
    page.goto(f"{base}/admin/applications/history/{couple.application.pk}/")
    main = page.locator("main")
    expect(main).not_to_contain_text("entrys")
    expect(main).not_to_contain_text(re.compile("log entr|scoped model", re.IGNORECASE))
    expect(page.locator("body")).to_contain_text(_t(language, "Marriage applications"))
    context.close()

    # The office head may delete applications, but not one a certificate keeps.
    context, page = _log_in(browser, base, office.head, language)
    delete = _t(language, "Delete")
    page.goto(f"{base}/admin/applications/edit/{plain.pk}/")
    _open_actions_menu(page, language)
    expect(page.get_by_role("link", name=delete, exact=True)).to_be_visible()  # offered here
    page.goto(edit_url)
    _open_actions_menu(page, language)
    expect(page.get_by_role("link", name=delete, exact=True, include_hidden=True)).to_have_count(0)
    kept = f'a[href*="/applications/delete/{couple.application.pk}/"]'
    expect(page.locator(kept)).to_have_count(0)
    page.goto(f"{base}/admin/applications/")
    expect(page.get_by_role("link", name="AST-88")).to_be_visible()
    expect(page.locator(kept)).to_have_count(0)
    context.close()


def _open_actions_menu(page, language: str) -> None:
    """Open the header's "Actions" menu (its entries are mounted when it opens), if it has any."""
    toggle = page.locator("#w-slim-header-buttons").get_by_role(
        "button", name=_t(language, "Actions")
    )
    if toggle.count():
        toggle.click()
        expect(toggle).to_have_attribute("aria-expanded", "true")
