"""The slip's link and the clerk's counter in real Chromium.

A partner opens the slip's link (the code after `#`): the start page's script posts it and the
address keeps no code; without JavaScript the partner types it in small letters without dashes.
When the couple is certified, the clerk types the code on the admin home's "Check a certificate"
box, opens the certificate, accepts it and sees the application say so; a scanned address of
another site is refused, and another office's certificate shows its public facts only.
"""

import datetime
import re

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from playwright.sync_api import expect

from learning.access import SESSION_KEY as LEARNER_SESSION_KEY
from registry_offices.roles import ensure_roles
from tests.axe import assert_accessible
from tests.factories import short_course

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a-long-clerk-password"


def _office(code: str, name: str):
    from registry_offices.models import RegistryOffice

    return RegistryOffice.objects.create(
        code=code, city="astana", name_kk=name, name_ru=name, name_en=name, address="Street 1"
    )


def _couple(office, course, number: str, clerk):
    from registry_offices.models import CourseAssignment, MarriageApplication, Partner

    today = timezone.localdate()
    application = MarriageApplication.objects.create(
        office=office,
        number=number,
        application_date=today,
        planned_registration_date=today + datetime.timedelta(days=20),
    )
    for position, name in enumerate(("Нұрлан Сейітқали", "Айгерім Нұрланқызы")):
        Partner.objects.create(
            application=application,
            sort_order=position,
            full_name=name,
            date_of_birth=datetime.date(1995 + position, 5, 17),
            preferred_language="kk",
        )
    issued = CourseAssignment.objects.assign(
        application, course, today + datetime.timedelta(days=10), clerk
    )
    accesses = list(issued.assignment.accesses.order_by("partner__sort_order"))
    return application, accesses, [issued.codes[a.partner_id] for a in accesses]


def _certify(accesses, course):
    from learning import journey
    from tests.factories import finish_partner

    enrollments = [finish_partner(access, course) for access in accesses]
    return journey.certify_couple(enrollments[-1])


@pytest.fixture
def world(transactional_db, django_user_model):
    from wagtail.users.models import UserProfile

    from courses.demo import load_courses
    from home import demo
    from registry_offices.models import OfficeMembership

    homes = demo.ensure_home_translations(demo.ensure_site())
    course = load_courses([short_course(slug="counter-course")], homes=homes)["counter-course"]
    ours, theirs = _office("astana-1", "Astana No. 1"), _office("astana-2", "Astana No. 2")
    clerk = django_user_model.objects.create_user(username="clerk-counter", password=PASSWORD)
    clerk.groups.add(ensure_roles()["Clerks"])
    profile = UserProfile.get_for_user(clerk)
    profile.preferred_language = "en"
    profile.save()
    OfficeMembership.objects.create(office=ours, user=clerk)
    return {"course": course, "ours": ours, "theirs": theirs, "clerk": clerk}


def test_the_slip_link_posts_the_code_from_the_fragment(world, live_server, browser):
    from registry_offices.slips import learner_link

    base = live_server.url
    _application, accesses, codes = _couple(world["ours"], world["course"], "A-1", world["clerk"])
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(learner_link("kk", codes[0], base_url=base))
    expect(page).to_have_url(f"{base}/kk/learn/course/")
    assert codes[0] not in page.url
    assert not any(codes[0] in url for url in requests)  # no request line carried the code
    page.go_back()
    assert codes[0] not in page.url  # nor does the history entry

    # The other partner's link on the same phone: they are signed in instead (the session is theirs).
    page.goto(learner_link("kk", codes[1], base_url=base))
    expect(page).to_have_url(f"{base}/kk/learn/course/")
    assert codes[1] not in page.url
    session_key = next(c["value"] for c in context.cookies() if c["name"] == "sessionid")
    assert SessionStore(session_key)[LEARNER_SESSION_KEY]["id"] == accesses[1].pk
    context.close()

    # Without JavaScript: the form, and the code typed in small letters without dashes.
    plain = browser.new_context(java_script_enabled=False)
    page = plain.new_page()
    page.goto(learner_link("kk", codes[1], base_url=base))
    expect(page.locator("#id_code")).to_have_value("")
    page.locator("#id_code").fill(codes[1].replace("-", "").lower())
    page.locator("form.learn-form button[type=submit]").click()
    expect(page).to_have_url(f"{base}/kk/learn/course/")
    plain.close()


def test_the_clerk_checks_accepts_and_is_refused_what_is_not_theirs(world, live_server, browser):
    base = live_server.url
    application, accesses, _codes = _couple(world["ours"], world["course"], "A-1", world["clerk"])
    certificate = _certify(accesses, world["course"])
    _other_app, other_accesses, _ = _couple(world["theirs"], world["course"], "B-1", None)
    foreign = _certify(other_accesses, world["course"])

    context = browser.new_context()
    clerk = context.new_page()
    clerk.goto(base + "/admin/login/")
    clerk.locator("#id_username").fill("clerk-counter")
    clerk.locator("#id_password").fill(PASSWORD)
    clerk.locator("form button[type=submit]").first.click()
    expect(clerk).to_have_url(re.compile(r"/admin/$"))

    # Typed on the admin home in small letters, without dashes.
    box = clerk.get_by_role("textbox", name="Certificate code or scanned QR code")
    box.fill(certificate.code.lower())
    box.press("Enter")
    expect(clerk).to_have_url(f"{base}/admin/certificates/{certificate.pk}/")
    expect(clerk.get_by_test_id("counter-status")).to_contain_text("you can accept it")
    expect(clerk.get_by_test_id("partner-progress")).to_contain_text("3 of 3")
    assert_accessible(clerk)
    clerk.get_by_role("button", name="Accept at registration").click()
    expect(clerk).to_have_url(f"{base}/admin/applications/edit/{application.pk}/")
    expect(clerk.locator(".messages")).to_contain_text("accepted")
    expect(clerk.locator("#id_status")).to_have_value("accepted")
    expect(clerk.locator("#id_status option:checked")).to_have_text("Certificate accepted")

    # A scanner types another site's address on the applications list: refused.
    clerk.goto(base + "/admin/applications/")
    box = clerk.get_by_role("textbox", name="Certificate code or scanned QR code")
    box.fill(f"https://verify.example.com/kk/verify/{certificate.display_code}/")
    box.press("Enter")
    expect(clerk.locator("main")).to_contain_text("leads to another website")

    # Our own verify address of another office's certificate: public facts only.
    box = clerk.get_by_role("textbox", name="Certificate code or scanned QR code")
    box.fill(f"{base}/kk/verify/{foreign.display_code}/")
    box.press("Enter")
    other = clerk.get_by_test_id("counter-other-office")
    expect(other).to_contain_text("Issued by another office")
    expect(clerk.get_by_test_id("counter-holders")).to_have_text("Нұ*** С***, Ай*** Н***")
    expect(clerk.locator("main")).not_to_contain_text("Сейітқали")
    expect(clerk.get_by_role("button", name="Accept at registration")).to_have_count(0)
    context.close()
