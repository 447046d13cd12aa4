"""An export whose client goes away (the server closes the streaming response early): the rows
stop being read, no query runs after the close, and the report's rows are not even counted when
the client leaves before them. PostgreSQL's cursor: tests/postgres/test_export_cursor.py."""

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import client as test_client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home.spreadsheets import StreamedRows
from registry_offices.demo import build_applications

pytestmark = pytest.mark.django_db

PARTNERS = 'FROM "registry_offices_partner"'
TALLIES = 'FROM "registry_offices_reporttally"'


def _connections_stay_open(**kwargs) -> None:
    """Stands in for `close_old_connections` in the test client during these tests."""


@pytest.fixture(autouse=True)
def _keep_the_test_connection(monkeypatch):
    """Closing a streamed response sends `request_finished`, whose `close_old_connections` would
    close this test's connection on PostgreSQL and fail every later test with it. The test client
    steps it aside only around its own request and connects it again when a stream it wrapped
    ends, so during these tests it is kept off, and the client handles a stand-in."""
    monkeypatch.setattr(test_client, "close_old_connections", _connections_stay_open)
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.disconnect(_connections_stay_open)
        signal.connect(close_old_connections)


@pytest.fixture
def office_of_500(office_a, course, monkeypatch):
    monkeypatch.setattr(StreamedRows, "CHUNK", 100)
    build_applications(office_a.office, 500, course, seed="disconnect")
    return office_a


def reads(ctx, table: str) -> int:
    return sum(1 for query in ctx.captured_queries if table in query["sql"])


def test_a_csv_export_left_midway_stops_reading(client, office_of_500):
    client.force_login(office_of_500.clerk)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse("applications:index"), {"export": "csv"})
        stream = iter(response.streaming_content)
        lines = [next(stream) for _ in range(150)]  # the heading and 149 applications
        assert reads(ctx, PARTNERS) == 2  # two chunks of 100 read so far
        response.close()  # what the server does when the client goes away
        queries_at_close = len(ctx.captured_queries)
    assert len(lines) == 150 and all(line.endswith(b"\r\n") for line in lines)
    with CaptureQueriesContext(connection) as after:
        assert list(stream) == []  # a closed stream yields nothing more
    assert len(after.captured_queries) == 0
    assert reads(ctx, PARTNERS) == 2 and len(ctx.captured_queries) == queries_at_close


def test_an_xlsx_export_left_after_its_first_bytes_reads_no_more(client, office_of_500):
    client.force_login(office_of_500.clerk)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse("applications:index"), {"export": "xlsx"})
        stream = iter(response.streaming_content)
        first = next(stream)
        assert first[:2] == b"PK"
        assert reads(ctx, PARTNERS) == 0  # the file started before any row was read
        response.close()
    with CaptureQueriesContext(connection) as after:
        assert list(stream) == []
    assert len(after.captured_queries) == 0
    assert reads(ctx, PARTNERS) == 0


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_a_report_export_left_at_once_counts_nothing(client, office_a, export_format):
    client.force_login(office_a.head)
    url = reverse("applications:report_export", args=[office_a.office.pk])
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, {"export": export_format})
        assert response.status_code == 200 and response.streaming
        next(iter(response.streaming_content))
        response.close()
    assert reads(ctx, TALLIES) == 0  # the report's rows were never counted
