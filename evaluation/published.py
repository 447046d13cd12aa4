"""The figures as they may be published: one row per month and office, region and the country,
every count through `privacy.hierarchy` (the one place small counts are suppressed).

The open data, the dashboard's tables and their downloads all read these rows, so a figure is
shown the same way everywhere.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home import privacy

from . import figures

LEVEL_OFFICE, LEVEL_REGION, LEVEL_COUNTRY = "office", "region", "country"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # Table Schema type: string, yearmonth, integer, number
    title: object
    description: object


COLUMNS = (
    Column(
        "month", "yearmonth", _("Month"), _("The calendar month the figures are for (YYYY-MM).")
    ),
    Column(
        "level",
        "string",
        _("Level"),
        _("What the row adds up: one registry office, a region (all its offices) or the country."),
    ),
    Column(
        "region",
        "string",
        _("Region"),
        _("The region (city) of the offices; empty for the country."),
    ),
    Column(
        "office",
        "string",
        _("Office"),
        _("The registry office's public code; empty for a region or the country."),
    ),
    Column(
        "applications",
        "integer",
        _("Marriage applications"),
        _("Marriage applications registered in the month."),
    ),
    Column(
        "assignments",
        "integer",
        _("Courses assigned"),
        _("Couples assigned a course in the month."),
    ),
    Column(
        "completed",
        "integer",
        _("Courses completed"),
        _("Couples who finished their course in the month (both partners)."),
    ),
    Column(
        "median_days_to_complete",
        "number",
        _("Median days to finish"),
        _(
            "Half the couples who finished in the month took at most this many days from the "
            "assignment; empty when the number who finished is not shown."
        ),
    ),
    Column(
        "certificates_accepted",
        "integer",
        _("Certificates accepted"),
        _("Certificates accepted by a registry office at the marriage registration in the month."),
    ),
    Column(
        "referral_requests",
        "integer",
        _("Consultation requests referred"),
        _(
            "Requests for a consultation at a family resource centre made from the office's slip, "
            "a course page or a certificate in the month."
        ),
    ),
)
COLUMN_NAMES = [column.name for column in COLUMNS]


@dataclass
class PublishedMonth:
    """One month: its rows in order (each office, then its region, then the country)."""

    month: datetime.date
    rows: list[dict]


def _regions(office_list) -> dict[str, list[int]]:
    regions: dict[str, list[int]] = defaultdict(list)
    for office in office_list:
        regions[office.city].append(office.pk)
    return regions


def published_months(scope: figures.Scope) -> list[PublishedMonth]:
    """Every month of the scope with its office, region and country rows, suppressed."""
    office_list = figures.offices(scope.office_ids)
    regions = _regions(office_list)
    counts = figures.office_month_counts(scope)
    days = figures.days_to_finish(scope)
    result = []
    for month in scope.months:
        shown = {
            measure: privacy.hierarchy(
                {office.pk: counts[measure].get((office.pk, month), 0) for office in office_list},
                regions,
            )
            for measure in figures.COUNTS
        }
        rows = []

        def row(
            level: str, region: str, office: str, key, spans: list[int], month=month, shown=shown
        ):
            values = {measure: shown[measure][key] for measure in figures.COUNTS}
            values["median_days_to_complete"] = privacy.shown_if(
                figures.median(spans), None if privacy.is_shown(values["completed"]) else "x"
            )
            values |= {
                "month": f"{month:%Y-%m}",
                "level": level,
                "region": region,
                "office": office,
            }
            return {name: values[name] for name in COLUMN_NAMES}

        def spans_of(office_ids: list[int], month=month) -> list[int]:
            return [d for pk in office_ids for d in days.get((pk, month), [])]

        for region, office_ids in regions.items():
            for office in office_list:
                if office.pk in office_ids:
                    rows.append(
                        row(
                            LEVEL_OFFICE,
                            region,
                            office.code,
                            ("unit", office.pk),
                            spans_of([office.pk]),
                        )
                    )
            rows.append(row(LEVEL_REGION, region, "", ("group", region), spans_of(office_ids)))
        rows.append(
            row(LEVEL_COUNTRY, "", "", privacy.TOTAL, spans_of([o.pk for o in office_list]))
        )
        result.append(PublishedMonth(month, rows))
    return result


def open_data_scope(today: datetime.date | None = None, months: int = 12) -> figures.Scope:
    """The open data: the last `months` complete months (a month is published once it is over)."""
    today = today or timezone.localdate()
    last = figures.add_months(today.replace(day=1), -1)
    return figures.Scope(first=figures.add_months(last, -(months - 1)), last=last)


def open_data_rows(today: datetime.date | None = None) -> list[dict]:
    return [row for month in published_months(open_data_scope(today)) for row in month.rows]
