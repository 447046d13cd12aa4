"""A report over more than a year (ten years of every office is 20,000 rows by month): the
screen sums each office and course per year, each year a link to its months; the numbers are
the months' exact sums, the export keeps the months, and the queries stay flat."""

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from registry_offices import tallies
from registry_offices.models import CourseAssignment
from tests.factories import assign

pytestmark = pytest.mark.django_db

MADE = {
    "AST-1": dt.datetime(2024, 3, 10, 12),
    "AST-2": dt.datetime(2024, 11, 5, 12),
    "AST-3": dt.datetime(2025, 6, 1, 12),
}


@pytest.fixture
def years_of_couples(office_a, office_b, short):
    for number, made in MADE.items():
        couple = assign(office_a, short, number)
        CourseAssignment.objects.filter(pk=couple.assignment.pk).update(
            created_at=timezone.make_aware(made)
        )
    assign(office_a, short, "AST-4")  # today
    assign(office_b, short, "ALM-1")
    tallies.rebuild()  # dates written behind the verbs' backs


def three_years() -> dict:
    return {"date_from": "2023-06-15", "date_to": f"{timezone.localdate():%Y-%m-%d}"}


def test_a_range_over_a_year_shows_a_row_per_year_linking_to_its_months(
    client, office_a, years_of_couples
):
    client.force_login(office_a.head)
    url = reverse("applications:report", args=[office_a.office.pk])
    response = client.get(url, three_years())
    assert response.status_code == 200 and response.context["by_year"]
    html = response.content.decode()
    assert "By course and year" in html and 'data-testid="report-by-year"' in html
    today = timezone.localdate()
    by_year = {
        row.month.year: row.assigned + row.in_progress + row.overdue + row.completed
        for row in response.context["rows"]
    }
    assert by_year == {2024: 2, 2025: 1, today.year: 1}
    assert f'<a href="{url}?date_from=2024-01-01&amp;date_to=2024-12-31">2024</a>' in html
    # Following a year's link shows that year's months again.
    year = client.get(url, {"date_from": "2024-01-01", "date_to": "2024-12-31"})
    assert not year.context["by_year"]
    assert [row.month for row in year.context["rows"]] == [
        dt.date(2024, 3, 1),
        dt.date(2024, 11, 1),
    ]


def test_the_years_are_the_exact_sums_of_the_exported_months(client, analyst, years_of_couples):
    client.force_login(analyst)
    page = client.get(reverse("applications:report_all"), three_years())
    export = client.get(
        reverse("applications:report_export_all"), {**three_years(), "export": "csv"}
    )
    body = b"".join(export.streaming_content).decode("utf-8-sig")
    header, *months = csv.reader(io.StringIO(body))
    assert header[2] == "Month" and len(months) == 5  # the export keeps the months
    sums: dict = {}
    for office, course, month, *counts in months:
        key = (office, course, int(month[:4]))
        sums[key] = [a + int(b) for a, b in zip(sums.get(key, [0] * 6), counts, strict=True)]
    shown = {
        (row.office.code, row.course_title, row.month.year): [
            row.assigned,
            row.in_progress,
            row.completed,
            row.overdue,
            row.cancelled,
            row.accepted,
        ]
        for row in page.context["rows"]
    }
    assert shown == sums


def test_a_years_report_of_every_office_makes_a_fixed_number_of_queries(
    client, analyst, years_of_couples, django_assert_max_num_queries
):
    client.force_login(analyst)
    client.get(reverse("applications:report_all"), three_years())
    with django_assert_max_num_queries(16):
        response = client.get(reverse("applications:report_all"), three_years())
    assert response.status_code == 200 and response.context["by_year"]


def test_a_year_or_less_still_shows_months(client, office_a, years_of_couples):
    client.force_login(office_a.head)
    url = reverse("applications:report", args=[office_a.office.pk])
    response = client.get(url)  # the default: the last twelve months
    assert not response.context["by_year"]
    assert "By course and month" in response.content.decode()
