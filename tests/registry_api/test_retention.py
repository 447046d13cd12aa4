"""`manage.py purge_api_records`: idempotency keys live their whole window, webhook logs their
documented 30 days, a pending delivery never goes, and the batches stay the same size of work."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from registry_offices.models import (
    CourseAssignment,
    IdempotencyRecord,
    MarriageApplication,
    WebhookDelivery,
    WebhookEvent,
    WebhookSubscription,
)

from .conftest import application_body

DAY = datetime.timedelta(days=1)


def purge(batch: int = 2000) -> str:
    out = io.StringIO()
    call_command("purge_api_records", batch=batch, stdout=out)
    return out.getvalue()


def age(queryset, days: float) -> None:
    queryset.update(created_at=timezone.now() - datetime.timedelta(days=days))


# Idempotency keys -------------------------------------------------------------------------------


def test_a_key_inside_its_window_still_replays_after_a_purge(system_a):
    first = system_a.post("/offices/astana-1/applications", application_body(), key="file-1")
    assert first.status_code == 201, first.content
    age(IdempotencyRecord.objects.all(), 7 - 1 / 24)  # an hour before the window ends

    assert "Deleted 0 idempotency record(s) older than 7 days" in purge()

    again = system_a.post("/offices/astana-1/applications", application_body(), key="file-1")
    assert again.status_code == 201 and again["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert MarriageApplication.objects.count() == 1  # filed once


def test_records_past_the_window_go_and_their_key_is_free_again(system_a):
    body = {"url": "https://is.example.kz/hooks", "events": ["certificate.issued"]}
    assert system_a.post("/webhooks", body, key="old").status_code == 201
    assert system_a.post("/webhooks", body, key="new").status_code == 201
    age(IdempotencyRecord.objects.filter(key="old"), 8)

    assert "Deleted 1 idempotency record(s)" in purge()
    assert list(IdempotencyRecord.objects.values_list("key", flat=True)) == ["new"]
    # The old key acts again (a new subscription and its secret), the recent one replays.
    renewed = system_a.post("/webhooks", body, key="old")
    assert renewed.status_code == 201 and renewed.json()["secret"].startswith("whsec_")
    assert system_a.post("/webhooks", body, key="new").json()["secret"] == ""
    assert WebhookSubscription.objects.count() == 3


def test_a_key_past_its_window_is_free_even_before_the_purge_runs(system_a):
    body = {"url": "https://is.example.kz/hooks", "events": ["certificate.issued"]}
    assert system_a.post("/webhooks", body, key="k").status_code == 201
    age(IdempotencyRecord.objects.all(), 7 + 1 / 24)
    again = system_a.post("/webhooks", body, key="k")
    assert again.status_code == 201 and again.json()["secret"].startswith("whsec_")
    assert "Idempotent-Replayed" not in again
    assert WebhookSubscription.objects.count() == 2


@override_settings(REGISTRY_API_IDEMPOTENCY_DAYS=1)
def test_the_window_is_a_setting(system_a):
    body = {"url": "https://is.example.kz/hooks", "events": ["certificate.issued"]}
    assert system_a.post("/webhooks", body, key="k").status_code == 201
    age(IdempotencyRecord.objects.all(), 2)
    assert "Deleted 1 idempotency record(s) older than 1 days" in purge()


# Webhook events and deliveries ------------------------------------------------------------------


@pytest.fixture
def subscription(system_a):
    hook = WebhookSubscription(
        client=system_a.api_client, url="https://is.example.kz/hooks", events=["*"]
    )
    hook.new_secret()
    hook.save()
    return hook


def event(office, days: float, subject: str | None = None, n: int = 0) -> WebhookEvent:
    made = WebhookEvent.objects.create(
        event_id=f"msg_{days}_{subject}_{n}",
        type="certificate.issued",
        office=office,
        data={"certificate": {"code": "X"}},
        subject=subject,
    )
    age(WebhookEvent.objects.filter(pk=made.pk), days)
    return made


def delivery(made: WebhookEvent, subscription, status: str, days: float) -> WebhookDelivery:
    sent = WebhookDelivery.objects.create(event=made, subscription=subscription, status=status)
    age(WebhookDelivery.objects.filter(pk=sent.pk), days)
    return sent


def test_finished_deliveries_older_than_30_days_go_with_their_events(office_a, subscription):
    office = office_a.office
    delivered_old = delivery(event(office, 31), subscription, "delivered", 31)
    failed_old = delivery(event(office, 45), subscription, "failed", 45)
    delivered_recent = delivery(event(office, 29), subscription, "delivered", 29)
    failed_recent = delivery(event(office, 2), subscription, "failed", 2)

    output = purge()

    assert "2 webhook delivery(ies) and 2 event(s) older than 30 days" in output
    assert set(WebhookDelivery.objects.values_list("pk", flat=True)) == {
        delivered_recent.pk,
        failed_recent.pk,
    }
    assert set(WebhookEvent.objects.values_list("pk", flat=True)) == {
        delivered_recent.event_id,
        failed_recent.event_id,
    }
    assert not WebhookEvent.objects.filter(
        pk__in=[delivered_old.event_id, failed_old.event_id]
    ).exists()


def test_a_pending_delivery_is_never_purged(office_a, subscription):
    waiting = delivery(event(office_a.office, 400), subscription, "pending", 400)
    purge()
    assert WebhookDelivery.objects.get().pk == waiting.pk
    assert WebhookEvent.objects.get().pk == waiting.event_id


def test_an_old_event_sent_again_recently_keeps_its_event(office_a, subscription):
    """ "Send again" makes a new delivery of an old event: the event stays as long as it."""
    old = event(office_a.office, 60)
    first = delivery(old, subscription, "failed", 60)
    again = delivery(old, subscription, "delivered", 3)
    purge()
    assert list(WebhookDelivery.objects.values_list("pk", flat=True)) == [again.pk]
    assert WebhookEvent.objects.get().pk == old.pk
    assert not WebhookDelivery.objects.filter(pk=first.pk).exists()


def test_events_nobody_subscribed_to_go_after_30_days(office_a):
    old, recent = event(office_a.office, 31), event(office_a.office, 29)
    purge()
    assert list(WebhookEvent.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not WebhookEvent.objects.filter(pk=old.pk).exists()


def test_an_overdue_marker_stays_while_its_assignment_is_open(
    office_a, subscription, couple, short
):
    """`find_overdue_assignments` sends once per assignment by its event: purging the event of an
    assignment still overdue would send `assignment.overdue` a second time."""
    from tests import factories

    other = factories.assign(office_a, short, number="A-2").assignment
    open_marker = event(office_a.office, 90, subject=f"assignment:{couple.assignment.pk}:overdue")
    closed_marker = event(office_a.office, 90, subject=f"assignment:{other.pk}:overdue")
    CourseAssignment.objects.filter(pk=other.pk).update(state="cancelled")
    CourseAssignment.objects.filter(pk=couple.assignment.pk).update(
        due_date=timezone.localdate() - 60 * DAY
    )

    # One event a batch: the kept marker comes first and the walk goes on past it.
    assert "0 webhook delivery(ies) and 1 event(s)" in purge(batch=1)

    assert list(WebhookEvent.objects.values_list("pk", flat=True)) == [open_marker.pk]
    assert not WebhookEvent.objects.filter(pk=closed_marker.pk).exists()
    out = io.StringIO()
    call_command("find_overdue_assignments", stdout=out)
    assert out.getvalue().strip() == "overdue: 0"  # not told twice


# Batches ----------------------------------------------------------------------------------------


def _old_rows(office, subscription, system, n: int) -> None:
    for i in range(n):
        delivery(event(office, 40, n=i), subscription, "delivered", 40)
        IdempotencyRecord.objects.create(
            client=system.api_client, key=f"k{n}-{i}", request_hash="0" * 64, status_code=201
        )
    age(IdempotencyRecord.objects.all(), 10)


def test_the_purge_is_idempotent_and_finishes_in_small_batches(office_a, subscription, system_a):
    _old_rows(office_a.office, subscription, system_a, 5)
    first = purge(batch=2)  # three batches of each kind, each committed on its own
    assert "Deleted 5 idempotency record(s)" in first
    assert "5 webhook delivery(ies) and 5 event(s)" in first
    assert not IdempotencyRecord.objects.exists()
    assert not WebhookDelivery.objects.exists() and not WebhookEvent.objects.exists()
    second = purge(batch=2)
    assert "Deleted 0 idempotency record(s)" in second
    assert "0 webhook delivery(ies) and 0 event(s)" in second


def test_an_interrupted_purge_keeps_its_finished_batches_and_the_next_run_does_the_rest(
    office_a, subscription, system_a, monkeypatch
):
    from registry_offices.api import retention

    _old_rows(office_a.office, subscription, system_a, 5)
    forget, calls = retention.forget_references, []

    def failing_in_the_second_batch(model, ids):
        calls.append(ids)
        if len(calls) == 2:
            raise RuntimeError("the machine went down")
        forget(model, ids)

    monkeypatch.setattr(retention, "forget_references", failing_in_the_second_batch)
    with pytest.raises(RuntimeError):
        purge(batch=2)
    assert IdempotencyRecord.objects.count() == 3  # the first batch stayed deleted, not the second
    monkeypatch.setattr(retention, "forget_references", forget)
    assert "Deleted 3 idempotency record(s)" in purge(batch=2)
    assert not IdempotencyRecord.objects.exists() and not WebhookEvent.objects.exists()


def test_statements_per_batch_do_not_grow_with_rows(
    office_a, subscription, system_a, django_assert_max_num_queries
):
    counted = []
    for n in (3, 30):
        _old_rows(office_a.office, subscription, system_a, n)
        with CaptureQueriesContext(connection) as queries:
            purge(batch=100)
        counted.append(len(queries))
        assert not WebhookEvent.objects.exists()
    assert counted[0] == counted[1]
    _old_rows(office_a.office, subscription, system_a, 30)
    with django_assert_max_num_queries(counted[0]):
        purge(batch=100)


def test_a_batch_below_one_is_refused():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--batch"):
        call_command("purge_api_records", batch=0)
