"""Consultation requests remember where they came from (a source word and the referring office),
never anything personal in the URL; staff see it; the statistics count it, anonymously."""

import datetime as dt
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from resource_centers.models import ConsultationRequest, ReferralSource, RequestTally
from resource_centers.statistics import request_summary
from tests.factories import set_admin_language

pytestmark = pytest.mark.django_db


def form_url(centre, language: str = "kk") -> str:
    return f"/{language}/centres/{centre.slug}/request/"


def post_data(**extra) -> dict:
    return {
        "name": "Ainur",
        "contact": "+7 701 234 56 78",
        "topic": "communication",
        "preferred_language": "kk",
        "consent": "on",
        "website": "",
        **extra,
    }


def hidden_value(html: str, name: str) -> str | None:
    match = re.search(rf'<input type="hidden" name="{name}"(?: value="([^"]*)")?', html)
    assert match, f"no hidden {name}"
    return match.group(1)


def test_a_form_opened_from_a_slip_is_marked_with_its_source_and_office(
    client, centre_site, office_a
):
    centre = centre_site["centres"]["a"]
    html = client.get(form_url(centre), {"source": "office", "office": "astana-1"}).content.decode()
    assert hidden_value(html, "source") == "office"
    assert hidden_value(html, "office") == "astana-1"
    response = client.post(form_url(centre), post_data(source="office", office="astana-1"))
    assert response.status_code == 302
    request = ConsultationRequest.objects.get()
    assert (request.source, request.office) == ("office", office_a.office)
    assert request.centre == centre
    tally = RequestTally.objects.get()
    assert (tally.source, tally.office, tally.count) == ("office", office_a.office, 1)
    assert tally.month == timezone.localdate().replace(day=1)


def test_an_unknown_source_counts_as_the_directory_and_an_unknown_office_is_dropped(
    client, centre_site, office_a
):
    centre = centre_site["centres"]["a"]
    html = client.get(
        form_url(centre), {"source": "<script>", "office": "nowhere-9"}
    ).content.decode()
    assert hidden_value(html, "source") == "directory"
    assert hidden_value(html, "office") is None
    assert "nowhere-9" not in html and "<script>" not in html
    client.post(form_url(centre), post_data(source="evil", office="nowhere-9"))
    request = ConsultationRequest.objects.get()
    assert (request.source, request.office) == ("directory", None)


def test_a_form_without_a_source_counts_as_the_directory(client, centre_site):
    centre = centre_site["centres"]["b"]
    html = client.get(form_url(centre, "ru")).content.decode()
    assert hidden_value(html, "source") == "directory"
    client.post(form_url(centre, "ru"), post_data())
    assert ConsultationRequest.objects.get().source == ReferralSource.DIRECTORY
    # The request belongs to the Kazakh source page, whatever language it was sent in.
    assert ConsultationRequest.objects.get().centre == centre


def test_each_source_word_is_kept(client, centre_site, office_a):
    centre = centre_site["centres"]["a"]
    for source in ReferralSource.values:
        client.post(form_url(centre), post_data(source=source, office="astana-1"))
    assert sorted(ConsultationRequest.objects.values_list("source", flat=True)) == sorted(
        ReferralSource.values
    )
    assert RequestTally.objects.count() == len(ReferralSource.values)


def test_two_requests_add_to_one_count(client, centre_site, office_a):
    centre = centre_site["centres"]["a"]
    for number in range(2):  # two requests (the same one sent twice is stored once)
        client.post(
            form_url(centre), post_data(source="course", office="astana-1", message=f"#{number}")
        )
    assert list(RequestTally.objects.values_list("count", flat=True)) == [2]


def test_staff_see_the_source_and_the_office_in_their_list_and_detail(
    client, staff, centre_site, office_a
):
    centre = centre_site["centres"]["a"]
    client.post(form_url(centre), post_data(source="certificate", office="astana-1"))
    request = ConsultationRequest.objects.get()
    set_admin_language(staff["a"], "en")
    client.force_login(staff["a"])
    listing = client.get(reverse("consultation_requests:index")).content.decode()
    assert "Certificate" in listing and "astana registry office" in listing
    filtered = client.get(reverse("consultation_requests:index"), {"source": "office"})
    assert (
        reverse("consultation_requests:inspect", args=[request.pk]) not in filtered.content.decode()
    )
    detail = client.get(reverse("consultation_requests:inspect", args=[request.pk]))
    html = detail.content.decode()
    assert "Came from" in html and "Certificate" in html
    assert "Referring registry office" in html and "astana registry office" in html


