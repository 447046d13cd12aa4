"""The applications list: search by name, number, last four or full IIN; filters; sorting; reports menu."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from registry_offices import services
from registry_offices.models import CourseAssignment

from .conftest import ADULT, ADULT_2, iin_for, make_application

pytestmark = pytest.mark.django_db


@pytest.fixture
def listed(office_a, course):
    today = timezone.localdate()
    first_iin = iin_for(ADULT, serial=4321)
    a = make_application(office_a.office, "AST-100", names=("Дәурен Тоқтаров", "Анна Смирнова"))
    b = make_application(
        office_a.office,
        "AST-200",
        names=("Ерлан Жақсыбеков", "Әсел Бекова"),
        iins=(first_iin, None),
    )
    c = make_application(office_a.office, "AST-300", names=("Максим Ли", "Ольга Волкова"))
    services.assign_course(a, course, today + datetime.timedelta(days=5), office_a.clerk)
    issued = services.assign_course(b, course, today + datetime.timedelta(days=5), office_a.clerk)
    CourseAssignment.objects.filter(pk=issued.assignment.pk).update(
        due_date=today - datetime.timedelta(days=2)
    )
    return {"a": a, "b": b, "c": c, "iin": first_iin}


def _numbers(client, **params) -> set[str]:
    response = client.get(reverse("applications:index"), params)
    assert response.status_code == 200
    return {application.number for application in response.context["object_list"]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("смирнова", {"AST-100"}),  # Cyrillic, any case
        ("ӘСЕЛ", {"AST-200"}),  # Kazakh letters, any case
        ("AST-3", {"AST-300"}),
        ("nobody", set()),
    ],
)
def test_search_by_name_or_number(client, office_a, listed, query, expected):
    client.force_login(office_a.clerk)
    assert _numbers(client, q=query) == expected


def test_search_by_the_last_four_or_the_full_iin(client, office_a, listed):
    client.force_login(office_a.clerk)
    iin = listed["iin"]
    assert _numbers(client, q=iin[-4:]) == {"AST-200"}
    assert _numbers(client, q=iin) == {"AST-200"}
    assert _numbers(client, q=f"{iin[:6]} {iin[6:]}") == {"AST-200"}
    other = iin_for(ADULT_2, female=True, serial=4321)
    assert _numbers(client, q=other) == set()


def test_filters_by_state_course_overdue_and_sorting(client, office_a, listed, course):
    client.force_login(office_a.clerk)
    assert _numbers(client, state="overdue") == {"AST-200"}
    assert _numbers(client, state="assigned") == {"AST-100"}
    assert _numbers(client, overdue="true") == {"AST-200"}
    assert _numbers(client, overdue="false") == {"AST-100", "AST-300"}
    assert _numbers(client, course=course.pk) == {"AST-100", "AST-200"}
    response = client.get(reverse("applications:index"), {"ordering": "-number"})
    assert [a.number for a in response.context["object_list"]] == ["AST-300", "AST-200", "AST-100"]
    html = response.content.decode()
    assert "Анна Смирнова" in html and listed["iin"] not in html


def test_starting_and_completing_happen_once(office_a, listed):
    assignment = listed["a"].assignments.get()
    assert services.start_assignment(assignment) is True
    assert services.start_assignment(assignment) is False
    assert assignment.state == "in_progress" and assignment.started_at
    assert services.complete_assignment(assignment) is True
    assert services.complete_assignment(assignment) is False
    assignment.refresh_from_db()
    assert assignment.state == "completed" and assignment.completed_at


def test_the_reports_menu_leads_each_role_to_its_report(client, office_a, analyst, listed):
    client.force_login(office_a.clerk)
    response = client.get(reverse("applications:reports"))
    assert response.url == reverse("applications:report", args=[office_a.office.pk])
    client.force_login(analyst)
    response = client.get(reverse("applications:reports"))
    assert response.url == reverse("applications:report_all")
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("applications:reports") in home


def test_find_by_iin_posts_the_number_and_filters_by_its_hash(client, office_a, listed):
    client.force_login(office_a.clerk)
    iin = listed["iin"]
    assert client.get(reverse("applications:find_iin")).status_code == 200
    response = client.post(reverse("applications:find_iin"), {"iin": iin})
    assert response.status_code == 302
    assert iin not in response.url and "iin=" in response.url
    assert {a.number for a in client.get(response.url).context["object_list"]} == {"AST-200"}
    wrong = client.post(reverse("applications:find_iin"), {"iin": iin[:11]})
    assert wrong.status_code == 200 and "iin" in wrong.context["form"].errors
    listing = client.get(reverse("applications:index")).content.decode()
    assert reverse("applications:find_iin") in listing
