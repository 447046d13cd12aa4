"""Filing, reading, finding, assigning and cancelling through the registry API."""

import datetime

from django.utils import timezone

from accounts.models import SecurityEvent
from registry_offices import iin as iin_rules
from registry_offices.models import CourseAssignment, MarriageApplication
from tests import factories

from .conftest import application_body


def test_a_system_files_an_application_with_both_partners(system_a, office_a):
    response = system_a.post("/offices/astana-1/applications", application_body())
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["number"] == "API-1" and body["external_id"] == "IS-API-1"
    assert body["status"] == "submitted" and body["assignments"] == []
    application = MarriageApplication.objects.get(pk=body["id"])
    assert application.office == office_a.office
    first, second = application.partners.order_by("sort_order")
    # The IIN is kept as the admin keeps it: a keyed hash and four digits, never the number.
    iin = factories.iin_for(factories.ADULT, female=True)
    assert first.iin_hash == iin_rules.iin_hash(iin) and first.iin_last4 == iin[-4:]
    assert second.phone == "+77012345678"  # E.164, as the admin's form stores it
    assert "Айгерім" not in response.content.decode()  # no names in the answer


def test_the_admin_forms_rules_refuse_bad_input_naming_each_field(system_a):
    body = application_body()
    body["partners"][0]["iin"] = "950517400001"  # wrong check digit
    body["partners"][1]["full_name"] = "Данияр\u202eСерікұлы"  # a direction override
    body["partners"][1]["phone"] = "12"
    body["planned_registration_date"] = "2001-01-01"
    response = system_a.post("/offices/astana-1/applications", body)
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"].endswith("/validation")
    fields = {error["field"] for error in problem["errors"]}
    assert "partners.1.full_name" in fields  # refused before the form, as control characters
    assert not MarriageApplication.objects.exists()


def test_form_rules_come_back_with_the_partner_field(system_a):
    body = application_body()
    body["partners"][0]["iin"] = "950517400001"
    body["partners"][1]["phone"] = "12"
    body["planned_registration_date"] = "2001-01-01"
    problem = system_a.post("/offices/astana-1/applications", body).json()
    fields = {error["field"] for error in problem["errors"]}
    assert {"partners.0.iin", "partners.1.phone", "planned_registration_date"} <= fields


def test_unknown_fields_are_named(system_a):
    body = application_body(colour="blue")
    body["partners"][0]["nickname"] = "Ai"
    response = system_a.post("/offices/astana-1/applications", body)
    assert response.status_code == 422
    problem = response.json()
    unknown = {e["field"] for e in problem["errors"] if e["code"] == "unknown_field"}
    assert unknown == {"colour", "partners.0.nickname"}
    assert "colour" in problem["detail"]


def test_the_registry_number_is_unique_per_office(system_a, make_system, office_b):
    assert system_a.post("/offices/astana-1/applications", application_body()).status_code == 201
    again = system_a.post(
        "/offices/astana-1/applications", application_body("API-2", external_id="IS-API-1")
    )
    assert again.status_code == 409
    assert again.json()["type"].endswith("/conflict")
    other = make_system([office_b.office])
    assert other.post("/offices/almaty-1/applications", application_body()).status_code == 201


def test_find_by_iin_and_by_external_id(system_a):
    created = system_a.post("/offices/astana-1/applications", application_body()).json()
    iin = factories.iin_for(factories.ADULT, female=True)
    by_iin = system_a.post("/offices/astana-1/applications/find", {"iin": iin})
    assert by_iin.status_code == 200 and [a["id"] for a in by_iin.json()] == [created["id"]]
    by_number = system_a.post("/offices/astana-1/applications/find", {"external_id": "IS-API-1"})
    assert [a["id"] for a in by_number.json()] == [created["id"]]
    nobody = system_a.post(
        "/offices/astana-1/applications/find", {"iin": factories.iin_for(factories.ADULT_2)}
    )
    assert nobody.json() == []


def test_assign_a_course_read_progress_get_slips_and_cancel(system_a, short):
    created = system_a.post("/offices/astana-1/applications", application_body()).json()
    planned = datetime.date.fromisoformat(created["planned_registration_date"])
    late = system_a.post(
        f"/offices/astana-1/applications/{created['id']}/assignments",
        {"course": short.pk, "due_date": (planned + datetime.timedelta(days=1)).isoformat()},
    )
    assert late.status_code == 422 and late.json()["errors"][0]["field"] == "due_date"
    due = planned - datetime.timedelta(days=3)
    assigned = system_a.post(
        f"/offices/astana-1/applications/{created['id']}/assignments",
        {"course": short.pk, "due_date": due.isoformat()},
    )
    assert assigned.status_code == 201, assigned.content
    assignment = assigned.json()
    assert assignment["state"] == "assigned"
    assert [p["position"] for p in assignment["partners"]] == [1, 2]
    state = system_a.get(f"/offices/astana-1/applications/{created['id']}").json()
    assert state["assignments"][0]["partners"][0]["progress"]["lessons_done"] == 0
    slips = system_a.get(f"/offices/astana-1/assignments/{assignment['id']}/slips").json()
    codes = [slip["code"] for slip in slips["slips"]]
    assert all(codes) and all("#code=" in slip["link"] for slip in slips["slips"])
    again = system_a.get(f"/offices/astana-1/assignments/{assignment['id']}/slips").json()
    assert [slip["code"] for slip in again["slips"]] == [None, None]  # shown once
    cancelled = system_a.post(f"/offices/astana-1/assignments/{assignment['id']}/cancel")
    assert cancelled.status_code == 200 and cancelled.json()["state"] == "cancelled"
    assert CourseAssignment.objects.get().state == "cancelled"


def test_every_call_is_in_the_security_log_without_personal_data(system_a):
    system_a.post("/offices/astana-1/applications", application_body())
    event = SecurityEvent.objects.filter(kind=SecurityEvent.Kind.API_CALL).first()
    assert event.detail == {
        "client": system_a.api_client.client_id,
        "office": "astana-1",
        "action": "application_create",
        "method": "POST",
        "status": 201,
    }
    logged = str(list(SecurityEvent.objects.values_list("detail", "username")))
    assert "Айгерім" not in logged and "IS-API-1" not in logged
    assert factories.iin_for(factories.ADULT, female=True) not in logged


def test_updated_at_moves_when_a_course_changes(system_a, short):
    created = system_a.post("/offices/astana-1/applications", application_body()).json()
    before = MarriageApplication.objects.get().updated_at
    due = timezone.localdate() + datetime.timedelta(days=5)
    system_a.post(
        f"/offices/astana-1/applications/{created['id']}/assignments",
        {"course": short.pk, "due_date": due.isoformat()},
    )
    assert MarriageApplication.objects.get().updated_at > before
