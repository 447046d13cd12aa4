"""`Idempotency-Key` on POST: a retried request gets the first answer and never acts twice.

The key is claimed in its own short transaction before the work starts, so a retry arriving
while the first request still runs is told so (409) instead of acting a second time; another body
under the same key is refused (422). A refused request (4xx) frees its key for a corrected retry.
A key is honoured for `REGISTRY_API_IDEMPOTENCY_DAYS` (7) after its first use; then it is free
again, whether or not `purge_api_records` has deleted its record yet (`retention.py`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from ..models import ApiClient, IdempotencyRecord
from .problems import Problem
from .retention import idempotency_expired_before

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255


def _request_hash(request: HttpRequest) -> str:
    digest = hashlib.sha256()
    digest.update(request.method.encode() + b" " + request.path.encode() + b"\n")
    digest.update(request.body)
    return digest.hexdigest()


def once(request: HttpRequest, act: Callable[[], tuple[int, dict]]) -> tuple[int, dict]:
    """Run `act` (returning status and JSON-ready body) once per client and key."""
    key = request.headers.get(HEADER, "").strip()
    if not key:
        return act()
    if len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise Problem(400, "bad-request", _("The Idempotency-Key header is not valid."))
    client = request.registry_client
    fingerprint = _request_hash(request)
    record, earlier = _claim(client, key, fingerprint)
    if earlier is not None and earlier.created_at < idempotency_expired_before():
        # Past its window: the key is free, as if the purge had already deleted the record.
        IdempotencyRecord.objects.filter(pk=earlier.pk, created_at=earlier.created_at).delete()
        record, earlier = _claim(client, key, fingerprint)
    if earlier is not None:
        if earlier.request_hash != fingerprint:
            raise Problem(
                422,
                "idempotency-conflict",
                _("This Idempotency-Key was already used with a different request."),
            ) from None
        if earlier.status_code is None:
            raise Problem(
                409,
                "idempotency-in-progress",
                _("The first request with this Idempotency-Key is still being processed."),
            ) from None
        request.idempotent_replay = True
        return earlier.status_code, earlier.response
    try:
        status, body = act()
    except Exception:
        record.delete()
        raise
    IdempotencyRecord.objects.filter(pk=record.pk).update(status_code=status, response=body)
    return status, body


def _claim(
    client: ApiClient, key: str, fingerprint: str
) -> tuple[IdempotencyRecord | None, IdempotencyRecord | None]:
    """(the new record, None) when the key was free, else (None, the record that holds it)."""
    try:
        with transaction.atomic():
            return IdempotencyRecord.objects.create(
                client=client, key=key, request_hash=fingerprint
            ), None
    except IntegrityError:
        return None, IdempotencyRecord.objects.get(client=client, key=key)
