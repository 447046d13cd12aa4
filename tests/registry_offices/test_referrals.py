"""Referrals: the office's own centres on both slips, the e-mailed slip, the learner's course and
certificate view and the certificate PDF's second page, with links that carry a source word and
the office's public code only; query counts stay flat."""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from certificates.pdf import certificate_pdf
from registry_offices.models import CourseAssignment, OfficeResourceCentre
from registry_offices.referrals import office_centres, referrals
from registry_offices.slips import build_slip
from tests.factories import certified, make_application, sign_in
from tests.resource_centers.conftest import make_centre

pytestmark = pytest.mark.django_db

ALMATY = ZoneInfo("Asia/Almaty")


@pytest.fixture
def centres(site_pages, office_a):
    """Three centres; office A refers to "astana-y" first, then "astana-x" (not to "far")."""
    from resource_centers import demo

    directory = demo.ensure_directory(site_pages["home"])
    made = {
        "x": make_centre(directory, "astana-x", "astana", address="Қабанбай батыр, 5"),
        "y": make_centre(directory, "astana-y", "astana", services=["lawyer"]),
        "far": make_centre(directory, "almaty-far", "almaty"),
    }
    OfficeResourceCentre.objects.create(office=office_a.office, centre=made["y"], sort_order=0)
    OfficeResourceCentre.objects.create(office=office_a.office, centre=made["x"], sort_order=1)
    return made


def link(office, centre, order: int = 9) -> None:
    OfficeResourceCentre.objects.create(office=office, centre=centre, sort_order=order)


def test_the_office_centres_come_in_its_order_and_the_readers_language(office_a, centres):
    assert [c.title for c in office_centres(office_a.office, "ru")] == [
        "Центр astana-y",
        "Центр astana-x",
    ]
    assert [c.title for c in office_centres(office_a.office, "kk")] == [
        "Орталық astana-y",
        "Орталық astana-x",
    ]
    # English has no translation here: the Kazakh source page stands in.
    assert [c.slug for c in office_centres(office_a.office, "en")] == ["astana-y", "astana-x"]


def test_an_unpublished_centre_is_not_offered(office_a, centres):
    centres["y"].unpublish()
    assert [c.slug for c in office_centres(office_a.office, "kk")] == ["astana-x"]


def test_each_centre_shows_todays_hours_and_a_link_with_no_personal_data(office_a, centres):
    monday = dt.datetime(2026, 11, 30, 10, 0, tzinfo=ALMATY)
    found = referrals(office_a.office, "ru", "office", now=monday)
    assert [r.hours_today_text for r in found] == ["09:00–18:00", "09:00–18:00"]
    assert all(r.open_now for r in found)
    assert found[0].request_url == "/ru/centres/astana-y/request/?source=office&office=astana-1"
    sunday = dt.datetime(2026, 11, 29, 10, 0, tzinfo=ALMATY)
    assert [r.hours_today for r in referrals(office_a.office, "ru", "office", now=sunday)] == [
        [],
        [],
    ]
    # A made-up source never reaches a link.
    assert "source=directory" in referrals(office_a.office, "kk", "<x>")[0].request_url
    assert referrals(None, "kk", "office") == []


def _slips_url(client, office_a, course) -> str:
    application = make_application(office_a.office, "AST-1", languages=("kk", "ru"))
    client.force_login(office_a.clerk)
    due = application.planned_registration_date - dt.timedelta(days=3)
    client.post(
        reverse("applications:assign", args=[application.pk]),
        {"course": course.pk, "due_date": due.isoformat()},
    )
    return reverse("applications:slips", args=[CourseAssignment.objects.get().pk])


def _counted(client, url: str) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    return html, len(queries)


def test_both_slips_name_the_centres_in_each_partners_language(client, office_a, course, centres):
    url = _slips_url(client, office_a, course)
    html = client.get(url).content.decode()
    assert 'data-testid="access-code"' in html  # the first view, with the codes
    kk_slip, ru_slip = html.split('<section class="slip" lang="ru"')
    assert '<section class="slip" lang="kk"' in kk_slip
    assert "Орталық astana-y" in kk_slip and "Центр astana-y" in ru_slip
    assert "Центр" not in kk_slip and "Орталық" not in ru_slip
    assert kk_slip.index("Орталық astana-y") < kk_slip.index("Орталық astana-x")
    assert "almaty-far" not in html
    assert "Қабанбай батыр, 5" in kk_slip and "+7 727 000 00 00" in ru_slip
    assert "/ru/centres/astana-y/request/?source=office&amp;office=astana-1" in ru_slip
    assert html.count('data-testid="referrals"') == 2
    # A third centre costs no query more.
    _, two_centres = _counted(client, url)
    link(office_a.office, centres["far"])
    client.get(url)  # the link moved the generation on: the site's kept fragments are made again
    html, three_centres = _counted(client, url)
    assert "almaty-far" in html
    assert three_centres == two_centres


