"""A visitor on the Russian site finds a mediator in Almaty and asks for a consultation; only that
centre's staff see the request; the statistics page shows the 2019 totals. axe on each public page."""

import re

import pytest
from playwright.sync_api import expect

from tests.axe import assert_accessible
from tests.journeys.admin import PASSWORD, admin_login

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def centres_demo(transactional_db):
    from django.contrib.auth import get_user_model

    from resource_centers import demo

    demo.load()
    for user in get_user_model().objects.filter(username__in=["staff_almaty1", "staff_almaty2"]):
        user.set_password(PASSWORD)
        user.save()


def test_find_a_mediator_in_almaty_and_ask_for_help(centres_demo, live_server, page, browser):
    page.goto(live_server.url + "/ru/centres/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Семейные центры")
    expect(page.locator("main").get_by_role("link", name="112")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Город").select_option(label="Алматы")
    page.get_by_label("Вид помощи").select_option(label="Медиатор")
    page.get_by_role("button", name="Показать").click()
    expect(page).to_have_url(re.compile(r"city=almaty.*service=mediator"))
    expect(page.locator("#results")).to_have_text("Найдено 2 центра")
    assert_accessible(page)

    page.get_by_role("link", name="Семейный ресурсный центр Алматы № 1", exact=True).click()
    expect(page).to_have_url(re.compile(r"/ru/centres/almaty-1/$"))
    expect(page.get_by_role("link", name="Открыть в приложении карт")).to_have_attribute(
        "href", re.compile(r"^geo:43\.2")
    )
    assert_accessible(page)

    # The centre page comes from the page cache the second time; its way to the form still works.
    reloaded = page.reload()
    assert reloaded.headers.get("x-page-cache") == "hit"
    page.locator("#request").get_by_role("link", name="Записаться на консультацию").click()
    expect(page).to_have_url(re.compile(r"/ru/centres/almaty-1/request/$"))
    assert_accessible(page)
    page.get_by_label("Имя или псевдоним").fill("Айгерим")
    page.get_by_label("Телефон или электронная почта").fill("+7 701 555 12 34")
    page.get_by_label("О чём вы хотите поговорить?").select_option(
        label="Развод и место жительства детей"
    )
    page.get_by_label("Язык разговора").select_option("ru")
    page.get_by_label("Я согласен(на), чтобы центр связался со мной по этому запросу").check()
    page.get_by_role("button", name="Отправить запрос").click()
    expect(page.get_by_role("status")).to_contain_text("Центр получил ваш запрос")
    assert "Айгерим" not in page.url and "555" not in page.url
    assert_accessible(page)

    from resource_centers.models import ConsultationRequest

    request_id = ConsultationRequest.objects.get().pk

    context, staff = admin_login(browser, live_server.url, "staff_almaty1")
    staff.goto(live_server.url + "/admin/consultation_requests/")
    rows = staff.locator("table.listing tbody tr")
    expect(rows).to_have_count(1)
    rows.first.get_by_role("link").first.click()
    expect(staff.locator("main")).to_contain_text("Айгерим")
    expect(staff.locator("main")).to_contain_text("+7 701 555 12 34")
    context.close()

    context, other = admin_login(browser, live_server.url, "staff_almaty2")
    other.goto(live_server.url + "/admin/consultation_requests/")
    expect(other.locator("main")).not_to_contain_text("Айгерим")
    expect(other.locator("table.listing tbody tr")).to_have_count(0)
    response = other.goto(live_server.url + f"/admin/consultation_requests/inspect/{request_id}/")
    assert response.status == 404
    expect(other.locator("body")).not_to_contain_text("Айгерим")
    context.close()

    page.goto(live_server.url + "/ru/statistics/")
    expect(page.locator('[data-figure="applied"]')).to_have_text(re.compile(r"2\s?566"))
    expect(page.locator('[data-figure="about_divorce"]')).to_have_text(re.compile(r"2\s?423"))
    expect(page.locator('[data-figure="reconciled"]')).to_have_text("871")
    expect(page.locator('[data-figure="with_children"]')).to_have_text(re.compile(r"1\s?898"))
    expect(page.locator('[data-figure="raised_residence"]')).to_have_text(re.compile(r"1\s?270"))
    expect(page.locator('[data-figure="ages"]')).to_have_text("20–77")
    assert_accessible(page)

    page.goto(live_server.url + "/ru/centres/guide/?need=danger")
    expect(page.get_by_role("link", name="Позвонить 112")).to_have_attribute("href", "tel:112")
    assert_accessible(page)
