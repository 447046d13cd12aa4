"""Business rules of the centres: opening hours, scoping to a centre's staff, and outcome totals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
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


# --- Outcome figures -------------------------------------------------------------------------

FIGURE_FIELDS = ("applied", "about_divorce", "reconciled", "with_children", "raised_residence")


@dataclass
class FigureRow:
    """Summed figures for one group (a month, a city, a centre, or everything)."""

    label: str
    applied: int = 0
    about_divorce: int = 0
    reconciled: int = 0
    with_children: int = 0
    raised_residence: int = 0
    youngest_age: int | None = None
    oldest_age: int | None = None
    key: str = ""
    url: str = ""

    @property
    def reconciled_share(self) -> int:
        """Percentage of the divorce-related visitors who agreed to reconcile."""
        return round(100 * self.reconciled / self.about_divorce) if self.about_divorce else 0


def _aggregates() -> dict:
    from django.db.models import Max, Min, Sum

    return {
        **{name: Sum(name) for name in FIGURE_FIELDS},
        "youngest_age": Min("youngest_age"),
        "oldest_age": Max("oldest_age"),
    }


def _row(label: str, values: dict, key: str = "") -> FigureRow:
    return FigureRow(
        label=label,
        key=key,
        **{name: values.get(name) or 0 for name in FIGURE_FIELDS},
        youngest_age=values.get("youngest_age"),
        oldest_age=values.get("oldest_age"),
    )


@dataclass
class OutcomeSummary:
    total: FigureRow
    by_month: list[FigureRow] = field(default_factory=list)
    by_city: list[FigureRow] = field(default_factory=list)
    by_centre: list[FigureRow] = field(default_factory=list)
    years: list[int] = field(default_factory=list)


STATISTICS_VERSION_KEY = "resource_centers:statistics:version"
STATISTICS_CACHE_SECONDS = 3600


def cached_outcome_summary(
    *, year: int | None = None, city: str = "", language_code: str | None = None
) -> OutcomeSummary:
    """outcome_summary() kept in the shared cache until a report or a centre page changes.

    Figures change a few times a month while the page is read all the time; a version number
    in the key lets any change drop every cached variant at once, on every instance.
    """
    from django.core.cache import cache

    version = cache.get_or_set(STATISTICS_VERSION_KEY, 1, None)
    key = f"resource_centers:statistics:{version}:{language_code}:{year or ''}:{city}"
    summary = cache.get(key)
    if summary is None:
        summary = outcome_summary(year=year, city=city, language_code=language_code)
        cache.set(key, summary, STATISTICS_CACHE_SECONDS)
    return summary


def forget_statistics(**kwargs) -> None:
    from django.core.cache import cache

    try:
        cache.incr(STATISTICS_VERSION_KEY)
    except ValueError:
        cache.set(STATISTICS_VERSION_KEY, 2, None)


def outcome_summary(
    *, year: int | None = None, city: str = "", language_code: str | None = None, request=None
) -> OutcomeSummary:
    """The published figures grouped by month, city and centre, in a fixed number of queries."""
    from django.db.models.functions import ExtractYear
    from django.utils import formats
    from wagtail.models import Locale

    from .models import City, MonthlyReport, ResourceCentrePage

    reports = MonthlyReport.objects.all()
    years = sorted(
        {
            y
            for y in reports.annotate(y=ExtractYear("month")).values_list("y", flat=True).distinct()
            if y
        }
    )
    if year:
        reports = reports.filter(month__year=year)
    if city:
        reports = reports.filter(centre__city=city)
    total = _row("", reports.aggregate(**_aggregates()))
    by_month = [
        _row(
            formats.date_format(values["month"], "YEAR_MONTH_FORMAT"), values, str(values["month"])
        )
        for values in reports.values("month").annotate(**_aggregates()).order_by("month")
    ]
    city_labels = dict(City.choices)
    by_city = sorted(
        (
            _row(
                str(city_labels.get(values["centre__city"], values["centre__city"])),
                values,
                values["centre__city"],
            )
            for values in reports.values("centre__city").annotate(**_aggregates())
        ),
        key=lambda row: -row.applied,
    )
    per_key = list(
        reports.values("centre__translation_key", "centre__title").annotate(**_aggregates())
    )
    locale = Locale.objects.filter(language_code=language_code).first() if language_code else None
    translated = {}
    if locale is not None and per_key:
        translated = {
            page.translation_key: page
            for page in ResourceCentrePage.objects.live().filter(
                locale=locale,
                translation_key__in=[v["centre__translation_key"] for v in per_key],
            )
        }
    by_centre = []
    for values in per_key:
        page = translated.get(values["centre__translation_key"])
        row = _row(
            page.title if page else values["centre__title"],
            values,
            str(values["centre__translation_key"]),
        )
        if page is not None:
            row.url = page.get_url(request) or ""
        by_centre.append(row)
    by_centre.sort(key=lambda row: row.label)
    return OutcomeSummary(
        total=total, by_month=by_month, by_city=by_city, by_centre=by_centre, years=years
    )


@dataclass
class Bar:
    label: str
    value: int
    width: float
    y: float
    value_x: float = 0


@dataclass
class BarChart:
    """A horizontal bar chart laid out on the server, drawn as inline SVG by a template."""

    title: str
    bars: list[Bar]
    height: float
    label_width: int = 170
    chart_width: int = 330
    row_height: float = 28


def bar_chart(title: str, rows: list[FigureRow], field_name: str) -> BarChart:
    peak = max((getattr(row, field_name) for row in rows), default=0) or 1
    chart = BarChart(title=title, bars=[], height=0)
    for index, row in enumerate(rows):
        value = getattr(row, field_name)
        chart.bars.append(
            Bar(
                label=row.label,
                value=value,
                width=round(chart.chart_width * value / peak, 1),
                y=index * chart.row_height,
                value_x=round(chart.label_width + chart.chart_width * value / peak + 6, 1),
            )
        )
    chart.height = max(len(rows), 1) * chart.row_height
    return chart


# --- Directory summary for other pages (home "find help", "need help?" links) --------------------

DIRECTORY_CACHE_KEY = "resource_centers:directory:{language}"
DIRECTORY_CACHE_SECONDS = 3600


@dataclass(frozen=True)
class DirectorySummary:
    url: str
    cities: tuple[tuple[str, str], ...]  # (key, label) in display order; labels translated later


def directory_summary(language_code: str) -> DirectorySummary | None:
    """The directory's URL and the cities that have centres, for one language.

    Kept in the shared cache (cleared when a centre or directory is published, unpublished, moved
    or deleted) so that the home page and every page with a "need help?" link pay no queries.
    """
    from django.core.cache import cache

    key = DIRECTORY_CACHE_KEY.format(language=language_code)
    cached = cache.get(key)
    if cached is not None:
        return cached or None
    from .models import City, ResourceCentreIndexPage, ResourceCentrePage

    index = (
        ResourceCentreIndexPage.objects.live().filter(locale__language_code=language_code).first()
    )
    summary: DirectorySummary | bool = False
    if index is not None:
        present = set(
            ResourceCentrePage.objects.live().child_of(index).values_list("city", flat=True)
        )
        summary = DirectorySummary(
            url=index.get_url() or "",
            cities=tuple((c.value, c.value) for c in City if c.value in present),
        )
    cache.set(key, summary, DIRECTORY_CACHE_SECONDS)
    return summary or None


def forget_directory_summary(**kwargs) -> None:
    from django.conf import settings
    from django.core.cache import cache

    cache.delete_many(
        [DIRECTORY_CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES]
    )
