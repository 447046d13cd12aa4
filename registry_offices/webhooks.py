"""Signed webhooks to registry systems (Standard Webhooks: `webhook-id`, `webhook-timestamp`,
`webhook-signature`), delivered by the task worker with timeouts and retries.

`publish()` records an event once and queues one delivery per subscription of the office's
clients that asked for that event type; tasks carry ids only. The delivery log keeps attempts,
the last status code and the kind of error, never the body or the secret. A receiver that never
answers costs one timeout (`WEBHOOK_TIMEOUT_SECONDS`), then the delivery waits for its next try
(`WEBHOOK_RETRY_SECONDS` doubled each time, `WEBHOOK_MAX_ATTEMPTS` in all) and is marked failed.
"""

from __future__ import annotations

import datetime
import json
import logging
import secrets
import urllib.error
import urllib.request

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task
from standardwebhooks.webhooks import Webhook

from .models import ApiClient, RegistryOffice, WebhookDelivery, WebhookEvent, WebhookSubscription

logger = logging.getLogger(__name__)
RETRY = "retry"


def publish(
    event_type: str, office: RegistryOffice, data: dict, subject: str | None = None
) -> WebhookEvent | None:
    """Record the event (once per `subject`, when given) and queue its deliveries on commit."""
    subscriptions = [
        s
        for s in WebhookSubscription.objects.filter(
            active=True, client__revoked_at__isnull=True, client__offices=office
        ).distinct()
        if event_type in s.events
    ]
    try:
        with transaction.atomic():
            event = WebhookEvent.objects.create(
                event_id="msg_" + secrets.token_hex(12),
                type=event_type,
                office=office,
                data=data,
                subject=subject,
            )
    except IntegrityError:  # already published for this subject
        return None
    deliveries = WebhookDelivery.objects.bulk_create(
        [WebhookDelivery(event=event, subscription=s) for s in subscriptions]
    )
    ids = [d.pk for d in deliveries]
    transaction.on_commit(lambda: [deliver_webhook.enqueue(pk) for pk in ids])
    return event


def replay(delivery: WebhookDelivery) -> WebhookDelivery:
    """The same event (same webhook-id, so a receiver can tell) sent again as a new delivery."""
    again = WebhookDelivery.objects.create(event=delivery.event, subscription=delivery.subscription)
    transaction.on_commit(lambda: deliver_webhook.enqueue(again.pk))
    return again


def payload(event: WebhookEvent) -> bytes:
    body = {
        "type": event.type,
        "timestamp": event.created_at.isoformat(),
        "data": {"office": event.office.code, **event.data},
    }
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def signed_headers(secret: str, message_id: str, body: bytes) -> dict[str, str]:
    now = timezone.now()
    signature = Webhook(secret).sign(message_id, now, body.decode())
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": signature,
        "content-type": "application/json",
        "user-agent": "Otbasy-Webhooks/1",
    }


@task()
def deliver_webhook(delivery_id: int) -> str:
    """One attempt of one delivery; its new status, or "retry" when another try is queued."""
    outcome = _attempt(delivery_id)
    if outcome == RETRY:
        _retry(delivery_id)
    return outcome


def _attempt(delivery_id: int) -> str:
    delivery = (
        WebhookDelivery.objects.select_related("event__office", "subscription")
        .filter(pk=delivery_id, status=WebhookDelivery.Status.PENDING)
        .first()
    )
    if delivery is None:
        return "nothing"
    subscription = delivery.subscription
    secret = subscription.secret
    status_code, error = None, ""
    if not subscription.active or secret is None:
        error = "inactive" if secret is not None else "secret_unreadable"
    else:
        body = payload(delivery.event)
        request = urllib.request.Request(  # noqa: S310 - an https/http URL checked on subscription
            subscription.url,
            data=body,
            headers=signed_headers(secret, delivery.event.event_id, body),
            method="POST",
        )
        try:
            with urllib.request.urlopen(  # noqa: S310
                request, timeout=settings.WEBHOOK_TIMEOUT_SECONDS
            ) as answer:
                status_code = answer.status
        except urllib.error.HTTPError as refusal:
            status_code, error = refusal.code, "http_status"
        except (urllib.error.URLError, TimeoutError, OSError) as failure:
            reason = getattr(failure, "reason", failure)
            error = "timeout" if isinstance(reason, TimeoutError) else type(reason).__name__
    delivered = status_code is not None and 200 <= status_code < 300
    attempts = delivery.attempts + 1
    final = delivered or attempts >= settings.WEBHOOK_MAX_ATTEMPTS or error == "inactive"
    status = (
        WebhookDelivery.Status.DELIVERED
        if delivered
        else (WebhookDelivery.Status.FAILED if final else WebhookDelivery.Status.PENDING)
    )
    now = timezone.now()
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        attempts=attempts,
        status_code=status_code,
        error=error[:80],
        last_attempt_at=now,
        status=status,
        delivered_at=now if delivered else None,
    )
    if not delivered:
        # Ids, the status code and the kind of error only: never the body, URL or secret.
        logger.warning(
            "webhook delivery %s attempt %s failed: %s %s",
            delivery.pk,
            attempts,
            status_code,
            error,
        )
    return status if final else RETRY


def _retry(delivery_id: int) -> None:
    attempts = WebhookDelivery.objects.filter(pk=delivery_id).values_list("attempts", flat=True)
    delay = settings.WEBHOOK_RETRY_SECONDS * 2 ** max((attempts.first() or 1) - 1, 0)
    backend = deliver_webhook.get_backend()
    if backend.supports_defer:
        deliver_webhook.using(run_after=timezone.now() + datetime.timedelta(seconds=delay)).enqueue(
            delivery_id
        )
    else:
        # The immediate backend (development, tests) cannot wait: it tries again at once, still
        # bounded by WEBHOOK_MAX_ATTEMPTS.
        deliver_webhook.enqueue(delivery_id)


def offices_of(client: ApiClient) -> list[str]:
    return list(client.offices.values_list("code", flat=True))
