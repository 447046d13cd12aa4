"""A visitor's first minute on the site, in real headless Chromium, with axe on every page."""

import re

import pytest
from playwright.sync_api import expect

from tests.axe import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def demo_site(transactional_db):
    from home import demo

    demo.load()


def test_visitor_lands_in_kazakh_switches_language_searches_and_meets_a_404(
    demo_site, live_server, page
):
    page.goto(live_server.url + "/")
    expect(page).to_have_url(re.compile(r"/kk/$"))
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    expect(page.get_by_role("heading", level=1)).to_have_text("Отбасы өмірін бірге үйренейік")
    assert_accessible(page)

    page.get_by_role("navigation", name="Тіл").get_by_role("link", name="Русский").click()
    expect(page).to_have_url(re.compile(r"/ru/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Учимся семейной жизни вместе")
    assert_accessible(page)

    page.get_by_role("link", name="О проекте").first.click()
    expect(page).to_have_url(re.compile(r"/ru/about/$"))
    page.get_by_role("navigation", name="Язык").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/about/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("About the project")
    assert_accessible(page)

    page.get_by_role("searchbox", name="Search the site").fill("hash")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/en/search/\?q=hash"))
    expect(page.get_by_role("status")).to_have_text("1 page found")
    expect(page.get_by_role("link", name="Privacy")).to_have_attribute("href", "/en/privacy/")
    assert_accessible(page)

    response = page.goto(live_server.url + "/ru/net-takoi-stranitsy/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Страница не найдена")
    assert_accessible(page)


def test_home_page_is_usable_on_a_phone(demo_site, live_server, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server.url + "/kk/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page scrolls sideways on a phone ({width}px)"
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Негізгі мазмұнға өту")).to_be_focused()
    context.close()
