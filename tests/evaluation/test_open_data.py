"""The open data: its figures reconcile with a recount of the rows, small counts never show, and
the Frictionless Data package validates with the reference implementation."""

import datetime
import json

import pytest
from django.utils import timezone
from frictionless import Package

from evaluation.figures import add_months
from home import privacy
from registry_offices.models import CourseAssignment, MarriageApplication, RegistryOffice
from tests import factories
from tests.evaluation.data import couples

pytestmark = pytest.mark.django_db


@pytest.fixture
def last_month():
    return add_months(timezone.localdate().replace(day=1), -1)


@pytest.fixture
def offices(office_a, office_b, django_user_model, short, last_month):
    """Astana has two offices (one busy, one small), Almaty one busy office."""
    astana_2 = factories.make_office(django_user_model, "astana-2", "astana")
    couples(office_a.office, short, last_month + datetime.timedelta(days=2), 30, completed=21)
    couples(astana_2.office, short, last_month + datetime.timedelta(days=4), 4, completed=2)
    couples(office_b.office, short, last_month + datetime.timedelta(days=5), 40, completed=12)
    return {"astana-1": office_a.office, "astana-2": astana_2.office, "almaty-1": office_b.office}


def rows_of(client, language: str = "en") -> list[dict]:
    response = client.get(f"/{language}/open-data/programme-figures.json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_the_figures_reconcile_with_a_recount_of_the_rows(client, offices, last_month):
    month = f"{last_month:%Y-%m}"
    rows = [row for row in rows_of(client) if row["month"] == month]
    by_office = {row["office"]: row for row in rows if row["level"] == "office"}
    start, end = last_month, add_months(last_month, 1)
    for code, office in offices.items():
        recount = {
            "applications": MarriageApplication.objects.filter(
                office=office, application_date__gte=start, application_date__lt=end
            ).count(),
            "assignments": CourseAssignment.objects.filter(
                application__office=office, created_at__date__gte=start, created_at__date__lt=end
            ).count(),
            "completed": CourseAssignment.objects.filter(
                application__office=office,
                state="completed",
                completed_at__date__gte=start,
                completed_at__date__lt=end,
            ).count(),
        }
        for measure, value in recount.items():
            shown = by_office[code][measure]
            if privacy.is_shown(shown):
                assert shown == value >= 10
            else:
                assert shown in privacy.MARKERS
    # Astana-2's 4 couples are "<10"; Astana's region total minus Astana-1 would give them
    # back, so Astana-1 is hidden too, and the region and the country still add up.
    assert by_office["astana-2"]["applications"] == privacy.SMALL
    assert by_office["astana-1"]["applications"] == privacy.HIDDEN
    assert by_office["almaty-1"]["applications"] == 40
    assert by_office["almaty-1"]["completed"] == 12
    assert by_office["almaty-1"]["median_days_to_complete"] == 3
    regions = {row["region"]: row for row in rows if row["level"] == "region"}
    assert (regions["astana"]["applications"], regions["astana"]["completed"]) == (34, 23)
    country = next(row for row in rows if row["level"] == "country")
    assert (country["applications"], country["completed"]) == (74, 35)
    assert by_office["astana-2"]["median_days_to_complete"] is None


def test_no_published_count_is_below_ten(client, offices):
    for row in rows_of(client):
        for measure in ("applications", "assignments", "completed", "certificates_accepted"):
            value = row[measure]
            assert value in privacy.MARKERS or value >= 10, row


def test_the_csv_and_json_agree(client, offices):
    response = client.get("/kk/open-data/programme-figures.csv")
    assert response.status_code == 200
    lines = response.content.decode().splitlines()
    assert lines[0].split(",")[:5] == ["month", "level", "region", "office", "applications"]
    assert len(lines) - 1 == len(rows_of(client))
    assert "<10" in response.content.decode()


def test_the_data_package_validates(client, offices, tmp_path):
    """Frictionless reads the package as served (its files copied beside it) and finds no error."""
    descriptor = json.loads(client.get("/en/open-data/datapackage.json").content)
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    for resource in descriptor["resources"]:
        url = resource["path"]
        assert url.startswith("http://testserver/en/open-data/")
        name = url.rsplit("/", 1)[1]
        (tmp_path / name).write_bytes(client.get(url.replace("http://testserver", "")).content)
        resource["path"] = name
    (tmp_path / "datapackage.json").write_text(json.dumps(descriptor))
    package = Package(str(tmp_path / "datapackage.json"))
    report = package.validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    rows = package.get_resource("programme-figures-csv").read_rows()
    assert {row["level"] for row in rows} == {"office", "region", "country"}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_page_explains_every_column(client, language, offices):
    response = client.get(f"/{language}/open-data/")
    assert response.status_code == 200
    page = response.content.decode()
    for name in ("median_days_to_complete", "referral_requests", "datapackage.json", "CC-BY-4.0"):
        assert name in page
    assert RegistryOffice.objects.count() == 3
