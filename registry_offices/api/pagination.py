"""Opaque cursors over (updated_at, id): a syncing system never skips or repeats a row, however
many change while it pages. The cursor is signed, so a changed one is refused, not misread."""

from __future__ import annotations

import datetime

from django.core import signing
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from .problems import Problem, validation_problem

SALT = "registry_offices.api.cursor"
DEFAULT_LIMIT = 50
MAX_LIMIT = 200


def page(
    rows: QuerySet, cursor: str | None, updated_since: datetime.datetime | None, limit: int
) -> tuple[list, str | None]:
    """One page of `rows` in (updated_at, id) order and the cursor of the next (or None)."""
    if not 1 <= limit <= MAX_LIMIT:
        raise validation_problem(
            [
                {
                    "field": "limit",
                    "code": "out_of_range",
                    "message": _("Between 1 and %(max)s.") % {"max": MAX_LIMIT},
                }
            ]
        )
    if updated_since is not None:
        rows = rows.filter(updated_at__gt=updated_since)
    if cursor:
        after_time, after_id = _read(cursor)
        rows = rows.filter(Q(updated_at__gt=after_time) | Q(updated_at=after_time, id__gt=after_id))
    found = list(rows.order_by("updated_at", "id")[: limit + 1])
    if len(found) <= limit:
        return found, None
    last = found[limit - 1]
    return found[:limit], signing.dumps([last.updated_at.isoformat(), last.pk], salt=SALT)


def _read(cursor: str) -> tuple[datetime.datetime, int]:
    try:
        stamp, pk = signing.loads(cursor, salt=SALT)
        return datetime.datetime.fromisoformat(stamp), int(pk)
    except (signing.BadSignature, ValueError, TypeError):
        raise Problem(400, "bad-request", _("This cursor is not valid.")) from None
