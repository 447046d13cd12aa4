"""The public statistics' counts as they may be published: no count below 10 people.

The page `/<lang>/statistics/` and its CSV show the centres' reports by centre and month, by
month, by city, by centre and in total, under any year and city (or all of them); and the
consultation requests by month and source and by referring office. Every figure of EVERY view
(each year and city, and all of them) is decided at once by `home.privacy_views` over the
finest cells, so neither one table, nor the CSV beside it, nor two views compared ("all years"
minus the years shown) gives a hidden count back. The one decision is kept in the shared cache
under a digest of the counts it was taken on; each view only looks its figures up in it.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Hashable, Iterator

from django.db.models import Sum

from home import privacy_views
from home.pagecache import versioned_fragment

from .models import MonthlyReport, RequestTally

FIGURE_FIELDS = ("applied", "about_divorce", "reconciled", "with_children", "raised_residence")
CACHE_SECONDS = 3600
ALL = ("all",)

# A report cell: ((centre id, translation key, city), month). A request cell: (month, city,
# source, referring office or None).


def _month_chain(month: datetime.date) -> tuple:
    return (("month", month), ("year", month.year), ALL)


def _centre_chain(centre: tuple) -> tuple:
    centre_id, translation_key, city = centre
    return (("id", centre_id), ("centre", translation_key), ("city", city), ALL)


def _city_chain(city: str) -> tuple:
    return (("city", city), ALL)


def _source_chain(source: str) -> tuple:
    return (("source", source), ALL)


def _office_chain(office_id: int | None) -> tuple:
    return (("direct",), ALL) if office_id is None else (("office", office_id), ("referred",), ALL)


def _scope(year: int | None, city: str) -> tuple[tuple, tuple]:
    return (("year", year) if year else ALL), (("city", city) if city else ALL)


def report_keys(cell: tuple, year: int | None, city: str) -> Iterator[tuple[tuple, tuple]]:
    """(key in the view, figure) for each figure of the view that one centre's month adds into:
    its CSV row, its month's row, its centre's and its city's rows, the view's total. A figure is
    one group of centres and one of months (see the chains above)."""
    (centre_id, translation_key, centre_city), month = cell
    years, cities = _scope(year, city)
    yield ("cell", centre_id, month), (("id", centre_id), ("month", month))
    yield ("month", month), (cities, ("month", month))
    yield ("centre", str(translation_key)), (("centre", translation_key), years)
    yield ("city", centre_city), (("city", centre_city), years)
    yield ("total",), (cities, years)


def report_views(cell: tuple) -> Iterator[tuple[int | None, str]]:
    """The views (year, city) a cell is shown in."""
    (_id, _key, city), month = cell
    for year in (None, month.year):
        for town in ("", city):
            yield year, town


def report_figures(cells) -> set[tuple]:
    """Every figure any view of these cells publishes."""
    return {
        figure
        for cell in cells
        for year, city in report_views(cell)
        for _key, figure in report_keys(cell, year, city)
    }


def _report_cells() -> dict:
    return {
        ((row[0], str(row[1]), row[2]), row[3]): tuple(value or 0 for value in row[4:])
        for row in MonthlyReport.objects.values_list(
            "centre_id", "centre__translation_key", "centre__city", "month", *FIGURE_FIELDS
        ).order_by("month", "centre_id")
    }


def decide_reports(counts: dict) -> dict:
    """One measure's figures of every view, decided together."""
    return privacy_views.suppress_views(
        counts, (_centre_chain, _month_chain), report_figures(counts)
    )


def outcome_marks(year: int | None, city: str) -> dict[str, dict]:
    """Per measure, every figure the page and the CSV show for this year and city, as published.

    One query reads every report; the decision over all views is kept in the shared cache
    under a digest of those counts, so it is taken again only when a report changes."""
    cells = _report_cells()
    digest = hashlib.sha256(repr(sorted(cells.items())).encode()).hexdigest()
    decided = versioned_fragment(
        f"resource_centers:published-reports:views:{digest}",
        lambda: {
            name: decide_reports({cell: values[index] for cell, values in cells.items()})
            for index, name in enumerate(FIGURE_FIELDS)
        },
        CACHE_SECONDS,
    )
    return {name: view_marks(decided[name], cells, year, city) for name in FIGURE_FIELDS}


def view_marks(decided: dict, cells, year: int | None, city: str) -> dict:
    """One view's figures (by the keys the page and the CSV use) as the joint decision has them."""
    marks: dict = {}
    for cell in cells:
        (_id, _key, centre_city), month = cell
        if (year and month.year != year) or (city and centre_city != city):
            continue
        for key, figure in report_keys(cell, year, city):
            marks[key] = decided[figure]
    return marks


def request_keys(cell: tuple, year: int | None, city: str) -> Iterator[tuple[tuple, tuple]]:
    """(key in the view, figure) for each request figure a tally cell adds into, in its view:
    by month and source, by month, by source, the total, by referring office, all referred."""
    month, _city, source, office_id = cell
    years, cities = _scope(year, city)
    yield ("month-source", month, source), (("month", month), cities, ("source", source), ALL)
    yield ("month", month), (("month", month), cities, ALL, ALL)
    yield ("source", source), (years, cities, ("source", source), ALL)
    yield ("total",), (years, cities, ALL, ALL)
    if office_id is not None:
        yield ("office", office_id), (years, cities, ALL, ("office", office_id))
        yield ("referred",), (years, cities, ALL, ("referred",))


def request_figures(cells) -> set[tuple]:
    return {
        figure
        for cell in cells
        for year in (None, cell[0].year)
        for city in ("", cell[1])
        for _key, figure in request_keys(cell, year, city)
    }


def decide_requests(counts: dict) -> dict:
    """The request figures of every view, decided together."""
    return privacy_views.suppress_views(
        counts, (_month_chain, _city_chain, _source_chain, _office_chain), request_figures(counts)
    )


def request_marks(year: int | None, city: str) -> dict[Hashable, int | str]:
    """Every request figure the page shows for this year and city, as published; the decision
    over all views cached under a digest of the tallies."""
    counts: dict = {}
    for month, centre_city, source, office_id, n in (
        RequestTally.objects.values_list("month", "centre__city", "source", "office_id")
        .annotate(n=Sum("count"))
        .order_by()
    ):
        counts[(month, centre_city, source, office_id)] = n or 0
    digest = hashlib.sha256(repr(sorted(counts.items(), key=repr)).encode()).hexdigest()
    decided = versioned_fragment(
        f"resource_centers:published-requests:views:{digest}",
        lambda: decide_requests(counts),
        CACHE_SECONDS,
    )
    return request_view_marks(decided, counts, year, city)


def request_view_marks(decided: dict, cells, year: int | None, city: str) -> dict:
    """One view's request figures as the joint decision has them."""
    marks: dict = {}
    for cell in cells:
        if (year and cell[0].year != year) or (city and cell[1] != city):
            continue
        for key, figure in request_keys(cell, year, city):
            marks[key] = decided[figure]
    return marks
