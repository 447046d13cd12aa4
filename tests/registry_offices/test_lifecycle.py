"""Lifecycle holes (issue 13): a completed course is not cancelled away, partners with a course stay,
forged partner ids are refused, an application with a certificate is not deleted, double submits."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.db.models import RestrictedError
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from certificates.models import Certificate
from registry_offices import forms as registry_forms
from registry_offices.models import (
    AssignmentRefused,
    CourseAssignment,
    MarriageApplication,
    Partner,
    PartnerAccess,
)
from tests.factories import certified, make_application

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def _assign_post(client, application, course):
    due = timezone.localdate() + datetime.timedelta(days=5)
    return client.post(
        reverse("applications:assign", args=[application.pk]),
        {"course": course.pk, "due_date": due.isoformat()},
    )


# --- A completed assignment and its certificate -----------------------------------------------


def test_a_completed_assignment_with_a_valid_certificate_cannot_be_cancelled(
    client, couple, short, office_a
):
    certificate = certified(couple, short)
    assignment = couple.assignment
    assignment.refresh_from_db()
    assert assignment.state == "completed" and not assignment.can_cancel
    with pytest.raises(AssignmentRefused, match="revoke the certificate instead"):
        assignment.cancel(office_a.clerk)
    assignment.refresh_from_db()
    assert assignment.state == "completed"

    client.force_login(office_a.clerk)
    edit = client.get(reverse("applications:edit", args=[couple.application.pk]))
    cancel_url = reverse("applications:cancel", args=[assignment.pk])
    assert cancel_url not in edit.content.decode()  # the button is not offered
    for method in ("get", "post"):
        response = getattr(client, method)(cancel_url)
        assert response.status_code == 302
        assert any("revoke the certificate instead" in m for m in _messages(response))
    assignment.refresh_from_db()
    certificate.refresh_from_db()
    assert assignment.state == "completed" and certificate.state == "valid"


def test_the_course_is_not_assigned_again_while_a_valid_certificate_exists(
    client, couple, short, office_a
):
    certified(couple, short)
    # Even if the assignment was cancelled before this rule (old rows), no second course.
    CourseAssignment.objects.filter(pk=couple.assignment.pk).update(state="cancelled")
    with pytest.raises(AssignmentRefused, match="valid certificate"):
        CourseAssignment.objects.assign(
            couple.application, short, timezone.localdate(), office_a.clerk
        )
    client.force_login(office_a.clerk)
    response = _assign_post(client, couple.application, short)
    assert response.status_code == 200
    codes = [error.code for error in response.context["form"].errors.as_data()["course"]]
    assert "certified" in codes
    assert CourseAssignment.objects.count() == 1
    assert Certificate.objects.filter(state="valid").count() == 1


def test_after_revoking_the_course_can_be_cancelled_and_assigned_again(
    client, couple, short, office_a
):
    certificate = certified(couple, short)
    certificate.revoke(office_a.clerk, "Taken by someone else")
    assignment = CourseAssignment.objects.get(pk=couple.assignment.pk)
    assert assignment.can_cancel
    client.force_login(office_a.clerk)
    assert client.post(reverse("applications:cancel", args=[assignment.pk])).status_code == 302
    assignment.refresh_from_db()
    assert assignment.state == "cancelled"
    response = _assign_post(client, couple.application, short)
    assert response.status_code == 302
    assert CourseAssignment.objects.exclude(state="cancelled").count() == 1


def test_a_double_submitted_assignment_is_answered_with_a_message(
    client, office_a, course, monkeypatch
):
    application = make_application(office_a.office, "AST-50")
    client.force_login(office_a.clerk)
    assert _assign_post(client, application, course).status_code == 302
    # The second request passed its form check before the first one saved (a race):
    monkeypatch.setattr(registry_forms.AssignCourseForm, "clean", lambda form: form.cleaned_data)
    response = _assign_post(client, application, course)
    assert response.status_code == 302
    assert response["Location"] == reverse("applications:edit", args=[application.pk])
    assert "This course is already assigned to this couple." in _messages(response)
    assert CourseAssignment.objects.count() == 1


# --- Partners of an application with a course --------------------------------------------------


def _partner_rows(application) -> list[dict]:
    rows = []
    for partner in application.partners.order_by("sort_order"):
        rows.append(
            {
                "id": partner.pk,
                "full_name": partner.full_name,
                "date_of_birth": partner.date_of_birth.isoformat(),
                "iin": "",
                "phone": "",
                "email": "",
                "preferred_language": partner.preferred_language,
            }
        )
    return rows


def _edit_data(application, partners) -> dict:
    return nested_form_data(
        {
            "office": application.office_id,
            "number": application.number,
            "status": application.status,
            "application_date": application.application_date.isoformat(),
            "planned_registration_date": application.planned_registration_date.isoformat(),
            "partners": inline_formset(partners, initial=len(partners), min=2, max=2),
        }
    )


def test_a_partner_with_a_course_cannot_be_replaced(client, couple, office_a):
    application = couple.application
    rows = _partner_rows(application)
    rows[1] = {**rows[1], "DELETE": "1"}
    rows.append({**rows[1], "id": "", "DELETE": "", "full_name": "Жаңа Серіктес"})
    data = _edit_data(application, rows)
    data["partners-INITIAL_FORMS"] = "2"
    client.force_login(office_a.clerk)
    response = client.post(reverse("applications:edit", args=[application.pk]), data)
    assert response.status_code == 200
    assert "A partner cannot be removed once a course is assigned" in response.content.decode()
    assert application.partners.count() == 2
    assert PartnerAccess.objects.filter(assignment=couple.assignment).count() == 2
    # The model refuses too, whatever the screen.
    with pytest.raises(RestrictedError):
        application.partners.last().delete()


def test_correcting_a_name_of_a_partner_with_a_course_is_allowed(client, couple, office_a):
    application = couple.application
    data = _edit_data(application, _partner_rows(application))
    data["partners-1-full_name"] = "Айгерім Нұрланқызы Сейітова"
    client.force_login(office_a.clerk)
    response = client.post(reverse("applications:edit", args=[application.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    assert application.partners.get(sort_order=1).full_name == "Айгерім Нұрланқызы Сейітова"


def test_a_partner_without_a_course_can_still_be_replaced(client, office_a):
    application = make_application(office_a.office, "AST-60")
    rows = _partner_rows(application)
    rows[1] = {**rows[1], "DELETE": "1"}
    rows.append({**rows[1], "id": "", "DELETE": "", "full_name": "Жаңа Серіктес"})
    data = _edit_data(application, rows)
    data["partners-INITIAL_FORMS"] = "2"
    client.force_login(office_a.clerk)
    response = client.post(reverse("applications:edit", args=[application.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    assert sorted(application.partners.values_list("full_name", flat=True)) == sorted(
        ["Нұрлан Сейітқали", "Жаңа Серіктес"]
    )


def test_a_forged_partner_id_of_another_application_is_refused(client, office_a, office_b):
    mine = make_application(office_a.office, "AST-70")
    theirs = make_application(office_b.office, "ALM-70", names=("Бөтен Адам", "Басқа Адам"))
    stolen = theirs.partners.first()
    data = _edit_data(mine, _partner_rows(mine))
    data["partners-0-id"] = str(stolen.pk)
    client.force_login(office_a.clerk)
    response = client.post(reverse("applications:edit", args=[mine.pk]), data)
    assert response.status_code == 200
    assert "does not belong to this application" in response.content.decode()
    assert mine.partners.count() == 2 and theirs.partners.count() == 2
    stolen.refresh_from_db()
    assert stolen.application_id == theirs.pk and stolen.full_name == "Бөтен Адам"
    # On a new application, too.
    data = _edit_data(mine, _partner_rows(mine))
    data.update({"number": "AST-71", "partners-0-id": str(stolen.pk)})
    data["partners-INITIAL_FORMS"] = "0"
    data["partners-1-id"] = ""
    response = client.post(reverse("applications:add"), data)
    assert response.status_code == 200
    assert not MarriageApplication.objects.filter(number="AST-71").exists()
    assert Partner.objects.count() == 4


# --- Deleting an application ------------------------------------------------------------------


def test_an_application_with_a_certificate_is_not_deleted(client, couple, short, office_a):
    certified(couple, short)
    client.force_login(office_a.head)
    url = reverse("applications:delete", args=[couple.application.pk])
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        assert response.status_code == 302
        assert response["Location"] == reverse("applications:edit", args=[couple.application.pk])
        assert any("cannot be deleted" in m for m in _messages(response))
    assert MarriageApplication.objects.filter(pk=couple.application.pk).exists()


def test_an_application_with_a_course_but_no_certificate_is_deleted(client, couple, office_a):
    client.force_login(office_a.head)
    url = reverse("applications:delete", args=[couple.application.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert not MarriageApplication.objects.exists()
    assert not PartnerAccess.objects.exists() and not Partner.objects.exists()
