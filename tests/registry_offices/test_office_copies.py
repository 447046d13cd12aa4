"""The office copied onto each course assignment (0056) and each partner (0057): kept when a
course is assigned, a couple registered and an application moves, read by the list's overdue,
open-state and name filters, and put right by `backfill_office_copies` for rows the release
before wrote during a rolling upgrade."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from registry_offices import office_copies
from registry_offices.models import CourseAssignment, MarriageApplication, Partner
from tests.factories import make_application

pytestmark = pytest.mark.django_db


def _overdue(office, number: str, course) -> CourseAssignment:
    application = make_application(office.office, number)
    today = timezone.localdate()
    issued = CourseAssignment.objects.assign(
        application, course, today + datetime.timedelta(days=5), office.clerk
    )
    CourseAssignment.objects.filter(pk=issued.assignment.pk).update(
        due_date=today - datetime.timedelta(days=3)
    )
    return issued.assignment


def _listed(user, **params) -> set[str]:
    client = Client()
    client.force_login(user)
    response = client.get(reverse("applications:index"), params)
    assert response.status_code == 200
    return {application.number for application in response.context["object_list"]}


def test_an_assignment_carries_its_office_and_moves_with_its_application(
    office_a, office_b, course
):
    moved = _overdue(office_a, "A-1", course)
    _overdue(office_b, "B-1", course)
    assert CourseAssignment.objects.get(pk=moved.pk).office_id == office_a.office.pk
    assert _listed(office_a.clerk, state="overdue") == {"A-1"}

    application = MarriageApplication.objects.get(pk=moved.application_id)
    application.office = office_b.office  # filed at the wrong office, moved by the head
    application.save()

    assert CourseAssignment.objects.get(pk=moved.pk).office_id == office_b.office.pk
    assert _listed(office_a.clerk, state="overdue") == set()
    assert _listed(office_b.clerk, overdue="true") == {"A-1", "B-1"}
    assert _listed(office_b.clerk, state="assigned") == set()


def test_rows_the_release_before_wrote_are_listed_and_put_right_by_the_backfill(
    office_a, office_b, admin_user, course
):
    own = _overdue(office_a, "A-1", course)
    other = _overdue(office_b, "B-1", course)
    open_one = make_application(office_a.office, "A-2")
    CourseAssignment.objects.assign(
        open_one, course, timezone.localdate() + datetime.timedelta(days=9), office_a.clerk
    )
    # Written by the running release during the upgrade: no office yet, or the office the
    # application had before that release moved it.
    CourseAssignment.objects.filter(application__office=office_a.office).update(office=None)
    CourseAssignment.objects.filter(pk=other.pk).update(office=office_a.office)

    # Still listed where they belong, never at another office.
    assert _listed(office_a.clerk, state="overdue") == {"A-1"}
    assert _listed(office_a.clerk, state="assigned") == {"A-2"}
    assert _listed(office_a.clerk, overdue="false") == {"A-2"}
    assert _listed(office_b.clerk, state="overdue") == set()  # the stale copy: until the backfill
    assert _listed(admin_user, state="overdue") == {"A-1", "B-1"}

    with pytest.raises(CommandError, match="^3 course assignments lack"):
        call_command("backfill_office_copies", "--check", stdout=io.StringIO())
    out = io.StringIO()
    call_command("backfill_office_copies", "--batch", "1", stdout=out)
    assert "3 course assignments given their application's office" in out.getvalue()
    assert "0 partners given their application's office" in out.getvalue()

    offices = dict(CourseAssignment.objects.values_list("pk", "office_id"))
    assert offices[own.pk] == office_a.office.pk and offices[other.pk] == office_b.office.pk
    assert _listed(office_b.clerk, state="overdue") == {"B-1"}
    again = io.StringIO()
    call_command("backfill_office_copies", stdout=again)
    assert again.getvalue().startswith("0 course assignments")
    check = io.StringIO()
    call_command("backfill_office_copies", "--check", stdout=check)
    assert "Every course assignment and partner carries" in check.getvalue()


def test_the_backfill_commits_batch_by_batch_and_resumes(office_a, course):
    """Interrupted after its first batch, a second run finishes and changes only the rest."""
    for number in ("A-1", "A-2", "A-3"):
        _overdue(office_a, number, course)
    CourseAssignment.objects.update(office=None)
    first = CourseAssignment.objects.order_by("pk").first()
    rows = CourseAssignment.objects.filter(pk=first.pk)
    assert (
        office_copies.wrong(CourseAssignment, MarriageApplication, rows).update(
            office_id=office_a.office.pk
        )
        == 1
    )
    assert office_copies.backfill(CourseAssignment, MarriageApplication, batch=2) == 2
    assert not CourseAssignment.objects.filter(office__isnull=True).exists()


def test_a_batch_must_be_positive():
    with pytest.raises(CommandError, match="--batch must be a positive number"):
        call_command("backfill_office_copies", "--batch", "0", stdout=io.StringIO())


def _found(user, name: str) -> set[str]:
    """The numbers "Find a couple" lists for a name token, posted as the clerk does."""
    client = Client()
    client.force_login(user)
    response = client.post(reverse("applications:find_iin"), {"query": name}, follow=True)
    assert response.status_code == 200
    return {application.number for application in response.context["object_list"]}


def test_a_partner_carries_its_office_and_moves_with_its_application(office_a, office_b):
    moved = make_application(office_a.office, "A-1", names=("Асқар Тоқтаров", "Айгүл Тоқтарова"))
    make_application(office_b.office, "B-1", names=("Ерлан Тоқтаров", "Дана Тоқтарова"))
    assert set(Partner.objects.filter(application=moved).values_list("office_id", flat=True)) == {
        office_a.office.pk
    }
    assert _found(office_a.clerk, "тоқтарова") == {"A-1"}

    moved.office = office_b.office
    moved.save()

    assert set(Partner.objects.filter(application=moved).values_list("office_id", flat=True)) == {
        office_b.office.pk
    }
    assert _found(office_a.clerk, "ТОҚТАРОВА") == set()
    assert _found(office_b.clerk, "Тоқтарова") == {"A-1", "B-1"}


def test_partners_the_release_before_wrote_are_found_and_put_right_by_the_backfill(
    office_a, office_b, admin_user
):
    make_application(office_a.office, "A-1", names=("Асқар Тоқтаров", "Айгүл Тоқтарова"))
    other = make_application(office_b.office, "B-1", names=("Ерлан Тоқтаров", "Дана Тоқтарова"))
    # Written by the running release during the upgrade: no office yet, or a stale one.
    Partner.objects.filter(application__office=office_a.office).update(office=None)
    Partner.objects.filter(application=other).update(office=office_a.office)

    assert _found(office_a.clerk, "тоқтар") == {"A-1"}  # never another office's couple
    assert _found(office_b.clerk, "тоқтар") == set()  # the stale copy: until the backfill
    assert _found(admin_user, "тоқтар") == {"A-1", "B-1"}

    with pytest.raises(CommandError, match="^4 partners lack"):
        call_command("backfill_office_copies", "--check", stdout=io.StringIO())
    out = io.StringIO()
    call_command("backfill_office_copies", stdout=out)
    assert "4 partners given their application's office" in out.getvalue()
    assert not Partner.objects.filter(office__isnull=True).exists()
    assert _found(office_b.clerk, "тоқтар") == {"B-1"}
    assert _found(office_a.clerk, "тоқтар") == {"A-1"}


def test_a_two_letter_surname_is_found_at_the_own_office_only(office_a, office_b):
    """ "Ли" has no trigram for the index to answer: it is looked up another way, and found."""
    make_application(office_a.office, "A-1", names=("Виктор Ли", "Анна Ли"))
    make_application(office_a.office, "A-2", names=("Болат Омаров", "Сара Омарова"))
    make_application(office_b.office, "B-1", names=("Сергей Ли", "Ольга Ли"))
    assert _found(office_a.clerk, "Ли") == {"A-1"}
    assert _found(office_b.clerk, "ли") == {"B-1"}
