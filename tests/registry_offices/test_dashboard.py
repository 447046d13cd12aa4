"""The office dashboard on the admin home and the report: right figures, right offices, no names."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from registry_offices import tallies
from registry_offices.figures import office_figures
from registry_offices.models import CourseAssignment
from registry_offices.scoping import offices_for_user
from tests.factories import make_application

pytestmark = pytest.mark.django_db


@pytest.fixture
def states(office_a, office_b, course):
    """Office A: one assignment in each state (one overdue); office B: two completed."""
    today = timezone.localdate()
    soon = today + datetime.timedelta(days=5)
    rows = [
        ("A-1", "assigned", soon),
        ("A-2", "in_progress", soon),
        ("A-3", "completed", soon),
        ("A-4", "assigned", today - datetime.timedelta(days=1)),  # overdue
        ("A-5", "cancelled", soon),
    ]
    for number, state, due in rows:
        application = make_application(office_a.office, number)
        issued = CourseAssignment.objects.assign(application, course, soon, office_a.clerk)
        CourseAssignment.objects.filter(pk=issued.assignment.pk).update(state=state, due_date=due)
    for number in ("B-1", "B-2"):
        application = make_application(office_b.office, number)
        issued = CourseAssignment.objects.assign(application, course, soon, office_b.clerk)
        CourseAssignment.objects.filter(pk=issued.assignment.pk).update(state="completed")
    # States and due dates written behind the verbs' backs: the tallies recounted.
    tallies.rebuild()


def test_figures_count_each_state_with_overdue_derived_from_the_due_date(states, office_a):
    (figures,) = office_figures(offices_for_user(office_a.clerk))
    assert (figures.assigned, figures.in_progress, figures.completed, figures.overdue) == (
        1,
        1,
        1,
        1,
    )
    assert figures.cancelled == 1 and figures.certificates_accepted == 0
    assert CourseAssignment.objects.overdue().count() == 1
    assert CourseAssignment.objects.in_effective_state("assigned").count() == 1


def test_a_clerk_sees_their_office_on_the_admin_home(client, states, office_a):
    client.force_login(office_a.clerk)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "registry-dashboard" in html
    assert office_a.office.name_en in html or office_a.office.name_kk in html
    assert "almaty" not in html.lower()
    assert html.count('class="chart-bar--assigned"') == 6  # six months, one bar each
    assert "Нұрлан" not in html and "A-1" not in html


def test_an_analyst_sees_every_office_side_by_side(client, states, analyst):
    client.force_login(analyst)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "astana" in html.lower() and "almaty" in html.lower()
    assert html.count('<svg class="column-chart"') == 2
    assert "Нұрлан" not in html and "A-1" not in html


def test_the_office_report_and_its_csv(client, states, office_a):
    client.force_login(office_a.head)
    response = client.get(reverse("applications:report", args=[office_a.office.pk]))
    assert response.status_code == 200
    (row,) = response.context["rows"]
    assert (row.assigned, row.in_progress, row.completed, row.overdue, row.cancelled) == (
        1,
        1,
        1,
        1,
        1,
    )
    export = client.get(reverse("applications:report_export", args=[office_a.office.pk]))
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert len(lines) == 2 and lines[1].startswith("astana-1,")
    assert "almaty" not in "".join(lines)
