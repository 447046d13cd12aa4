"""A registry clerk's day in real Chromium: application for two partners, course, slips; and scoping."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def registry(transactional_db, django_user_model):
    """The site, a published premarital course, and two offices with a clerk each (admin in English)."""
    from home import demo

    factories.editors_course(demo.ensure_site())
    return {
        city: factories.make_office(django_user_model, code, city).clerk
        for code, city in (("astana-1", "astana"), ("almaty-1", "almaty"))
    }


def _log_in(page, base_url: str, username: str) -> None:
    page.goto(base_url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(f"pw-{username}")  # as tests/factories.py sets it
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_clerk_registers_a_couple_assigns_the_course_and_prints_both_codes(
    registry, live_server, browser
):
    today = timezone.localdate()
    planned = today + datetime.timedelta(days=20)
    context = browser.new_context()
    page = context.new_page()
    _log_in(page, live_server.url, "clerk-astana-1")

    page.goto(live_server.url + "/admin/applications/new/")
    page.locator("#id_number").fill("AST-2026-001")
    page.locator("#id_planned_registration_date").fill(planned.isoformat())
    page.keyboard.press("Tab")
    for index, (name, born, language) in enumerate(
        (("Нұрлан Сейітқали", "1995-05-17", "kk"), ("Анна Смирнова", "1997-11-02", "ru"))
    ):
        page.locator(f"#id_partners-{index}-full_name").fill(name)
        page.locator(f"#id_partners-{index}-date_of_birth").fill(born)
        page.keyboard.press("Tab")  # leave the field so the date picker closes
        page.locator(f"#id_partners-{index}-preferred_language").select_option(language)
    page.locator("#id_number").click()
    # The date picker can stay open over the buttons after the last date; close it as a clerk
    # would (Escape, a click elsewhere) and only then save.
    picker = page.locator(".xdsoft_datetimepicker:visible")
    for _attempt in range(4):  # it may open again once as focus moves off the last date
        page.keyboard.press("Escape")
        page.locator("#id_number").click()
        if picker.count() == 0:
            break
        page.wait_for_timeout(250)
    expect(picker).to_have_count(0)
    page.get_by_role("button", name="Create").click()
    # The clerk lands on the new application, where the next step (the course) is.
    expect(page).to_have_url(re.compile(r"/admin/applications/edit/\d+/$"))
    expect(page.locator(".messages")).to_contain_text("AST-2026-001")
    expect(page).not_to_have_url(re.compile(r"Нұрлан|Смирнова"))
    edit_url = page.url
    page.locator(".messages").get_by_role("link", name="Assign a course").click()
    expect(page.locator("#id_course")).to_contain_text("Отбасылық өмірге дайындық")
    page.get_by_role("button", name="Assign and print the slips").click()

    expect(page).to_have_url(re.compile(r"/admin/applications/slips/\d+/$"))
    slips_url = page.url
    codes = page.get_by_test_id("access-code")
    expect(codes).to_have_count(2)
    first, second = codes.nth(0).inner_text(), codes.nth(1).inner_text()
    shape = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}")
    assert shape.fullmatch(first) and shape.fullmatch(second) and first != second
    expect(page.locator('section[lang="kk"]')).to_contain_text("Нұрлан Сейітқали")
    expect(page.locator('section[lang="ru"]')).to_contain_text("Анна Смирнова")
    expect(page.locator(".slip-qr")).to_have_count(2)
    assert first not in page.url and "Нұрлан" not in page.title()
    context.close()

    # Another office's clerk reaches none of it.
    other = browser.new_context()
    intruder = other.new_page()
    _log_in(intruder, live_server.url, "clerk-almaty-1")
    for url in (edit_url, slips_url, edit_url.replace("/edit/", "/assign/")):
        response = intruder.goto(url)
        assert response.status == 404, url
        expect(intruder.get_by_text("Нұрлан")).to_have_count(0)
    intruder.goto(live_server.url + "/admin/applications/")
    expect(intruder.get_by_text("AST-2026-001")).to_have_count(0)
    other.close()
