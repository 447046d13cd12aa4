"""The ministry dashboard: analysts only, figures that reconcile with a recount, small counts
suppressed, a filter isolating few people says so, the office table downloads as CSV."""

import pytest
from django.utils import timezone

from home import privacy
from registry_offices.models import CourseAssignment
from tests.evaluation.data import couples

pytestmark = pytest.mark.django_db

URL = "/admin/evaluation/"


@pytest.fixture
def busy(office_a, office_b, short):
    today = timezone.localdate()
    couples(office_a.office, short, today.replace(day=1), 24, completed=12)
    couples(office_b.office, short, today.replace(day=1), 3, completed=1)
    return today


def test_an_analyst_sees_every_office_figures_only(client, analyst, busy, office_a):
    client.force_login(analyst)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<svg class="column-chart"' in html
    assert "astana-1" in html and "almaty-1" in html
    assert "Нұрлан" not in html and "Айгерім" not in html  # no partner's name anywhere
    # Astana's 24 assignments this month reconcile with a recount; Almaty's 3 show as <10, and
    # Astana's own row is hidden beside it so the total (27) cannot give them back.
    recount = CourseAssignment.objects.filter(application__office=office_a.office).count()
    assert recount == 24
    monthly = response.context["monthly"][-1]["values"]
    assert monthly[1] == 27  # assignments this month, both offices
    rows = {row["name"]: row["values"] for row in response.context["office_rows"] if row["name"]}
    assert rows["almaty-1"][1] == privacy.SMALL
    assert rows["astana-1"][1] == privacy.HIDDEN
    assert response.context["monthly_total"][1] == 27


def test_a_filter_that_isolates_few_people_shows_the_suppression_message(
    client, analyst, busy, office_b
):
    client.force_login(analyst)
    response = client.get(URL, {"office": office_b.office.pk})
    html = response.content.decode()
    assert 'data-testid="suppressed"' in html
    assert '<svg class="column-chart"' not in html


def test_the_office_table_downloads_as_csv(client, analyst, busy):
    client.force_login(analyst)
    response = client.get(URL, {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("office,region,applications")
    assert "almaty-1,almaty,<10" in text


def test_clerks_do_not_see_the_dashboard(client, office_a, busy):
    client.force_login(office_a.clerk)
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert b"almaty-1" not in response.content
