"""The centres' outcome figures: totals by month, city and centre, and rows for a spreadsheet.

Read from the monthly reports in a fixed number of queries, whatever the number of centres.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Max, Min, QuerySet, Sum
from django.db.models.functions import ExtractYear
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home import privacy
from home.pagecache import versioned_fragment
from home.translation import active_locale

from . import published
from .invalidation import statistics_version
from .models import City, MonthlyReport, ReferralSource, RequestTally, ResourceCentrePage

# The years the centres have figures for start with the 2019 source; a year outside 2019 to next
# year is not a filter anyone means (and 10000 or -1 would break date arithmetic).
FIRST_YEAR = 2019

FIGURE_FIELDS = published.FIGURE_FIELDS
STATISTICS_CACHE_SECONDS = 3600


@dataclass
class FigureRow:
    """Summed figures for one group (a month, a city, a centre, or everything), as published:
    a count, or "<10" / "x" where home.privacy hides it."""

    label: str
    applied: int | str = 0
    about_divorce: int | str = 0
    reconciled: int | str = 0
    with_children: int | str = 0
    raised_residence: int | str = 0
    youngest_age: int | None = None
    oldest_age: int | None = None
    key: str = ""
    url: str = ""


@dataclass
class OutcomeSummary:
    total: FigureRow
    by_month: list[FigureRow] = field(default_factory=list)
    by_city: list[FigureRow] = field(default_factory=list)
    by_centre: list[FigureRow] = field(default_factory=list)
    years: list[int] = field(default_factory=list)


def _aggregates() -> dict:
    return {
        **{name: Sum(name) for name in FIGURE_FIELDS},
        "youngest_age": Min("youngest_age"),
        "oldest_age": Max("oldest_age"),
    }


def year_in_range(year: int | None, today=None) -> bool:
    """Whether `year` is a year the figures can have: 2019 up to next year."""
    if year is None:
        return False
    today = today or timezone.localdate()
    return FIRST_YEAR <= year <= today.year + 1


# Characters that make a spreadsheet program read a cell as a formula (CSV/XLSX injection).
def _row(label: str, values: dict, key: str = "") -> FigureRow:
    return FigureRow(
        label=label,
        key=key,
        **{name: values.get(name) or 0 for name in FIGURE_FIELDS},
        youngest_age=values.get("youngest_age"),
        oldest_age=values.get("oldest_age"),
    )


def _publish(row: FigureRow, marks: dict[str, dict], key: tuple) -> FigureRow:
    """The row with each count as home.privacy publishes it; the ages (one person's each) only
    where the number of people is shown."""
    for name in FIGURE_FIELDS:
        setattr(row, name, marks[name].get(key, privacy.SMALL))
    if not privacy.is_shown(row.applied):
        row.youngest_age = row.oldest_age = None
    return row


def reports_for(*, year: int | None = None, city: str = "") -> QuerySet[MonthlyReport]:
    """The monthly reports of a year and a city (either may be left out)."""
    reports = MonthlyReport.objects.all()
    if year:
        reports = reports.filter(month__year=year)
    if city:
        reports = reports.filter(centre__city=city)
    return reports


def cached_outcome_summary(
    *, year: int | None = None, city: str = "", language_code: str | None = None
) -> OutcomeSummary:
    """outcome_summary() kept in the shared cache until a report or a centre page changes.

    Figures change a few times a month while the page is read all the time; a version number
    in the key lets any change drop every cached variant at once, on every instance.
    """
    return versioned_fragment(  # the key names the statistics version
        f"resource_centers:statistics:{statistics_version()}:{language_code}:{year or ''}:{city}",
        lambda: outcome_summary(year=year, city=city, language_code=language_code),
        STATISTICS_CACHE_SECONDS,
    )


def outcome_summary(
    *, year: int | None = None, city: str = "", language_code: str | None = None, request=None
) -> OutcomeSummary:
    """The published figures grouped by month, city and centre, in a fixed number of queries."""
    years = sorted(
        {
            y
            for y in MonthlyReport.objects.annotate(y=ExtractYear("month"))
            .values_list("y", flat=True)
            .distinct()
            if y
        }
    )
    reports = reports_for(year=year, city=city)
    marks = published.outcome_marks(year, city)
    total = _publish(_row("", reports.aggregate(**_aggregates())), marks, ("total",))
    by_month = [
        _publish(
            _row(
                formats.date_format(values["month"], "YEAR_MONTH_FORMAT"),
                values,
                str(values["month"]),
            ),
            marks,
            ("month", values["month"]),
        )
        for values in reports.values("month").annotate(**_aggregates()).order_by("month")
    ]
    city_labels = dict(City.choices)
    by_city = sorted(
        (
            _publish(
                _row(
                    str(city_labels.get(values["centre__city"], values["centre__city"])),
                    values,
                    values["centre__city"],
                ),
                marks,
                ("city", values["centre__city"]),
            )
            for values in reports.values("centre__city").annotate(**_aggregates())
        ),
        key=lambda row: (-row.applied if privacy.is_shown(row.applied) else 0, row.label),
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
        row = _publish(
            _row(
                page.title if page else values["centre__title"],
                values,
                str(values["centre__translation_key"]),
            ),
            marks,
            ("centre", str(values["centre__translation_key"])),
        )
        if page is not None:
            row.url = page.get_url(request) or ""
        by_centre.append(row)
    by_centre.sort(key=lambda row: row.label)
    return OutcomeSummary(
        total=total, by_month=by_month, by_city=by_city, by_centre=by_centre, years=years
    )


# --- Consultation requests: anonymous counts by month, source and referring office -----------


@dataclass
class RequestMonth:
    """One month's requests: a count per source (in `ReferralSource` order) and their sum."""

    month: object
    label: str
    counts: list[int | str]
    total: int | str


@dataclass
class ReferringOffice:
    label: str
    code: str
    count: int | str
    office_id: int | None = None


@dataclass
class RequestSummary:
    """Where consultation requests came from: counts only, never a name, contact or topic."""

    sources: list[str]
    by_month: list[RequestMonth] = field(default_factory=list)
    by_office: list[ReferringOffice] = field(default_factory=list)
    source_totals: list[int | str] = field(default_factory=list)
    total: int | str = 0
    referred: int | str = 0

    @property
    def total_is_count(self) -> bool:
        """Whether the total is a number (the sentence's plural needs one), not "<10"."""
        return privacy.is_shown(self.total)


def request_summary(tallies: QuerySet[RequestTally], language_code: str | None) -> RequestSummary:
    """Requests per month by source and per referring office, in two grouped queries.

    Read from `RequestTally`, which outlives the requests' 90-day retention; callers narrow the
    tallies (a year, a city, an office's own, a date range) before passing them."""
    sources = list(ReferralSource.values)
    months: dict = {}
    for row in tallies.values("month", "source").annotate(n=Sum("count")).order_by("month"):
        counts = months.setdefault(row["month"], [0] * len(sources))
        if row["source"] in sources:
            counts[sources.index(row["source"])] += row["n"] or 0
    by_month = [
        RequestMonth(
            month=month,
            label=formats.date_format(month, "YEAR_MONTH_FORMAT"),
            counts=counts,
            total=sum(counts),
        )
        for month, counts in months.items()
    ]
    language = (language_code or "kk")[:2]
    by_office = [
        ReferringOffice(
            label=row.get(f"office__name_{language}") or row["office__name_kk"],
            code=row["office__code"],
            count=row["n"] or 0,
            office_id=row["office_id"],
        )
        for row in tallies.filter(office__isnull=False)
        .values(
            "office_id", "office__code", "office__name_kk", "office__name_ru", "office__name_en"
        )
        .annotate(n=Sum("count"))
        .order_by("-n", "office__code")
    ]
    source_totals = [sum(month.counts[i] for month in by_month) for i in range(len(sources))]
    return RequestSummary(
        sources=[str(ReferralSource(value).label) for value in sources],
        by_month=by_month,
        by_office=by_office,
        source_totals=source_totals,
        total=sum(source_totals),
        referred=sum(office.count for office in by_office),
    )


def tallies_for(*, year: int | None = None, city: str = "") -> QuerySet[RequestTally]:
    tallies = RequestTally.objects.all()
    if year:
        tallies = tallies.filter(month__year=year)
    if city:
        tallies = tallies.filter(centre__city=city)
    return tallies


def cached_request_summary(
    *, year: int | None = None, city: str = "", language_code: str | None = None
) -> RequestSummary:
    """request_summary() for the public statistics, under the same version as the figures: a new
    request moves the version on (RequestTally.objects.count_request), so it shows at once."""
    return versioned_fragment(
        f"resource_centers:requests:{statistics_version()}:{language_code}:{year or ''}:{city}",
        lambda: publish_requests(
            request_summary(tallies_for(year=year, city=city), language_code), year, city
        ),
        STATISTICS_CACHE_SECONDS,
    )


def publish_requests(summary: RequestSummary, year: int | None, city: str) -> RequestSummary:
    """The public summary with every count as home.privacy publishes it (see published.py)."""
    if not summary.by_month:
        return summary  # no request for this choice: the page says so
    marks = published.request_marks(year, city)
    sources = list(ReferralSource.values)
    for row in summary.by_month:
        row.counts = [
            marks.get(("month-source", row.month, source), privacy.SMALL) for source in sources
        ]
        row.total = marks.get(("month", row.month), privacy.SMALL)
    summary.source_totals = [marks.get(("source", source), privacy.SMALL) for source in sources]
    summary.total = marks.get(("total",), privacy.SMALL)
    summary.referred = marks.get(("referred",), privacy.SMALL)
    for office in summary.by_office:
        office.count = marks.get(("office", office.office_id))
        office.count = privacy.SMALL if office.count is None else office.count
    return summary


# --- One row per centre and month, for spreadsheets (anonymous counts only) ------------------

CSV_COLUMNS = (
    ("month", _("Month")),
    ("city", _("City")),
    ("centre", _("Centre")),
    ("applied", _("Applied")),
    ("about_divorce", _("About divorce")),
    ("reconciled", _("Reconciled")),
    ("with_children", _("With children")),
    ("raised_residence", _("Raised the children's residence")),
    ("youngest_age", _("Youngest age")),
    ("oldest_age", _("Oldest age")),
)


def report_rows(*, year: int | None = None, city: str = "") -> list[list]:
    """The reports as spreadsheet rows (see CSV_COLUMNS), centres named in the active language,
    each count as home.privacy publishes it ("<10", "x")."""
    reports = list(
        reports_for(year=year, city=city).select_related("centre").order_by("month", "centre__city")
    )
    titles = dict(
        ResourceCentrePage.objects.filter(
            locale=active_locale(),
            translation_key__in={r.centre.translation_key for r in reports},
        ).values_list("translation_key", "title")
    )
    city_labels = dict(City.choices)
    marks = published.outcome_marks(year, city)
    rows = []
    for report in reports:
        key = ("cell", report.centre_id, report.month)
        counts = [marks[name].get(key, privacy.SMALL) for name in FIGURE_FIELDS]
        ages = privacy.is_shown(counts[0])  # one person's age each: only beside a shown count
        rows.append(
            [
                report.month.strftime("%Y-%m"),
                city_labels.get(report.centre.city, report.centre.city),
                titles.get(report.centre.translation_key, report.centre.title),
                *counts,
                report.youngest_age if ages and report.youngest_age is not None else "",
                report.oldest_age if ages and report.oldest_age is not None else "",
            ]
        )
    return rows
