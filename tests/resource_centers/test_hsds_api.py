"""The centre directory as HSDS 3.0 at /api/hsds/: what a municipal portal or a hotline reads."""

import datetime as dt
import uuid

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends import BaseBackend

from resource_centers.hsds.records import NAMESPACE

from .conftest import make_centre
from .hsds_helpers import PAGE_KEYS, assert_valid

pytestmark = pytest.mark.django_db

API = "/api/hsds"


def _get(client, path: str, **params):
    response = client.get(f"{API}{path}", params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def _all(client, path: str, **params) -> list[dict]:
    return _get(client, path, per_page=200, **params)["contents"]


def test_the_root_says_version_profile_and_where_the_openapi_file_is(client, centre_site):
    root = _get(client, "/")
    assert root["version"] == "3.0"
    assert root["profile"].startswith("https://")
    assert root["openapi_url"] == "http://testserver/api/hsds/openapi.json"
    assert client.get(root["openapi_url"]).json()["openapi"] == "3.1.0"


def test_every_endpoint_answers_as_the_official_schemas_say(client, centre_site):
    """Each list item and each record against Open Referral's own JSON schemas (local files)."""
    for path, item_schema in (
        ("/services", "compiled/service_list"),
        ("/organizations", "compiled/organization_list"),
        ("/locations", "location"),
        ("/service_at_locations", "compiled/service_at_location_list"),
        ("/taxonomies", "taxonomy"),
        ("/taxonomy_terms", "taxonomy_term"),
    ):
        for language in ("kk", "ru", "en"):
            page = _get(client, path, locale=language)
            assert set(page) == PAGE_KEYS, path
            assert page["contents"], path
            for item in page["contents"]:
                assert_valid(item_schema, item)
    details = (
        ("/services", "service"),
        ("/organizations", "organization"),
        ("/locations", "location"),
        ("/service_at_locations", "service_at_location"),
        ("/taxonomies", "taxonomy"),
        ("/taxonomy_terms", "taxonomy_term"),
    )
    for path, schema in details:
        for item in _all(client, path):
            record = _get(client, f"{path}/{item['id']}")
            assert record["id"] == item["id"]
            assert_valid(schema, record)
            if schema == "organization":  # its services are listed in their list shape
                for service in record["services"]:
                    assert_valid("compiled/service_list", service)
            if schema == "service_at_location":
                assert_valid("service", record["service"])


def test_a_centre_is_an_organization_with_a_location_and_a_service_per_kind_of_help(
    client, centre_site
):
    centre = centre_site["centres"]["a"]  # psychologist and mediator, Almaty
    org_id = str(uuid.uuid5(NAMESPACE, f"{centre.translation_key}:organization"))
    services = _all(client, "/services", organization_id=org_id)
    assert sorted(s["name"] for s in services) == [
        "Медиатор: Орталық almaty-a",
        "Психолог: Орталық almaty-a",
    ]
    service = _get(client, f"/services/{services[0]['id']}")
    assert service["status"] == "active"
    assert service["organization"]["id"] == org_id
    assert [p["number"] for p in service["phones"]] == ["+7 727 000 00 00"]
    # Languages as ISO 639-1 codes; hours as weekly schedules in the centre's time zone.
    assert [language["code"] for language in service["languages"]] == ["kk", "ru"]
    weekly = [s for s in service["schedules"] if s.get("freq") == "WEEKLY"]
    assert [s["byday"] for s in weekly] == ["MO", "TU", "WE", "TH", "FR"]
    assert {(s["opens_at"], s["closes_at"], s["timezone"]) for s in weekly} == {
        ("09:00+05:00", "18:00+05:00", 5)
    }
    (link,) = service["service_at_locations"]
    location = link["location"]
    assert (location["latitude"], location["longitude"]) == (43.238949, 76.945465)
    (address,) = location["addresses"]
    assert address["address_1"] == "Абай даңғ., 1"
    assert (address["city"], address["country"]) == ("Алматы", "KZ")
    term = service["attributes"][0]["taxonomy_term"]
    assert term["code"] in ("psychologist", "mediator")


def test_ids_are_the_same_in_every_language_and_after_an_edit(client, centre_site):
    kk = {s["id"]: s["name"] for s in _all(client, "/services")}
    ru = {s["id"]: s["name"] for s in _all(client, "/services", locale="ru")}
    assert kk.keys() == ru.keys()
    assert "Психолог: Центр almaty-a" in ru.values()
    centre = centre_site["centres"]["a"]
    centre.summary = "Жаңа сипаттама"
    centre.save_revision().publish()
    assert {s["id"] for s in _all(client, "/services")} == kk.keys()
    for service_id in kk:
        assert uuid.UUID(service_id).version == 5


def test_opening_exceptions_are_one_day_schedules(client, centre_site):
    from resource_centers.models import OpeningException

    centre = centre_site["centres"]["b"]
    day = timezone.localdate() + dt.timedelta(days=3)
    OpeningException.objects.create(page=centre, date=day, closed=True, note="Наурыз")
    org_id = str(uuid.uuid5(NAMESPACE, f"{centre.translation_key}:location"))
    location = _get(client, f"/locations/{org_id}")
    (holiday,) = [s for s in location["schedules"] if "valid_from" in s]
    assert holiday["valid_from"] == holiday["valid_to"] == day.isoformat()
    assert holiday["notes"] == "Наурыз"
    assert "opens_at" not in holiday
    assert_valid("location", location)


def test_pages_are_counted_as_the_spec_says(client, centre_site):
    # Five services in all (2 + 1 + 2).
    first = _get(client, "/services", per_page=2)
    assert {k: v for k, v in first.items() if k != "contents"} == {
        "total_items": 5,
        "total_pages": 3,
        "page_number": 1,
        "size": 2,
        "first_page": True,
        "last_page": False,
        "empty": False,
    }
    last = _get(client, "/services", per_page=2, page=3)
    assert (last["size"], last["first_page"], last["last_page"], last["empty"]) == (
        1,
        False,
        True,
        False,
    )
    beyond = _get(client, "/services", per_page=2, page=9)
    assert (beyond["contents"], beyond["empty"], beyond["last_page"]) == ([], True, True)
    seen = [
        s["id"]
        for p in (1, 2, 3)
        for s in _get(client, "/services", per_page=2, page=p)["contents"]
    ]
    assert len(set(seen)) == 5


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("page=0", "page"),
        ("page=", "page"),
        ("taxonomy_term_id=", "taxonomy_term_id"),
        ("page=-1", "page"),
        ("page=two", "page"),
        ("per_page=0", "per_page"),
        ("per_page=201", "per_page"),
        ("per_page=1.5", "per_page"),
        ("modified_after=yesterday", "modified_after"),
        ("modified_after=2026-13-01", "modified_after"),
        ("organization_id=42", "organization_id"),
        ("locale=de", "locale"),
        ("search=%01", "search"),
    ],
)
def test_a_bad_parameter_is_a_400_problem_naming_it(client, centre_site, query, name):
    response = client.get(f"{API}/services?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response["Cache-Control"] == "no-store"
    problem = response.json()
    assert problem["type"].endswith("invalid-parameter") and problem["status"] == 400
    assert problem["invalid_params"][0]["name"] == name
    assert problem["detail"].startswith(f"{name}: ")


def test_a_problem_is_in_the_language_asked_for(client, centre_site):
    problem = client.get(f"{API}/services?page=0&locale=ru").json()
    assert problem["invalid_params"][0]["reason"] == "Должно быть целым числом не меньше 1."


def test_unknown_ids_are_a_404_problem(client, centre_site):
    for path in ("services", "organizations", "locations", "service_at_locations", "taxonomies"):
        for wanted in (str(uuid.uuid4()), "not-a-uuid"):
            response = client.get(f"{API}/{path}/{wanted}")
            assert response.status_code == 404
            assert response.json()["type"].endswith("not-found")


def test_modified_after_keeps_what_was_published_since(client, centre_site):
    centre = centre_site["centres"]["c"]
    before = timezone.now()
    assert len(_all(client, "/organizations", modified_after=before.isoformat())) == 0
    centre.save_revision().publish()
    changed = _all(client, "/organizations", modified_after=before.isoformat())
    assert [o["name"] for o in changed] == [centre.title]
    assert len(_all(client, "/services", modified_after=before.date().isoformat())) == 5
    later = (timezone.now() + dt.timedelta(minutes=1)).isoformat()
    assert _get(client, "/services", modified_after=later)["empty"] is True


def test_filters_by_taxonomy_term_and_search(client, centre_site):
    lawyer = next(t for t in _all(client, "/taxonomy_terms") if t["code"] == "lawyer")
    found = _all(client, "/services", taxonomy_term_id=lawyer["id"])
    assert len(found) == 2  # centres b and c
    assert len(_all(client, "/services", search="astana-c")) == 2
    assert len(_all(client, "/services", taxonomy_id=str(uuid.uuid4()))) == 0


def test_only_live_public_centres_are_listed(client, centre_site):
    centre = centre_site["centres"]["b"]
    org_id = str(uuid.uuid5(NAMESPACE, f"{centre.translation_key}:organization"))
    assert client.get(f"{API}/organizations/{org_id}").status_code == 200
    centre.unpublish()
    assert client.get(f"{API}/organizations/{org_id}").status_code == 404
    assert len(_all(client, "/organizations")) == 2


def test_it_is_read_only(client, centre_site):
    for method in ("post", "put", "patch", "delete"):
        response = getattr(client, method)(
            f"{API}/services", data="{}", content_type="application/json"
        )
        assert response.status_code == 405
        assert response["Allow"] == "GET, HEAD, OPTIONS"
        assert response["Content-Type"] == "application/problem+json"


def test_no_personal_data_goes_out(client, centre_site, staff):
    """Staff and consultation requests (names, contacts, messages) stay in the admin."""
    from resource_centers.models import ConsultationRequest

    ConsultationRequest.objects.create(
        centre=centre_site["centres"]["a"],
        name="Айгерім",
        contact="+77011234567",
        topic="family",
        preferred_language="kk",
        message="Жеке хабар",
        consent=True,
    )
    everything = b"".join(
        client.get(f"{API}{path}", {"per_page": 200}).content
        for path in ("/services", "/organizations", "/locations", "/service_at_locations")
    ).decode()
    for private in ("Айгерім", "77011234567", "Жеке хабар", *(u.username for u in staff.values())):
        assert private not in everything


def test_answers_come_from_the_page_cache_until_a_centre_is_published(client, centre_site):
    url = f"{API}/organizations"
    assert client.get(url)["X-Page-Cache"] == "miss"
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    assert response["Cache-Control"].startswith("public")
    assert client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    centre = centre_site["centres"]["a"]
    centre.title = "Орталық жаңа"
    centre.save_revision().publish()
    fresh = client.get(url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "Орталық жаңа" in [o["name"] for o in fresh.json()["contents"]]


class RecorderBackend(BaseBackend):
    """A CDN that writes down what it is told to purge."""

    purged: list[str] = []

    def purge(self, url: str) -> None:
        RecorderBackend.purged.append(url)


def test_publishing_purges_the_api_from_a_cdn(
    centre_site, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecorderBackend"}}
    RecorderBackend.purged = []
    centre = centre_site["centres"]["a"]
    with django_capture_on_commit_callbacks(execute=True):
        centre.save_revision().publish()
    org_id = str(uuid.uuid5(NAMESPACE, f"{centre.translation_key}:organization"))
    purged = RecorderBackend.purged
    assert "http://testserver/api/hsds/services" in purged
    assert "http://testserver/api/hsds/services?locale=ru" in purged
    assert f"http://testserver/api/hsds/organizations/{org_id}" in purged
    RecorderBackend.purged = []
    with django_capture_on_commit_callbacks(execute=True):
        centre.unpublish()
    assert f"http://testserver/api/hsds/organizations/{org_id}" in RecorderBackend.purged


def test_query_counts_do_not_grow_with_the_centres(
    client, centre_site, django_assert_max_num_queries
):
    """3 centres, then 20: the same queries for every list (the page cache is off here)."""
    paths = ("/services", "/organizations", "/locations", "/service_at_locations")

    def counts() -> dict[str, int]:
        found = {}
        for path in paths:
            with CaptureQueriesContext(connection) as queries:
                _get(client, path, per_page=200)
            found[path] = len(queries)
        return found

    with override_settings(PAGE_CACHE_ENABLED=False):
        _get(client, "/", per_page=200)  # finds the site and keeps it, as a live process has
        few = counts()
        for n in range(17):
            make_centre(centre_site["directory"], f"extra-{n}", "karaganda")
        _get(client, "/", per_page=200)  # publishing cleared the cached site: found again once
        for path in paths:
            with django_assert_max_num_queries(few[path]):
                page = _get(client, path, per_page=200)
            assert page["total_items"] >= 20
        assert len(_all(client, "/organizations")) == 20
    assert max(few.values()) <= 6


def test_the_demo_directory_passes_the_official_schemas(client, demo_content):
    """The demo's 16 centres and cabinets, with their real hours, e-mails and accessibility
    notes, in Russian: every service, in full, and every location."""
    services = _all(client, "/services", locale="ru")
    assert len({s["organization_id"] for s in services}) >= 12
    for item in services:
        assert_valid("compiled/service_list", item)
        assert_valid("service", _get(client, f"/services/{item['id']}", locale="ru"))
    for location in _all(client, "/locations", locale="ru"):
        assert_valid("location", location)
        assert location["schedules"], location["name"]
