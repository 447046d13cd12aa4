"""A clerk sees and changes only their own office: every clerk URL of the other office is a 404."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from registry_offices.models import CourseAssignment
from tests.factories import ADULT, assert_not_found, iin_for, make_application

pytestmark = pytest.mark.django_db


def _office_urls(application) -> list[str]:
    assignment = application.assignments.get()
    access = assignment.accesses.first()
    return [
        reverse("applications:edit", args=[application.pk]),
        reverse("applications:history", args=[application.pk]),
        reverse("applications:usage", args=[application.pk]),
        reverse("applications:delete", args=[application.pk]),
        reverse("applications:assign", args=[application.pk]),
        reverse("applications:slips", args=[assignment.pk]),
        reverse("applications:regenerate", args=[access.pk]),
        reverse("applications:cancel", args=[assignment.pk]),
        reverse("applications:report", args=[application.office_id]),
        reverse("applications:report_export", args=[application.office_id]),
    ]


@pytest.fixture
def two_offices(office_a, office_b, course):
    due = timezone.localdate() + datetime.timedelta(days=10)
    apps = {}
    for office, number, iin in (
        (office_a, "AST-1", iin_for(ADULT, serial=101)),
        (office_b, "ALM-1", iin_for(ADULT, serial=202)),
    ):
        application = make_application(office.office, number, iins=(iin, None))
        CourseAssignment.objects.assign(application, course, due, office.clerk)
        apps[office.office.code] = (application, iin)
    return apps


@pytest.mark.parametrize("role", ["clerk", "head"])
def test_every_clerk_url_answers_for_the_own_office_and_404s_for_the_other(
    client, office_a, office_b, two_offices, role
):
    own, _ = two_offices["astana-1"]
    other, _ = two_offices["almaty-1"]
    client.force_login(getattr(office_a, role))
    for url in _office_urls(own):
        if "delete" in url and role == "clerk":
            continue  # clerks may not delete (checked below)
        assert client.get(url).status_code == 200, url
    for url in _office_urls(other):
        assert_not_found(client, url)
        assert_not_found(client, url, "post")
    # Nothing was changed by the attempts.
    assignment = other.assignments.get()
    assert assignment.state == CourseAssignment.State.ASSIGNED
    assert other.__class__.objects.filter(pk=other.pk).exists()


def test_clerks_may_not_delete_applications(client, office_a, two_offices):
    own, _ = two_offices["astana-1"]
    client.force_login(office_a.clerk)
    response = client.post(reverse("applications:delete", args=[own.pk]))
    assert response.status_code in (302, 403)
    assert own.__class__.objects.filter(pk=own.pk).exists()


def test_the_list_search_and_export_hold_only_the_own_office(client, office_a, two_offices):
    _, other_iin = two_offices["almaty-1"]
    _, own_iin = two_offices["astana-1"]
    client.force_login(office_a.clerk)
    html = client.get(reverse("applications:index")).content.decode()
    assert "AST-1" in html and "ALM-1" not in html
    found = client.post(reverse("applications:find_iin"), {"query": other_iin}, follow=True)
    assert "ALM-1" not in found.content.decode()
    found = client.post(reverse("applications:find_iin"), {"query": own_iin}, follow=True)
    assert "AST-1" in found.content.decode()
    export = client.get(reverse("applications:index"), {"export": "csv"})
    body = b"".join(export.streaming_content).decode()
    assert "AST-1" in body and "ALM-1" not in body
    assert own_iin not in body and own_iin[-4:] in body
    assert "+7 700" not in body and "@" not in body  # no contact details


def test_a_clerk_without_a_membership_sees_nothing(client, django_user_model, two_offices):
    from registry_offices.roles import ensure_roles

    stray = django_user_model.objects.create_user(username="stray", password="x")
    stray.groups.add(ensure_roles()["Clerks"])
    client.force_login(stray)
    html = client.get(reverse("applications:index")).content.decode()
    assert "AST-1" not in html and "ALM-1" not in html
    own, _ = two_offices["astana-1"]
    assert_not_found(client, reverse("applications:edit", args=[own.pk]))


def test_clerks_do_not_see_the_all_offices_report(client, office_a, two_offices):
    client.force_login(office_a.clerk)
    assert_not_found(client, reverse("applications:report_all"))
    assert_not_found(client, reverse("applications:report_export_all"))


def test_ministry_analysts_see_every_office_in_aggregate_only(client, analyst, two_offices):
    client.force_login(analyst)
    response = client.get(reverse("applications:report_all"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "astana" in html and "almaty" in html
    for application, iin in two_offices.values():
        assert application.number not in html and iin[-4:] not in html
        assert "Нұрлан" not in html and "Айгерім" not in html
    export = client.get(reverse("applications:report_export_all"))
    body = b"".join(export.streaming_content).decode()
    assert "astana-1" in body and "almaty-1" in body and "Нұрлан" not in body
    # No personal screens for analysts.
    assert client.get(reverse("applications:index")).status_code in (302, 403)
    own, _ = two_offices["astana-1"]
    assert client.get(reverse("applications:edit", args=[own.pk])).status_code in (302, 403, 404)
