"""From the registry office to help, in Chromium: the slip names the office's own centres; the
learner, signed in with the slip's code, asks one of them for a consultation from the course page;
that centre's staff see where the request came from; the statistics page counts it."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from registry_offices.roles import ensure_roles
from tests.axe import assert_accessible
from tests.factories import set_admin_language, short_course
from tests.journeys.admin import PASSWORD, admin_login

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def referral_world(transactional_db, django_user_model):
    from django.contrib.auth import get_user_model

    from courses.demo import load_courses
    from home import demo as home_demo
    from registry_offices.models import (
        MarriageApplication,
        OfficeMembership,
        OfficeResourceCentre,
        Partner,
        RegistryOffice,
    )
    from resource_centers import demo as centres_demo
    from resource_centers.models import ResourceCentrePage

    centres_demo.load()
    homes = home_demo.ensure_home_translations(home_demo.ensure_site())
    course = load_courses([short_course(slug="referral-course")], homes=homes)["referral-course"]
    office = RegistryOffice.objects.create(
        code="astana-1",
        city="astana",
        name_kk="Астана қаласының №1 АХАТ бөлімі",
        name_ru="Отдел ЗАГС №1 города Астаны",
        name_en="Astana Civil Registry Office No. 1",
        address="Мәңгілік Ел даңғылы, 8",
    )
    kk_centres = ResourceCentrePage.objects.filter(locale__language_code="kk")
    for order, slug in enumerate(["astana-1", "astana-2"]):
        OfficeResourceCentre.objects.create(
            office=office, centre=kk_centres.get(slug=slug), sort_order=order
        )
    clerk = django_user_model.objects.create_user(username="clerk-astana", password=PASSWORD)
    clerk.groups.add(ensure_roles()["Clerks"])
    set_admin_language(clerk, "en")
    OfficeMembership.objects.create(office=office, user=clerk)
    staff = get_user_model().objects.get(username="staff_astana1")
    staff.set_password(PASSWORD)
    staff.save()
    set_admin_language(staff, "en")
    today = timezone.localdate()
    application = MarriageApplication.objects.create(
        office=office,
        number="AST-2026-042",
        application_date=today,
        planned_registration_date=today + datetime.timedelta(days=20),
    )
    for position, name in enumerate(("Ерлан Жақсылықов", "Динара Серікқызы")):
        Partner.objects.create(
            application=application,
            sort_order=position,
            full_name=name,
            date_of_birth=datetime.date(1996 + position, 3, 8),
            preferred_language="ru",
        )
    titles = {
        page.slug: page.title
        for page in ResourceCentrePage.objects.filter(
            locale__language_code="ru", slug__in=["astana-1", "astana-2"]
        )
    }
    return {"application": application, "course": course, "titles": titles}


def test_slip_to_centre_request_to_staff_to_statistics(referral_world, live_server, browser):
    base = live_server.url
    titles = referral_world["titles"]

    # Nothing counted yet (and the statistics page is now in the page cache).
    visitor = browser.new_context().new_page()
    visitor.goto(base + "/en/statistics/")
    expect(visitor.get_by_test_id("request-counts")).to_contain_text(
        "No consultation request has been sent"
    )
    visitor.goto(base + "/en/statistics/")

    # The clerk assigns the course; both slips name the office's centres in the partner's language.
    clerk_context, clerk = admin_login(browser, base, "clerk-astana")
    application = referral_world["application"]
    clerk.goto(f"{base}/admin/applications/edit/{application.pk}/")
    clerk.get_by_role("link", name="Assign a course").click()
    clerk.get_by_role("button", name="Assign and print the slips").click()
    expect(clerk).to_have_url(re.compile(r"/admin/applications/slips/\d+/$"))
    referrals = clerk.get_by_test_id("referrals")
    expect(referrals).to_have_count(2)
    for index in range(2):
        slip_centres = referrals.nth(index).get_by_test_id("referral")
        expect(slip_centres).to_have_count(2)
        expect(slip_centres.first).to_contain_text(titles["astana-1"])
        expect(slip_centres.nth(1)).to_contain_text(titles["astana-2"])
        expect(slip_centres.first).to_contain_text("source=office&office=astana-1")
    code = clerk.get_by_test_id("access-code").first.inner_text()
    clerk_context.close()

    # The partner signs in with the code and asks the first centre from the course page.
    learner_context = browser.new_context()
    learner = learner_context.new_page()
    learner.goto(f"{base}/ru/learn/")
    learner.locator("#id_code").fill(code)
    learner.locator("form.learn-form button[type=submit]").click()
    expect(learner).to_have_url(f"{base}/ru/learn/course/")
    block = learner.get_by_test_id("referrals")
    expect(block).to_contain_text(titles["astana-1"])
    expect(block).to_contain_text(titles["astana-2"])
    assert_accessible(learner)
    block.get_by_test_id("ask-consultation").first.click()
    expect(learner).to_have_url(
        re.compile(r"/ru/centres/astana-1/request/\?source=course&office=astana-1$")
    )
    assert_accessible(learner)
    learner.get_by_label("Имя или псевдоним").fill("Динара")
    learner.get_by_label("Телефон или электронная почта").fill("+7 701 555 77 88")
    learner.get_by_label("О чём вы хотите поговорить?").select_option("communication")
    learner.get_by_label("Язык разговора").select_option("ru")
    learner.get_by_label("Я согласен(на), чтобы центр связался со мной по этому запросу").check()
    learner.get_by_role("button", name="Отправить запрос").click()
    expect(learner.get_by_role("status")).to_contain_text("Центр получил ваш запрос")
    assert "Динара" not in learner.url and "555" not in learner.url
    learner_context.close()

    # The centre's staff see the request with where it came from and the referring office.
    staff_context, staff = admin_login(browser, base, "staff_astana1")
    staff.goto(base + "/admin/consultation_requests/")
    rows = staff.locator("table.listing tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Learner's course page")
    expect(rows.first).to_contain_text("Astana Civil Registry Office No. 1")
    rows.first.get_by_role("link").first.click()
    expect(staff.locator("main")).to_contain_text("Динара")
    expect(staff.locator("main")).to_contain_text("Learner's course page")
    staff_context.close()

    # The statistics page (cached before) counts it, by source and by referring office: one
    # request is published as "<10" (home.privacy), never as the count itself.
    visitor.goto(base + "/en/statistics/")
    counts = visitor.get_by_test_id("request-counts")
    expect(counts.locator('[data-figure="requests-total"]')).to_have_text("<10")
    expect(counts.locator('[data-office="astana-1"]')).to_have_text("<10")
    expect(counts).to_contain_text("Astana Civil Registry Office No. 1")
    expect(counts).not_to_contain_text("Динара")
    assert_accessible(visitor)
