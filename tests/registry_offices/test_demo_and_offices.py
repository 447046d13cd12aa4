"""Demo offices and couples, the offices admin screen, and offices' names per language."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from registry_offices.models import (
    CourseAssignment,
    MarriageApplication,
    OfficeMembership,
    OfficeResourceCentre,
    RegistryOffice,
)

pytestmark = pytest.mark.django_db

CITIES = {"astana", "almaty", "karaganda", "atyrau", "oskemen", "taraz", "kokshetau", "kostanay"}


def test_load_demo_makes_eight_offices_with_staff_couples_and_every_state(demo_content):
    offices = RegistryOffice.objects.all()
    assert {office.city for office in offices} == CITIES
    for office in offices:
        roles = set(
            OfficeMembership.objects.filter(office=office).values_list("role", "user__username")
        )
        assert roles == {("clerk", f"clerk-{office.city}"), ("head", f"head-{office.city}")}
        assert MarriageApplication.objects.filter(office=office).count() >= 24
        assert office.resource_centres.exists()  # centres of the same city, nearest first
    assert {a.effective_state() for a in CourseAssignment.objects.all()} == {
        "assigned",
        "in_progress",
        "completed",
        "overdue",
        "cancelled",
    }
    assert MarriageApplication.objects.filter(shortened_term=True).exists()
    assert all(
        p.name_search for a in MarriageApplication.objects.all()[:5] for p in a.partners.all()
    )
    counts = (MarriageApplication.objects.count(), OfficeResourceCentre.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (MarriageApplication.objects.count(), OfficeResourceCentre.objects.count()) == counts


def test_an_office_is_named_in_the_active_language(office_a):
    office = office_a.office
    with translation.override("ru"):
        assert str(office) == "ЗАГС astana"
    with translation.override("en"):
        assert office.name == "astana registry office"
    assert office.name_in("kk") == "astana АХАТ"


def test_administrators_manage_offices_and_clerks_cannot(client, admin_user, office_a):
    client.force_login(admin_user)
    response = client.get(reverse("registry-offices:edit", args=[office_a.office.pk]))
    assert response.status_code == 200
    assert "resource_centres-TOTAL_FORMS" in response.content.decode()
    client.force_login(office_a.clerk)
    response = client.get(reverse("registry-offices:edit", args=[office_a.office.pk]))
    assert response.status_code in (302, 403)


def test_the_groups_come_back_with_their_permissions_after_a_flush():
    from django.contrib.auth.models import Group

    from registry_offices.roles import ensure_roles

    Group.objects.filter(name__in=["Clerks", "Ministry analysts"]).delete()
    groups = ensure_roles()
    clerk_perms = set(groups["Clerks"].permissions.values_list("codename", flat=True))
    assert {"add_marriageapplication", "view_office_report", "access_admin"} <= clerk_perms
    assert "delete_marriageapplication" not in clerk_perms
    analyst_perms = set(groups["Ministry analysts"].permissions.values_list("codename", flat=True))
    assert analyst_perms >= {"view_all_offices_report", "access_admin"}
    assert "view_marriageapplication" not in analyst_perms
    assert set(groups) == {"Clerks", "Office heads", "Ministry analysts"}
