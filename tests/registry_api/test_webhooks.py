"""Signed webhooks: verified with the standardwebhooks verifier, retried, timed out, replayed."""

import json
import time

import pytest
from django.core.management import call_command
from django.test import override_settings
from standardwebhooks.webhooks import Webhook

from registry_offices.models import CourseAssignment, WebhookDelivery, WebhookSubscription
from tests import factories


def _subscribe(system, receiver, events=("certificate.issued",)) -> str:
    response = system.post("/webhooks", {"url": receiver.url, "events": list(events)}, key="s1")
    assert response.status_code == 201, response.content
    secret = response.json()["secret"]
    assert secret.startswith("whsec_")
    return secret


def test_certificate_issued_reaches_the_receiver_signed(
    system_a, receiver, couple, short, django_capture_on_commit_callbacks
):
    secret = _subscribe(system_a, receiver)
    with django_capture_on_commit_callbacks(execute=True):
        certificate = factories.certified(couple, short)
    assert len(receiver.requests) == 1
    headers, body = receiver.requests[0]
    lower = {name.lower(): value for name, value in headers.items()}
    verified = Webhook(secret).verify(body, lower)  # raises on a bad signature or old timestamp
    assert verified["type"] == "certificate.issued"
    data = json.loads(body)["data"]
    assert data["certificate"]["code"] == certificate.code and data["office"] == "astana-1"
    assert data["application"] == couple.application.pk
    assert "Нұрлан" not in body.decode() and "holder" not in body.decode()  # no names
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.status_code) == ("delivered", 1, 200)
    with pytest.raises(Exception):  # noqa: B017 - a wrong secret never verifies
        Webhook("whsec_" + "QUJD" * 8).verify(body, lower)


def test_the_secret_is_stored_encrypted_and_shown_once(system_a, receiver):
    secret = _subscribe(system_a, receiver)
    stored = WebhookSubscription.objects.get()
    assert secret not in stored.secret_encrypted and stored.secret == secret
    replayed = system_a.post(
        "/webhooks", {"url": receiver.url, "events": ["certificate.issued"]}, key="s1"
    )
    assert replayed.status_code == 201 and replayed.json()["secret"] == ""
    assert WebhookSubscription.objects.count() == 1


@override_settings(WEBHOOK_MAX_ATTEMPTS=3)
def test_a_receiver_answering_500_gets_retries_then_a_failed_delivery(
    system_a, receiver, couple, short, django_capture_on_commit_callbacks
):
    _subscribe(system_a, receiver)
    receiver.status = 500
    with django_capture_on_commit_callbacks(execute=True):
        factories.certified(couple, short)
    assert len(receiver.requests) == 3
    assert len({headers["webhook-id"] for headers, _ in receiver.requests}) == 1  # same message
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.status_code) == ("failed", 3, 500)


@override_settings(WEBHOOK_MAX_ATTEMPTS=1, WEBHOOK_TIMEOUT_SECONDS=0.5)
def test_a_receiver_that_never_answers_times_out(
    system_a, receiver, couple, short, django_capture_on_commit_callbacks
):
    _subscribe(system_a, receiver)
    receiver.hang_seconds = 5
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        factories.certified(couple, short)
    assert time.monotonic() - started < 4
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.error) == ("failed", "timeout")


def test_another_offices_events_never_reach_the_client(
    system_a, receiver, office_b, short, django_capture_on_commit_callbacks
):
    _subscribe(system_a, receiver)
    other = factories.assign(office_b, short, number="B-1")
    with django_capture_on_commit_callbacks(execute=True):
        factories.certified(other, short)
    assert receiver.requests == [] and not WebhookDelivery.objects.exists()


def test_cancelled_and_overdue_assignments(
    system_a, receiver, couple, django_capture_on_commit_callbacks
):
    _subscribe(system_a, receiver, ("assignment.cancelled", "assignment.overdue"))
    with django_capture_on_commit_callbacks(execute=True):
        response = system_a.post(f"/offices/astana-1/assignments/{couple.assignment.pk}/cancel")
    assert response.status_code == 200
    assert [json.loads(body)["type"] for _, body in receiver.requests] == ["assignment.cancelled"]
    late = factories.assign(
        factories.Office(couple.application.office, None, None), couple.assignment.course, "L-1"
    )
    CourseAssignment.objects.filter(pk=late.assignment.pk).update(due_date="2020-01-01")
    for _run in range(2):  # the second run sends nothing twice
        with django_capture_on_commit_callbacks(execute=True):
            call_command("find_overdue_assignments", stdout=open("/dev/null", "w"))  # noqa: SIM115
    types = [json.loads(body)["type"] for _, body in receiver.requests]
    assert types == ["assignment.cancelled", "assignment.overdue"]


def test_the_delivery_log_is_replayable_in_the_admin(
    system_a, receiver, couple, short, admin_client, django_capture_on_commit_callbacks
):
    _subscribe(system_a, receiver)
    receiver.status = 410
    with (
        override_settings(WEBHOOK_MAX_ATTEMPTS=1),
        django_capture_on_commit_callbacks(execute=True),
    ):
        factories.certified(couple, short)
    failed = WebhookDelivery.objects.get()
    listing = admin_client.get("/admin/webhook-deliveries/")
    assert listing.status_code == 200 and b"certificate.issued" in listing.content
    assert b"410" in listing.content
    receiver.status = 204
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/webhook-deliveries/replay/{failed.pk}/")
    assert response.status_code == 302
    again = WebhookDelivery.objects.exclude(pk=failed.pk).get()
    assert (again.status, again.status_code) == ("delivered", 204)
    assert receiver.requests[0][0]["webhook-id"] == receiver.requests[1][0]["webhook-id"]
