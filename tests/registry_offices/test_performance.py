"""The applications list, its search and export, and the dashboard keep flat query counts."""

import pytest
from django.urls import reverse

from registry_offices.demo import build_applications
from registry_offices.models import MarriageApplication

pytestmark = pytest.mark.django_db

LIST_QUERIES = 12  # issue 12: the 10,000-row list in at most 12
DASHBOARD_QUERIES = 30  # 19 measured; other apps may add home panels


@pytest.mark.parametrize("rows", [10, 10_000])
def test_list_and_dashboard_query_counts_do_not_grow(
    client, office_a, office_b, course, rows, django_assert_max_num_queries, settings
):
    # Sessions as production keeps them, read through the shared cache.
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    build_applications(office_a.office, rows, course, seed="perf", spread_days=180)
    build_applications(office_b.office, 10, course, seed="other")
    assert MarriageApplication.objects.filter(office=office_a.office).count() == rows
    client.force_login(office_a.clerk)
    index = reverse("applications:index")
    client.get(index)  # warm per-process caches (content types, permissions)

    with django_assert_max_num_queries(LIST_QUERIES):
        response = client.get(index)
    assert response.status_code == 200
    assert len(response.context["object_list"]) == min(rows, 25)

    with django_assert_max_num_queries(LIST_QUERIES):
        response = client.get(index, {"q": "AST", "state": "completed", "ordering": "number"})
    assert response.status_code == 200

    with django_assert_max_num_queries(LIST_QUERIES):
        response = client.get(index, {"overdue": "true", "p": "2"})
    assert response.status_code == 200

    client.get(reverse("wagtailadmin_home"))
    with django_assert_max_num_queries(DASHBOARD_QUERIES):
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "registry-dashboard" in response.content.decode()

    with django_assert_max_num_queries(16):
        response = client.get(reverse("applications:report", args=[office_a.office.pk]))
    assert response.status_code == 200


def test_the_export_makes_a_fixed_number_of_queries(
    client, office_a, course, django_assert_max_num_queries
):
    build_applications(office_a.office, 500, course, seed="export")
    client.force_login(office_a.clerk)
    with django_assert_max_num_queries(16):
        response = client.get(reverse("applications:index"), {"export": "csv"})
        lines = b"".join(response.streaming_content).decode().splitlines()
    assert len(lines) == 501


def test_a_whole_office_is_exported_chunk_by_chunk(client, office_a, course, monkeypatch):
    """A decade of one office is never held at once: rows (and their partners) are read a chunk
    at a time while the CSV streams out, and the XLSX is written through a temporary file."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from home.spreadsheets import StreamedRows

    monkeypatch.setattr(StreamedRows, "CHUNK", 100)
    build_applications(office_a.office, 500, course, seed="chunks")
    client.force_login(office_a.clerk)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse("applications:index"), {"export": "csv"})
        lines = b"".join(response.streaming_content).decode().splitlines()
    assert response.streaming and len(lines) == 501
    partner_reads = [
        q for q in ctx.captured_queries if 'FROM "registry_offices_partner"' in q["sql"]
    ]
    # Partners are read per chunk of 100 applications, and only then: never the whole list first.
    assert len(partner_reads) == 5

    response = client.get(reverse("applications:index"), {"export": "xlsx"})
    body = b"".join(response.streaming_content)
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )
    assert body[:2] == b"PK"  # a zip (XLSX) file