def test_the_emailed_slip_names_the_centres(office_a, course, centres):
    from tests.factories import assign

    couple = assign(office_a, course, "AST-9", languages=("ru", "kk"))
    access = couple.accesses[0]
    slip = build_slip(couple.assignment, access.partner, couple.codes[0], "http://testserver")
    assert [r.centre.title for r in slip.referrals] == ["Центр astana-y", "Центр astana-x"]
    assert slip.referrals[0].request_url.startswith("http://")
    assert slip.referrals[0].request_url.endswith("?source=office&office=astana-1")
    with translation.override(slip.language):
        body = render_to_string("registry_offices/email/slip.txt", {"slip": slip})
    assert "Семейные ресурсные центры, с которыми работает ваш ЗАГС" in body
    assert "- Центр astana-y, пр. Абая, 1, +7 727 000 00 00" in body
    assert slip.referrals[1].request_url in body


def test_the_course_page_shows_the_centres_within_its_query_budget(
    client, couple, centres, office_a
):
    sign_in(client, couple.codes[1], "ru")
    client.get("/ru/learn/course/")  # warm the site caches as a running server would
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/ru/learn/course/")
    html = response.content.decode()
    assert len(queries) <= 12  # issue 12's budget for the course page
    assert 'data-testid="referrals"' in html
    assert "Центр astana-y" in html and "Центр astana-x" in html
    assert "/ru/centres/astana-y/request/?source=course&amp;office=astana-1" in html
    assert "Открыто сегодня" in html or "Сегодня" in html
    # A third centre with its own hours: the same number of queries (hours come with the list).
    link(office_a.office, centres["far"], order=2)  # shows at once (a new generation)
    client.get("/ru/learn/course/")
    with CaptureQueriesContext(connection) as more:
        html = client.get("/ru/learn/course/").content.decode()
    assert "Центр almaty-far" in html
    assert len(more) == len(queries)


def test_once_certified_the_links_say_certificate(client, couple, short, centres):
    certified(couple, short)
    sign_in(client, couple.codes[0], "kk")
    html = client.get("/kk/learn/course/").content.decode()
    assert 'data-testid="certificate"' in html
    assert "/kk/centres/astana-y/request/?source=certificate&amp;office=astana-1" in html
    assert "source=course" not in html


def test_the_certificate_pdf_lists_the_centres_on_its_second_page(couple, short, centres):
    certificate = certified(couple, short)
    reader = PdfReader(io.BytesIO(certificate_pdf(certificate, "ru")))
    assert len(reader.pages) == 2
    first = " ".join(reader.pages[0].extract_text().split())
    second = " ".join(reader.pages[1].extract_text().split())
    assert certificate.display_code in first and "Центр astana-y" not in first
    assert "Центр astana-y" in second and "Центр astana-x" in second
    assert "+7 727 000 00 00" in second
    assert "source=certificate" in second.replace(" ", "")
    assert "almaty-far" not in second


def test_without_linked_centres_the_pdf_stays_one_page(couple, short, site_pages):
    certificate = certified(couple, short)
    assert len(PdfReader(io.BytesIO(certificate_pdf(certificate, "kk"))).pages) == 1


def test_the_learners_block_follows_a_centres_hours_at_once(client, couple, centres):
    """The block is kept as rendered for a minute (referral_tags); a change to a centre's hours
    moves the page-cache generation it is kept under, so the next visit shows it."""
    from wagtail.models import Locale

    from resource_centers.models import OpeningException

    def item(html: str, title: str) -> str:
        start = html.index(title)
        return html[start : html.index("</li>", start)]

    sign_in(client, couple.codes[1], "ru")
    client.get("/ru/learn/course/")
    today = dt.datetime.now(ALMATY).date()
    russian = centres["y"].get_translation(Locale.objects.get(language_code="ru"))
    OpeningException.objects.create(page=russian, date=today, closed=True)
    html = client.get("/ru/learn/course/").content.decode()
    assert "Сегодня закрыто" in item(html, "Центр astana-y")
    assert "Сегодня закрыто" not in item(html, "Центр astana-x") or today.weekday() >= 5
