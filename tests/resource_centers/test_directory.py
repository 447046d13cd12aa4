"""The directory: filters, "open now", map links, the guide and flat query counts."""

import datetime as dt
import re
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.utils import timezone

from .conftest import make_centre

pytestmark = pytest.mark.django_db


def listed(html: str) -> list[str]:
    return re.findall(r'id="centre-\d+-title"><a href="([^"]+)"', html)


def test_directory_lists_every_centre_in_the_language(client, centre_site):
    response = client.get("/ru/centres/")
    assert response.status_code == 200
    html = response.content.decode()
    assert listed(html) == [
        "/ru/centres/almaty-a/",
        "/ru/centres/almaty-b/",
        "/ru/centres/astana-c/",
    ]
    assert "Центр almaty-a" in html


def test_filter_by_city_and_service(client, centre_site):
    html = client.get("/ru/centres/", {"city": "almaty", "service": "mediator"}).content.decode()
    assert listed(html) == ["/ru/centres/almaty-a/"]
    html = client.get("/ru/centres/", {"service": "lawyer"}).content.decode()
    assert listed(html) == ["/ru/centres/almaty-b/", "/ru/centres/astana-c/"]
    html = client.get("/ru/centres/", {"city": "astana"}).content.decode()
    assert listed(html) == ["/ru/centres/astana-c/"]


def test_unknown_filter_values_are_ignored_not_errors(client, centre_site):
    response = client.get("/ru/centres/", {"city": "atlantis", "service": "<script>"})
    assert response.status_code == 200
    assert len(listed(response.content.decode())) == 3


def test_city_filter_offers_only_cities_with_centres(client, centre_site):
    html = client.get("/ru/centres/").content.decode()
    select = re.search(r'<select name="city".*?</select>', html, re.S).group(0)
    assert 'value="almaty"' in select and 'value="astana"' in select
    assert 'value="taraz"' not in select


def _frozen(text: str):
    moment = dt.datetime.fromisoformat(text).replace(tzinfo=ZoneInfo("Asia/Almaty"))
    return mock.patch.object(timezone, "now", return_value=moment)


def test_open_now_filter_uses_almaty_time(client, centre_site):
    directory = centre_site["directory"]
    make_centre(directory, "astana-night", "astana", hours=[(2, "20:00", "02:00")])
    with _frozen("2026-11-26 01:00"):  # Thursday 01:00, after Wednesday's night period began
        html = client.get("/ru/centres/", {"open_now": "on"}).content.decode()
    assert listed(html) == ["/ru/centres/astana-night/"]
    # A real clock would have moved on, and the cached page (kept to the minute's end) with it.
    cache.clear()
    with _frozen("2026-11-25 10:00"):  # Wednesday morning: the office-hours centres
        html = client.get("/ru/centres/", {"open_now": "on"}).content.decode()
    assert listed(html) == [
        "/ru/centres/almaty-a/",
        "/ru/centres/almaty-b/",
        "/ru/centres/astana-c/",
    ]
    assert "Открыто сейчас" in html


def test_holiday_makes_a_centre_closed_now(client, centre_site):
    from resource_centers.models import OpeningException

    centre = centre_site["centres"]["a"]
    OpeningException.objects.create(page=centre, date=dt.date(2026, 12, 16), closed=True)
    for translated in centre.get_translations():
        OpeningException.objects.create(page=translated, date=dt.date(2026, 12, 16), closed=True)
    with _frozen("2026-12-16 12:00"):
        html = client.get("/ru/centres/", {"open_now": "on"}).content.decode()
    assert "/ru/centres/almaty-a/" not in listed(html)
    assert "/ru/centres/almaty-b/" in listed(html)


def test_each_centre_links_to_a_map_application_without_external_scripts(client, centre_site):
    html = client.get("/ru/centres/").content.decode()
    assert 'href="geo:43.238949,76.945465"' in html
    assert "https://www.openstreetmap.org/?mlat=43.238949&amp;mlon=76.945465" in html
    assert "<iframe" not in html
    assert not re.search(r'<script[^>]+src="https?://', html)
    assert "tile" not in html.lower()


def test_safety_path_is_visible_on_the_directory(client, centre_site):
    html = client.get("/ru/centres/").content.decode()
    for number in ("tel:112", "tel:102", "tel:111"):
        assert number in html


def test_guide_leads_to_the_right_service(client, centre_site):
    html = client.get("/ru/centres/guide/").content.decode()
    assert "Какая помощь мне нужна?" in html
    assert "?need=divorce" in html and "tel:112" in html
    html = client.get("/ru/centres/guide/", {"need": "divorce"}).content.decode()
    assert 'href="/ru/centres/?service=mediator#results"' in html
    assert 'href="/ru/centres/?service=lawyer#results"' in html
    danger = client.get("/en/centres/guide/", {"need": "danger"}).content.decode()
    assert "Call 112" in danger and 'href="tel:102"' in danger


def test_directory_query_count_does_not_grow_with_centres(
    client, centre_site, django_assert_max_num_queries
):
    with django_assert_max_num_queries(25) as few:
        assert client.get("/ru/centres/").status_code == 200
    for i in range(12):
        make_centre(centre_site["directory"], f"more-{i}", "taraz")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/ru/centres/")
    assert len(listed(response.content.decode())) == 15
