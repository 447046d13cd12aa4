"""On PostgreSQL an export reads a whole office through a server-side cursor (WITH HOLD outside
a transaction, so it outlives a statement): a client that goes away mid-export must leave no
cursor and no open transaction on the connection, for CSV and XLSX alike."""

import pytest
from django.db import connection
from django.urls import reverse

import home.xlsx
from home.spreadsheets import StreamedRows
from registry_offices.demo import build_applications

# Committed rows (autocommit, as a served request has); serialized_rollback so the flush after it
# leaves the content types for the other transactional tests here (test_scale_plans.py).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def open_cursors() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_cursors")
        return cursor.fetchone()[0]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_an_export_left_midway_closes_its_cursor(
    client, office_a, course, monkeypatch, export_format
):
    monkeypatch.setattr(StreamedRows, "CHUNK", 50)
    monkeypatch.setattr(home.xlsx, "CHUNK_BYTES", 512)
    build_applications(office_a.office, 400, course, seed="cursor")
    client.force_login(office_a.clerk)
    response = client.get(reverse("applications:index"), {"export": export_format})
    stream = iter(response.streaming_content)
    chunks = 0
    for _chunk in stream:  # read until the rows are being read through the cursor
        chunks += 1
        if open_cursors():
            break
    else:
        pytest.fail("the export never held a cursor open while streaming")
    assert not connection.in_atomic_block  # autocommit: the cursor is WITH HOLD
    response.close()  # the client went away
    assert open_cursors() == 0
    status = connection.connection.info.transaction_status
    assert status.name == "IDLE"  # no transaction left open either
    assert list(stream) == []
