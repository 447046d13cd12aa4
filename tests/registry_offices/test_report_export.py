"""The office report: a date range (checked, with clear messages), certificates accepted per
month, consultation requests the office referred, and the XLSX / CSV export (CSV with a BOM)."""

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from registry_offices import tallies
from registry_offices.models import CourseAssignment
from resource_centers.models import RequestTally
from tests.factories import COURSE_TITLE_KK, assign, certified, set_admin_language
from tests.resource_centers.conftest import make_centre

pytestmark = pytest.mark.django_db


@pytest.fixture
def accepted(office_a, short):
    """Office A's couple certified and its certificate accepted at the counter today."""
    couple = assign(office_a, short, "AST-1")
    certificate = certified(couple, short)
    certificate.accept(office_a.clerk)
    return certificate


def report_url(office) -> str:
    return reverse("applications:report", args=[office.pk])


def export_url(office) -> str:
    return reverse("applications:report_export", args=[office.pk])


def csv_rows(response) -> list[list[str]]:
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())  # Excel reads the file as UTF-8 only with it
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_the_csv_starts_with_a_bom_and_counts_accepted_certificates(client, office_a, accepted):
    client.force_login(office_a.head)
    response = client.get(export_url(office_a.office), {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    header, *rows = csv_rows(response)
    assert header[:3] == ["Office", "Course", "Month"] and header[-1] == "Certificates accepted"
    month = f"{timezone.localdate():%Y-%m}"
    assert rows == [["astana-1", accepted.course.title, month, "0", "0", "1", "0", "0", "1"]]
    assert rows[0][1] == COURSE_TITLE_KK  # Kazakh letters survive the round trip


def test_the_xlsx_export_holds_the_same_rows(client, office_a, accepted):
    client.force_login(office_a.head)
    response = client.get(export_url(office_a.office), {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert ".xlsx" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "Office" and rows[0][-1] == "Certificates accepted"
    assert rows[1][0] == "astana-1" and rows[1][1] == accepted.course.title
    assert rows[1][-1] == 1


def test_the_page_shows_certificates_accepted_per_month(client, office_a, accepted):
    client.force_login(office_a.head)
    response = client.get(report_url(office_a.office))
    assert response.status_code == 200
    (month,) = response.context["accepted_months"]
    assert month.month == timezone.localdate().replace(day=1) and month.accepted == 1
    html = response.content.decode()
    assert 'data-testid="accepted-by-month"' in html
    assert "export=xlsx" in html and "export=csv" in html


def test_the_date_range_narrows_the_rows(client, office_a, short):
    couple = assign(office_a, short, "AST-2")
    CourseAssignment.objects.filter(pk=couple.assignment.pk).update(
        created_at=timezone.make_aware(dt.datetime(2026, 3, 10, 12))
    )
    tallies.rebuild()  # a date written behind the verbs' backs
    client.force_login(office_a.head)
    march = {"date_from": "2026-03-01", "date_to": "2026-03-31"}
    assert len(client.get(report_url(office_a.office), march).context["rows"]) == 1
    april = {"date_from": "01.04.2026", "date_to": "30.04.2026"}  # day-first works too
    response = client.get(report_url(office_a.office), april)
    assert response.status_code == 200 and response.context["rows"] == []
    header, *rows = csv_rows(client.get(export_url(office_a.office), march))
    assert [row[2] for row in rows] == ["2026-03"]
    assert csv_rows(client.get(export_url(office_a.office), april))[1:] == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            {"date_from": "2026-05-01", "date_to": "2026-04-01"},
            "The start date is after the end date: choose an earlier start.",
        ),
        ({"date_from": "2026-13-45"}, "Enter the start date as a date, for example 2026-01-31."),
        ({"date_to": "yesterday"}, "Enter the end date as a date, for example 2026-12-31."),
        ({"date_to": "9999-12-31"}, "Choose a date between 2000 and 2100."),
    ],
)
def test_a_bad_range_says_what_is_wrong(client, office_a, query, message):
    client.force_login(office_a.head)
    page = client.get(report_url(office_a.office), query)
    assert page.status_code == 400 and message in page.content.decode()
    export = client.get(export_url(office_a.office), query)
    assert export.status_code == 400 and message in export.content.decode()


def test_the_range_message_is_translated(client, office_a):
    set_admin_language(office_a.head, "ru")
    client.force_login(office_a.head)
    html = client.get(
        report_url(office_a.office), {"date_from": "2026-05-01", "date_to": "2026-04-01"}
    ).content.decode()
    assert "Дата начала позже даты окончания" in html


def test_a_clerk_sees_only_the_requests_their_office_referred(
    client, office_a, office_b, analyst, site_pages
):
    from resource_centers import demo

    centre = make_centre(demo.ensure_directory(site_pages["home"]), "astana-z", "astana")
    month = timezone.localdate().replace(day=1)
    RequestTally.objects.create(
        month=month, centre=centre, source="office", office=office_a.office, count=2
    )
    RequestTally.objects.create(
        month=month, centre=centre, source="course", office=office_b.office, count=5
    )
    RequestTally.objects.create(month=month, centre=centre, source="directory", count=7)
    client.force_login(office_a.clerk)
    response = client.get(report_url(office_a.office))
    summary = response.context["requests"]
    assert summary.total == 2 and [o.code for o in summary.by_office] == ["astana-1"]
    assert 'data-office="almaty-1"' not in response.content.decode()
    assert client.get(report_url(office_b.office), follow=True).status_code == 404
    client.force_login(analyst)
    summary = client.get(reverse("applications:report_all")).context["requests"]
    assert summary.total == 7 and {o.code: o.count for o in summary.by_office} == {
        "astana-1": 2,
        "almaty-1": 5,
    }
