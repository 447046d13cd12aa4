"""Business rules of the centres: opening hours, scoping to a centre's staff, and outcome totals."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import ResourceCentrePage


def _within(opens: dt.time, closes: dt.time, at: dt.time, *, same_day: bool) -> bool:
    """Whether `at` falls in a period; `same_day` is False when checking the tail of yesterday's."""
    overnight = closes <= opens
    if same_day:
        return opens <= at < closes if not overnight else at >= opens
    return overnight and at < closes


def _periods_for(centre: ResourceCentrePage, day: dt.date) -> list[tuple[dt.time, dt.time]]:
    """The opening periods that start on `day`: an exception for that date replaces the weekday's."""
    for exception in centre.hour_exceptions.all():
        if exception.date == day:
            if exception.closed or exception.opens is None or exception.closes is None:
                return []
            return [(exception.opens, exception.closes)]
    return [
        (row.opens, row.closes)
        for row in centre.opening_hours.all()
        if row.weekday == day.weekday()
    ]


def is_open_at(centre: ResourceCentrePage, moment: dt.datetime) -> bool:
    """Whether the centre is open at an aware `moment`, read in the centre's own time zone.

    Uses `.all()` on the hour relations so that a prefetched directory makes no extra queries.
    A period that closes at or before it opens runs past midnight into the next day (and
    00:00–00:00 means open round the clock).
    """
    local = moment.astimezone(centre.zone)
    today, now = local.date(), local.time().replace(tzinfo=None)
    if any(_within(o, c, now, same_day=True) for o, c in _periods_for(centre, today)):
        return True
    yesterday = today - dt.timedelta(days=1)
    return any(_within(o, c, now, same_day=False) for o, c in _periods_for(centre, yesterday))
