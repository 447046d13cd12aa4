"""The stage at intake: asked in the consultation form, counted in the tally and the reports,
with the 2019 baseline from the source's figures."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from evaluation import intake
from home import privacy
from resource_centers import demo as centres_demo
from resource_centers.models import MonthlyReport, RequestTally

pytestmark = pytest.mark.django_db


@pytest.fixture
def centres(site_pages):
    centres_demo.load()
    return MonthlyReport.objects.values_list("centre", flat=True)


def test_the_2019_baseline_is_the_source_figures(centres):
    counts = intake.baseline()
    assert counts["divorce"] == 2423
    assert counts[intake.NOT_RECORDED] == 143
    assert sum(counts.values()) == 2566


def test_intake_by_stage_and_region_is_suppressed_and_reconciles(centres):
    report = MonthlyReport.objects.filter(month__year=2019).select_related("centre").first()
    this_month = datetime.date.today().replace(day=1)
    MonthlyReport.objects.create(
        centre=report.centre,
        month=this_month,
        applied=60,
        about_divorce=20,
        reconciled=5,
        with_children=30,
        raised_residence=10,
        youngest_age=20,
        oldest_age=60,
        stage_preparing=12,
        stage_first_years=15,
        stage_later_years=10,
        stage_crisis=3,
        stage_divorce=20,
        stage_after_divorce=0,
        took_course=14,
    )
    table = intake.intake_table(this_month, this_month)
    region = report.centre.city
    assert table.cell("preparing", region) == 12
    assert table.cell("crisis", region) == privacy.SMALL
    assert table.column_totals[region] == 60
    # One region: each stage's row total equals its cell, so they are hidden alike.
    assert table.row_totals["crisis"] == privacy.SMALL


def test_a_report_cannot_count_more_people_by_stage_than_applied(centres):
    report = MonthlyReport.objects.filter(month__year=2019).first()
    report.stage_divorce = report.applied + 1
    with pytest.raises(ValidationError) as refused:
        report.full_clean()
    assert "stage_preparing" in refused.value.message_dict


def test_the_consultation_form_asks_the_stage_and_counts_it(client, centres):
    from resource_centers.models import ResourceCentrePage

    centre = ResourceCentrePage.objects.live().filter(locale__language_code="en").first()
    url = centre.url + "request/"
    response = client.get(url)
    assert response.status_code == 200
    assert 'name="stage"' in response.content.decode()
    response = client.post(
        url,
        {
            "name": "Aru",
            "contact": "+7 701 234 56 78",
            "topic": "communication",
            "preferred_language": "kk",
            "stage": "first_years",
            "took_course": "yes",
            "consent": "on",
        },
    )
    assert response.status_code == 302
    tally = RequestTally.objects.get()
    assert (tally.stage, tally.took_course, tally.count) == ("first_years", "yes", 1)
