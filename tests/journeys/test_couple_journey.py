"""The journey that must always work, in real Chromium, in Kazakh and in Russian.

A clerk assigns a short course in the admin; each partner, in their own browser context, enters
their code, takes every lesson and passes every quiz (one fails once first); the certificate
appears for both, its PDF downloads, the verify page and the JSON say "valid" with masked names;
the clerk accepts it, and a second accept is refused. axe checks every public page on the way.
"""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from registry_offices.roles import ensure_roles
from tests.axe import assert_accessible
from tests.factories import short_course

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a-long-clerk-password"


@pytest.fixture
def journey(transactional_db, django_user_model):
    from wagtail.users.models import UserProfile

    from courses.demo import load_courses
    from home import demo
    from registry_offices.models import (
        MarriageApplication,
        OfficeMembership,
        Partner,
        RegistryOffice,
    )

    homes = demo.ensure_home_translations(demo.ensure_site())
    course = load_courses([short_course(slug="journey-course")], homes=homes)["journey-course"]
    office = RegistryOffice.objects.create(
        code="astana-1",
        city="astana",
        name_kk="Астана қаласының №1 АХАТ бөлімі",
        name_ru="Отдел ЗАГС №1 города Астаны",
        name_en="Astana Civil Registry Office No. 1",
        address="Мәңгілік Ел даңғылы, 8",
    )
    clerk = django_user_model.objects.create_user(username="clerk-astana", password=PASSWORD)
    clerk.groups.add(ensure_roles()["Clerks"])
    profile = UserProfile.get_for_user(clerk)
    profile.preferred_language = "en"
    profile.save()
    OfficeMembership.objects.create(office=office, user=clerk)
    today = timezone.localdate()
    application = MarriageApplication.objects.create(
        office=office,
        number="AST-2026-001",
        application_date=today,
        planned_registration_date=today + datetime.timedelta(days=20),
    )
    return {"course": course, "application": application, "Partner": Partner}


def _log_in(page, base_url: str) -> None:
    page.goto(base_url + "/admin/login/")
    page.locator("#id_username").fill("clerk-astana")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def _quiz_answers(lesson_id: int, right: bool) -> list[tuple[str, str]]:
    """(question id, choice id) pairs to tick, read from the server side of the test."""
    from courses.models import LessonPage

    lesson = LessonPage.objects.get(pk=lesson_id)
    picks = []
    for block in lesson.body:
        if block.block_type == "quiz":
            for question in block.value["questions"].bound_blocks:
                choices = [
                    c.id
                    for c in question.value["choices"].bound_blocks
                    if bool(c.value["correct"]) == right
                ]
                if question.value["kind"] == "single":
                    choices = choices[:1]
                picks.extend((question.id, choice) for choice in choices)
    return picks