def test_the_summary_counts_by_month_source_and_office_without_names(centre_site, office_a):
    centre = centre_site["centres"]["a"]
    june, july = dt.date(2026, 6, 1), dt.date(2026, 7, 1)
    RequestTally.objects.create(
        month=june, centre=centre, source="office", office=office_a.office, count=3
    )
    RequestTally.objects.create(month=june, centre=centre, source="directory", count=2)
    RequestTally.objects.create(
        month=july, centre=centre, source="course", office=office_a.office, count=1
    )
    summary = request_summary(RequestTally.objects.all(), "ru")
    office_column = ReferralSource.values.index("office")
    assert [row.total for row in summary.by_month] == [5, 1]
    assert summary.by_month[0].counts[office_column] == 3
    assert summary.total == 6 and summary.referred == 4
    assert [(row.label, row.count) for row in summary.by_office] == [("ЗАГС astana", 4)]


def test_the_statistics_page_shows_a_new_request_at_once(client, centre_site, office_a):
    before = client.get("/en/statistics/").content.decode()
    assert "No consultation request has been sent through this site" in before
    client.post(
        form_url(centre_site["centres"]["a"]), post_data(source="office", office="astana-1")
    )
    after = client.get("/en/statistics/").content.decode()
    # One request: published at once, as "<10" (home.privacy), never as the count itself.
    assert 'data-figure="requests-total">&lt;10<' in after
    assert "Registry office slip" in after
    assert 'data-office="astana-1">&lt;10<' in after and "astana registry office" in after
    assert "Ainur" not in after and "234 56 78" not in after


def test_the_counts_outlive_the_purge_of_old_requests(client, centre_site, office_a):
    client.post(
        form_url(centre_site["centres"]["a"]), post_data(source="office", office="astana-1")
    )
    ConsultationRequest.objects.update(created_at=timezone.now() - dt.timedelta(days=120))
    call_command("purge_consultation_requests", "--days", "90", stdout=open("/dev/null", "w"))
    assert not ConsultationRequest.objects.exists()
    html = client.get("/en/statistics/").content.decode()
    assert 'data-figure="requests-total">&lt;10<' in html


def test_the_demo_shows_where_requests_came_from(client, demo_content):
    sources = set(RequestTally.objects.values_list("source", flat=True))
    assert {"office", "course", "certificate", "directory"} <= sources
    assert RequestTally.objects.filter(office__isnull=False).exists()
    html = client.get("/ru/statistics/").content.decode()
    assert 'data-figure="requests-total">&lt;10<' in html
    assert "Памятка ЗАГСа" in html and "Заявки по направившим ЗАГСам" in html
    assert "Demo 1" not in html and "+7 700 000 00" not in html


def test_a_new_request_drops_the_cached_statistics_and_nothing_else(
    centre_site, office_a, settings
):
    """The statistics' cached copies depend on the statistics version (home.pagecache.depends_on):
    a request moves it on, so the count shows at once while every other cached page stays."""
    from django.test import Client

    settings.PAGE_CACHE_ENABLED = True
    visitor, asker = Client(), Client()
    for url in ("/en/statistics/", "/en/"):
        visitor.get(url)
        assert visitor.get(url)["X-Page-Cache"] == "hit", url
    asker.post(form_url(centre_site["centres"]["a"]), post_data(source="office", office="astana-1"))
    statistics = visitor.get("/en/statistics/")
    assert statistics["X-Page-Cache"] == "miss"
    assert 'data-figure="requests-total">&lt;10<' in statistics.content.decode()
    assert visitor.get("/en/")["X-Page-Cache"] == "hit"
    assert visitor.get("/en/statistics/")["X-Page-Cache"] == "hit"


def test_a_renamed_office_shows_in_the_statistics_at_once(client, centre_site, office_a):
    client.post(
        form_url(centre_site["centres"]["a"]), post_data(source="office", office="astana-1")
    )
    assert "astana registry office" in client.get("/en/statistics/").content.decode()
    office_a.office.name_en = "Astana Left Bank registry office"
    office_a.office.save()
    html = client.get("/en/statistics/").content.decode()
    assert "Astana Left Bank registry office" in html and "astana registry office" not in html
