"""The public statistics' counts as they may be published: no count below 10 people.

The page `/<lang>/statistics/` and its CSV show the centres' reports by centre and month, by
month, by city, by centre and in total, under any year and city; and the consultation requests by
month and source and by referring office. For one year and city, every one of those figures
(the CSV's rows and the page's tables with their totals) is decided at once by `home.privacy`
(the one place small counts are suppressed), so no table, nor the CSV beside the page, gives a
hidden count back. The decisions are kept in the shared cache (see outcome_marks).
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterator

from django.db.models import Sum

from home import privacy
from home.pagecache import versioned_fragment

from .invalidation import statistics_version
from .models import MonthlyReport, RequestTally

FIGURE_FIELDS = ("applied", "about_divorce", "reconciled", "with_children", "raised_residence")
CACHE_SECONDS = 3600


def report_keys(cell: tuple[int, str, str, datetime.date]) -> Iterator[tuple]:
    """The figures one centre's month adds into, in the view it is shown in (see outcome_marks):
    its CSV row, its month's row, its centre's and its city's rows, the view's total."""
    centre_id, translation_key, city, month = cell
    yield ("cell", centre_id, month)
    yield ("month", month)
    yield ("centre", translation_key)
    yield ("city", city)
    yield ("total",)


def _report_cells(year: int | None, city: str) -> dict:
    rows = MonthlyReport.objects.all()
    if year:
        rows = rows.filter(month__year=year)
    if city:
        rows = rows.filter(centre__city=city)
    return {
        (row[0], str(row[1]), row[2], row[3]): tuple(value or 0 for value in row[4:])
        for row in rows.values_list(
            "centre_id", "centre__translation_key", "centre__city", "month", *FIGURE_FIELDS
        ).order_by("month", "centre_id")
    }


def outcome_marks(year: int | None, city: str) -> dict[str, dict]:
    """Per measure, every figure the page and the CSV show for this year and city, as published.

    Deciding takes a while on many centres and months, so the decision is kept in the shared
    cache under a digest of the very counts it was taken on: a new consultation request (which
    moves the statistics' version on) does not make it be taken again; a changed report does."""
    cells = _report_cells(year, city)
    digest = hashlib.sha256(repr(sorted(cells.items())).encode()).hexdigest()
    return versioned_fragment(
        f"resource_centers:published-reports:{digest}",
        lambda: {
            name: privacy.suppress_groups(
                {cell: values[index] for cell, values in cells.items()}, report_keys
            )
            for index, name in enumerate(FIGURE_FIELDS)
        },
        CACHE_SECONDS,
    )


def request_keys(cell: tuple[datetime.date, str, int | None]) -> Iterator[tuple]:
    """The figures one tally cell (month, source, referring office) adds into, in its view."""
    month, source, office_id = cell
    yield ("month-source", month, source)
    yield ("month", month)
    yield ("source", source)
    yield ("total",)
    if office_id is not None:
        yield ("office", office_id)
        yield ("referred",)


def _request_marks(year: int | None, city: str) -> dict:
    tallies = RequestTally.objects.all()
    if year:
        tallies = tallies.filter(month__year=year)
    if city:
        tallies = tallies.filter(centre__city=city)
    counts: dict = {}
    for month, source, office_id, n in (
        tallies.values_list("month", "source", "office_id").annotate(n=Sum("count")).order_by()
    ):
        counts[(month, source, office_id)] = n or 0
    return privacy.suppress_groups(counts, request_keys)


def request_marks(year: int | None, city: str) -> dict:
    """Every request figure the page shows for this year and city, as published; cached."""
    return versioned_fragment(
        f"resource_centers:published-requests:{statistics_version()}:{year or ''}:{city}",
        lambda: _request_marks(year, city),
        CACHE_SECONDS,
    )
