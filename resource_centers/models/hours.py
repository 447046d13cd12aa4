"""Opening hours: a centre's weekly periods, its exceptions (holidays, short days) and the rule
that says whether it is open at a moment (`ResourceCentrePage.is_open_at` applies it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from .choices import Weekday

CENTRE_PAGE = "resource_centers.ResourceCentrePage"


class OpeningHours(Orderable):
    """One opening period on a weekday; a period that closes at or before it opens ends after midnight."""

    page = ParentalKey(CENTRE_PAGE, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(
        _("closes"), help_text=_("A time at or before the opening time means the next day.")
    )

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


class OpeningException(Orderable):
    """A date whose hours differ from the week's (a holiday, a short day): closed, or other hours."""

    page = ParentalKey(CENTRE_PAGE, on_delete=models.CASCADE, related_name="hour_exceptions")
    date = models.DateField(_("date"))
    closed = models.BooleanField(_("closed all day"), default=True)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=120, blank=True, help_text=_("e.g. Nauryz"))

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("closed")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("opening exception")
        verbose_name_plural = _("opening exceptions")

    def clean(self) -> None:
        super().clean()
        if not self.closed and (self.opens is None or self.closes is None):
            raise ValidationError(
                _("Give the opening and closing times, or mark the day as closed.")
            )

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d}"


# --- The rule ----------------------------------------------------------------------------------

Period = tuple[dt.time, dt.time]


def _within(opens: dt.time, closes: dt.time, at: dt.time, *, same_day: bool) -> bool:
    """Whether `at` falls in a period; `same_day` is False when checking the tail of yesterday's."""
    overnight = closes <= opens
    if same_day:
        return opens <= at < closes if not overnight else at >= opens
    return overnight and at < closes


def periods_on(
    day: dt.date, weekly: Iterable[OpeningHours], exceptions: Iterable[OpeningException]
) -> list[Period]:
    """The opening periods that start on `day`: an exception for that date replaces the weekday's."""
    for exception in exceptions:
        if exception.date == day:
            if exception.closed or exception.opens is None or exception.closes is None:
                return []
            return [(exception.opens, exception.closes)]
    return [(row.opens, row.closes) for row in weekly if row.weekday == day.weekday()]


def open_at(
    local: dt.datetime, weekly: Iterable[OpeningHours], exceptions: Iterable[OpeningException]
) -> bool:
    """Whether the hours are open at `local`, a moment already read in the centre's time zone.

    A period that closes at or before it opens runs past midnight into the next day (and
    00:00–00:00 means open round the clock).
    """
    weekly, exceptions = list(weekly), list(exceptions)
    today, now = local.date(), local.time().replace(tzinfo=None)
    if any(_within(o, c, now, same_day=True) for o, c in periods_on(today, weekly, exceptions)):
        return True
    yesterday = today - dt.timedelta(days=1)
    return any(
        _within(o, c, now, same_day=False) for o, c in periods_on(yesterday, weekly, exceptions)
    )
