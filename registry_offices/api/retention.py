"""How long the registry API keeps what it needs only for a while (README: "Registry API").

- An `Idempotency-Key` replays its first answer for `REGISTRY_API_IDEMPOTENCY_DAYS` (7) after
  the first request; after that the key is free again (`once()` treats an older record as gone,
  so a key's life does not depend on when the purge last ran), and the purge deletes the record.
- A webhook delivery stays in the log (Settings → Webhook deliveries, with "Send again") for
  `WEBHOOK_RETENTION_DAYS` (30) after it was queued, and longer while it is still pending: a
  delivery the worker has yet to finish is never purged. An event goes once none of its
  deliveries is left and it is as old; an `assignment.overdue` event is also the marker that
  it was sent once only (`find_overdue_assignments`), so it stays while its assignment is open.

`manage.py purge_api_records` deletes in batches, each its own transaction, oldest first by the
indexed `created_at`; an interrupted run has committed whole batches and the next one finds the
rest (deleted rows are gone), so it is idempotent.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from wagtail.models import ReferenceIndex

from ..models import CourseAssignment, IdempotencyRecord, WebhookDelivery, WebhookEvent

# The once-only marker of an event about an assignment (`registry_offices.receivers`).
ASSIGNMENT_SUBJECT = re.compile(r"assignment:(\d+):")


def idempotency_days() -> int:
    return int(settings.REGISTRY_API_IDEMPOTENCY_DAYS)


def webhook_days() -> int:
    return int(settings.WEBHOOK_RETENTION_DAYS)


def idempotency_expired_before(now: datetime.datetime | None = None) -> datetime.datetime:
    """Keys first used before this moment no longer replay."""
    return (now or timezone.now()) - datetime.timedelta(days=idempotency_days())


def expired_idempotency_records(days: int | None = None) -> QuerySet[IdempotencyRecord]:
    days = idempotency_days() if days is None else days
    cutoff = timezone.now() - datetime.timedelta(days=days)
    return IdempotencyRecord.objects.filter(created_at__lt=cutoff)


def finished_deliveries(days: int | None = None) -> QuerySet[WebhookDelivery]:
    """Delivered or failed deliveries queued more than `days` ago; never a pending one."""
    days = webhook_days() if days is None else days
    cutoff = timezone.now() - datetime.timedelta(days=days)
    return WebhookDelivery.objects.filter(
        created_at__lt=cutoff,
        status__in=[WebhookDelivery.Status.DELIVERED, WebhookDelivery.Status.FAILED],
    )


def spent_events(days: int | None = None) -> QuerySet[WebhookEvent]:
    """Events older than `days` with no delivery left (pending or recent ones keep theirs)."""
    days = webhook_days() if days is None else days
    cutoff = timezone.now() - datetime.timedelta(days=days)
    return WebhookEvent.objects.filter(created_at__lt=cutoff).exclude(
        Exists(WebhookDelivery.objects.filter(event=OuterRef("pk")))
    )


def forget_references(model: type, ids: list[int]) -> None:
    """Reference-index rows left from before these logs were kept out of it: one statement."""
    ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(model),
        object_id__in=[str(pk) for pk in ids],
    ).delete()


def delete_in_batches(rows: QuerySet, batch: int) -> int:
    """Delete `rows` oldest first, `batch` at a time, each batch its own transaction."""
    label = rows.model._meta.label
    deleted = 0
    while ids := list(rows.order_by("created_at", "pk").values_list("pk", flat=True)[:batch]):
        with transaction.atomic():
            # The rule again in the DELETE: a row that changed since the look-up stays.
            _, counts = rows.filter(pk__in=ids).delete()
            forget_references(rows.model, ids)
        deleted += counts.get(label, 0)
    return deleted


def _event_batches(events: QuerySet[WebhookEvent], batch: int) -> Iterator[list[tuple]]:
    """(pk, subject) of `events` in (created_at, pk) order, a batch at a time (by key, since
    markers that must stay are seen again otherwise)."""
    after: tuple | None = None
    ordered = events.order_by("created_at", "pk")
    while True:
        page = ordered
        if after is not None:
            at, pk = after
            page = page.filter(Q(created_at__gt=at) | Q(created_at=at, pk__gt=pk))
        rows = list(page.values_list("pk", "subject", "created_at")[:batch])
        if not rows:
            return
        after = rows[-1][2], rows[-1][0]
        yield rows


def delete_spent_events(batch: int, days: int | None = None) -> int:
    """Delete spent events, keeping the once-only markers of assignments still open."""
    spent = spent_events(days)
    deleted = 0
    for rows in _event_batches(spent, batch):
        about = {pk: ASSIGNMENT_SUBJECT.match(subject or "") for pk, subject, _ in rows}
        assignment_ids = {int(match.group(1)) for match in about.values() if match}
        still_open = set(
            CourseAssignment.objects.open()
            .filter(pk__in=assignment_ids)
            .values_list("pk", flat=True)
            if assignment_ids
            else ()
        )
        ids = [
            pk for pk, match in about.items() if not match or int(match.group(1)) not in still_open
        ]
        if ids:
            with transaction.atomic():
                # Still without deliveries: one sent again meanwhile keeps its event.
                _, counts = spent.filter(pk__in=ids).delete()
                forget_references(WebhookEvent, ids)
            deleted += counts.get(WebhookEvent._meta.label, 0)
    return deleted