def _take_lessons(page, base: str, language: str, fail_first: bool) -> None:
    hrefs = page.locator(".learn-lessons a").evaluate_all(
        "els => els.map(e => e.getAttribute('href'))"
    )
    assert len(hrefs) == 3
    for number, href in enumerate(hrefs):
        assert href.startswith(f"/{language}/learn/lesson/")
        page.goto(base + href)
        assert_accessible(page)
        lesson_id = int(href.rstrip("/").split("/")[-1])
        if page.locator(".learn-quiz").count():
            attempts = [False, True] if (fail_first and number == 0) else [True]
            for right in attempts:
                for box in page.locator(".learn-quiz input[type=checkbox]:checked").all():
                    box.uncheck()  # the form keeps the last answers ticked
                for question, choice in _quiz_answers(lesson_id, right):
                    page.locator(f'input[name="q-{question}"][value="{choice}"]').check()
                page.locator(".learn-quiz button[type=submit]").click()
                result = page.get_by_test_id("quiz-result")
                expect(result).to_be_visible()
                expect(result).to_be_in_viewport()  # landed on the result, not the page top
                expect(result).to_contain_text("0%" if not right else "100%")
                assert_accessible(page)
        else:
            page.locator(".learn-done-form button").click()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_couple_takes_the_course_and_the_clerk_accepts_the_certificate(
    journey, live_server, browser, language
):
    base = live_server.url
    application = journey["application"]
    for position, name in enumerate(("Нұрлан Сейітқали", "Айгерім Нұрланқызы")):
        journey["Partner"].objects.create(
            application=application,
            sort_order=position,
            full_name=name,
            date_of_birth=datetime.date(1995 + position, 5, 17),
            preferred_language=language,
        )

    # The clerk assigns the course in the admin and reads both codes off the slips.
    clerk_context = browser.new_context()
    clerk = clerk_context.new_page()
    _log_in(clerk, base)
    edit_url = f"{base}/admin/applications/edit/{application.pk}/"
    clerk.goto(edit_url)
    clerk.get_by_role("link", name="Assign a course").click()
    clerk.get_by_role("button", name="Assign and print the slips").click()
    expect(clerk).to_have_url(re.compile(r"/admin/applications/slips/\d+/$"))
    codes = [clerk.get_by_test_id("access-code").nth(i).inner_text() for i in range(2)]

    # Each partner in their own browser.
    partners = []
    for index, code in enumerate(codes):
        # The second partner is on a phone.
        context = browser.new_context(
            viewport={"width": 375, "height": 740} if index else {"width": 1280, "height": 900}
        )
        page = context.new_page()
        page.goto(f"{base}/{language}/learn/")
        assert_accessible(page)
        page.locator("#id_code").fill(code)
        page.locator("form.learn-form button[type=submit]").click()
        expect(page).to_have_url(f"{base}/{language}/learn/course/")
        assert code not in page.url
        assert_accessible(page)
        if index:  # nothing wider than the phone's screen
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
        _take_lessons(page, base, language, fail_first=index == 0)
        partners.append((context, page))

    certificate_code = ""
    for _context, page in partners:
        page.goto(f"{base}/{language}/learn/course/")
        certificate = page.get_by_test_id("certificate")
        expect(certificate).to_be_visible()
        assert_accessible(page)
        match = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", certificate.inner_text())
        assert match
        certificate_code = match.group(0)
        with page.expect_download() as download_info:
            certificate.locator(f'a[href="/{language}/learn/certificate.pdf"]').click()
        path = download_info.value.path()
        with open(path, "rb") as handle:
            assert handle.read(5) == b"%PDF-"

    # Anyone can verify it; names are masked.
    page = partners[1][1]
    page.goto(f"{base}/{language}/verify/{certificate_code}/")
    status = page.get_by_test_id("certificate-status")
    expect(status).to_have_attribute("data-status", "valid")
    expect(page.get_by_test_id("certificate-holders")).to_have_text("Нұ*** С***, Ай*** Н***")
    expect(page.locator("body")).not_to_contain_text("Сейітқали")
    assert_accessible(page)
    page.goto(f"{base}/{language}/verify/")
    assert_accessible(page)
    answer = page.request.get(f"{base}/api/certificates/{certificate_code}/")
    assert answer.status == 200
    data = answer.json()
    assert data["status"] == "valid" and data["holders"] == ["Нұ*** С***", "Ай*** Н***"]

    # The clerk accepts it once; a second accept (a stale tab) is refused.
    clerk.goto(edit_url)
    expect(clerk.get_by_test_id("admin-certificate")).to_contain_text(certificate_code)
    accept_link = clerk.get_by_role("link", name="Accept at registration")
    accept_url = base + accept_link.get_attribute("href")
    stale = clerk_context.new_page()
    stale.goto(accept_url)
    accept_link.click()
    clerk.get_by_role("button", name="Accept", exact=True).click()
    expect(clerk.locator(".messages")).to_contain_text("accepted")
    expect(clerk.get_by_test_id("admin-certificate")).to_contain_text("accepted")
    stale.get_by_role("button", name="Accept", exact=True).click()
    expect(stale.locator(".messages")).to_contain_text("already accepted")

    for context, _page in partners:
        context.close()
    clerk_context.close()
