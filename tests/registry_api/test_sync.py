"""A registry system syncing: retries that never act twice, and cursor pages by updated_at."""

import datetime

from django.utils import timezone

from registry_offices.models import MarriageApplication
from tests import factories

from .conftest import application_body


def test_a_retried_post_returns_the_first_answer_and_files_once(system_a):
    first = system_a.post("/offices/astana-1/applications", application_body(), key="k-1")
    again = system_a.post("/offices/astana-1/applications", application_body(), key="k-1")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again["Idempotent-Replayed"] == "true"
    assert MarriageApplication.objects.count() == 1


def test_the_same_key_with_another_body_is_refused(system_a):
    system_a.post("/offices/astana-1/applications", application_body(), key="k-1")
    other = system_a.post("/offices/astana-1/applications", application_body("API-9"), key="k-1")
    assert other.status_code == 422
    assert other.json()["type"].endswith("/idempotency-conflict")
    assert MarriageApplication.objects.count() == 1


def test_a_refused_request_frees_its_key_for_the_corrected_retry(system_a):
    bad = application_body()
    bad["partners"][1]["phone"] = "12"
    assert system_a.post("/offices/astana-1/applications", bad, key="k-2").status_code == 422
    good = system_a.post("/offices/astana-1/applications", application_body(), key="k-2")
    assert good.status_code == 201


def test_keys_are_per_client(system_a, make_system, office_a):
    other = make_system([office_a.office], name="Second system")
    system_a.post("/offices/astana-1/applications", application_body(), key="same")
    second = other.post(
        "/offices/astana-1/applications", application_body("API-2", external_id="X"), key="same"
    )
    assert second.status_code == 201
    assert MarriageApplication.objects.count() == 2


def _file(office, count: int) -> list[MarriageApplication]:
    return [factories.make_application(office.office, f"N-{n}") for n in range(count)]


def test_cursor_pages_cover_every_row_once_in_updated_order(system_a, office_a):
    _file(office_a, 7)
    seen, cursor = [], None
    while True:
        path = "/offices/astana-1/applications?limit=3" + (f"&cursor={cursor}" if cursor else "")
        page = system_a.get(path).json()
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    expected = list(
        MarriageApplication.objects.order_by("updated_at", "id").values_list("id", flat=True)
    )
    assert seen == expected and len(seen) == 7


def test_updated_since_returns_only_what_changed(system_a, office_a):
    old = _file(office_a, 3)
    MarriageApplication.objects.update(updated_at=timezone.now() - datetime.timedelta(days=2))
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    changed = old[1]
    changed.planned_registration_date += datetime.timedelta(days=1)
    changed.save()
    page = system_a.get("/offices/astana-1/applications", data={"updated_since": since}).json()
    assert [item["id"] for item in page["items"]] == [changed.pk]


def test_a_changed_cursor_is_refused(system_a):
    response = system_a.get("/offices/astana-1/applications?cursor=abc")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_the_list_reads_a_fixed_number_of_queries(
    system_a, office_a, short, django_assert_max_num_queries
):
    for n in range(3):
        factories.assign(office_a, short, number=f"Q-{n}")
    with django_assert_max_num_queries(16) as few:
        assert len(system_a.get("/offices/astana-1/applications").json()["items"]) == 3
    for n in range(3, 12):
        factories.assign(office_a, short, number=f"Q-{n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(system_a.get("/offices/astana-1/applications").json()["items"]) == 12
