"""Course completion reports: figures per office, course and month, for a date range, and their
export as XLSX or CSV; no personal data anywhere."""

from __future__ import annotations

import datetime

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from accounts.reauth import reauthentication_required, record_export
from home.spreadsheets import spreadsheet_cell
from home.xlsx import xlsx_streaming_response
from resource_centers.models import RequestTally
from resource_centers.statistics import request_summary

from ..figures import Period, accepted_by_month, office_figures, report_rows
from ..scoping import report_offices_for_user, sees_all_offices

# Day first as people here write dates, and ISO as a date input sends them.
DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]
# Dates a report can mean (and that date arithmetic cannot overflow on, as 9999-12-31 would).
FIRST_YEAR, LAST_YEAR = 2000, 2100


class ReportPeriodForm(forms.Form):
    """The report's date range from the query string; both ends optional (default: 12 months).

    Kept beside its only view: registry_offices/forms/ holds the clerks' data-entry forms."""

    date_from = forms.DateField(
        label=gettext_lazy("From"),
        required=False,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "invalid": gettext_lazy("Enter the start date as a date, for example 2026-01-31.")
        },
    )
    date_to = forms.DateField(
        label=gettext_lazy("To"),
        required=False,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "invalid": gettext_lazy("Enter the end date as a date, for example 2026-12-31.")
        },
    )

    def _in_range(self, day: datetime.date | None) -> datetime.date | None:
        if day is not None and not (FIRST_YEAR <= day.year <= LAST_YEAR):
            raise forms.ValidationError(
                gettext_lazy("Choose a date between %(first)s and %(last)s.")
                % {"first": FIRST_YEAR, "last": LAST_YEAR},
                code="out_of_range",
            )
        return day

    def clean_date_from(self) -> datetime.date | None:
        return self._in_range(self.cleaned_data.get("date_from"))

    def clean_date_to(self) -> datetime.date | None:
        return self._in_range(self.cleaned_data.get("date_to"))

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(
                gettext_lazy("The start date is after the end date: choose an earlier start."),
                code="reversed",
            )
        return cleaned

    def period(self, today: datetime.date | None = None) -> Period:
        """The chosen range; a missing start is twelve months back, a missing end is today."""
        today = today or timezone.localdate()
        default = Period.last_months(12, today)
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        end = data.get("date_to") or today
        start = data.get("date_from") or (
            default.start if end >= default.start else end.replace(day=1)
        )
        return Period(start, end)


def _report_offices(request: HttpRequest, office_id: int | None):
    offices = report_offices_for_user(request.user)
    if office_id is None:
        if not sees_all_offices(request.user):
            raise Http404
        return offices
    offices = offices.filter(pk=office_id)
    if not offices.exists():
        raise Http404
    return offices


def _period_form(request: HttpRequest) -> ReportPeriodForm:
    fields = ("date_from", "date_to")
    return ReportPeriodForm(request.GET if any(request.GET.get(f) for f in fields) else None)


REPORT_COLUMNS = (
    ("office", gettext_lazy("Office")),
    ("course", gettext_lazy("Course")),
    ("month", gettext_lazy("Month")),
    ("assigned", gettext_lazy("Not started")),
    ("in_progress", gettext_lazy("In progress")),
    ("completed", gettext_lazy("Completed")),
    ("overdue", gettext_lazy("Overdue")),
    ("cancelled", gettext_lazy("Cancelled")),
    ("accepted", gettext_lazy("Certificates accepted")),
)
YEAR_COLUMNS = tuple(
    (key, gettext_lazy("Year") if key == "month" else label) for key, label in REPORT_COLUMNS
)


class ReportSpreadsheet(SpreadsheetExportMixin):
    """Wagtail's spreadsheet export (XLSX and CSV) of the report rows.

    The CSV starts with a UTF-8 byte-order mark: without it Excel reads the file in the
    machine's ANSI code page and Kazakh and Russian letters come out garbled."""

    list_export = [key for key, _label in REPORT_COLUMNS]
    export_headings = dict(REPORT_COLUMNS)

    def __init__(self, filename: str) -> None:
        self.export_filename = filename

    def to_row_dict(self, item) -> dict:
        values = {
            "office": item.office.code,
            "course": item.course_title,
            "month": f"{item.month:%Y-%m}",
            "assigned": item.assigned,
            "in_progress": item.in_progress,
            "completed": item.completed,
            "overdue": item.overdue,
            "cancelled": item.cancelled,
            "accepted": item.accepted,
        }
        return {key: spreadsheet_cell(values[key]) for key in self.list_export}

    def preprocess_field_value(self, field, value, export_format):
        """The row is final already (safe text and integers): no per-cell look-up of
        Wagtail's value converters, which cost more than the rest of a 20,000-row export."""
        return value

    def stream_csv(self, queryset):
        yield "\ufeff"
        yield from super().stream_csv(queryset)

    def write_xlsx_response(self, queryset):
        return xlsx_streaming_response(self, queryset, self.get_filename())

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response


def report_rows_html(rows, year_links: dict[int, str] | None = None) -> str:
    """The report's table body, built in one pass: a year of every office is some 2,500 rows,
    which the template engine renders ten times slower, a cell at a time. Each office name,
    course title and month is escaped once; the counts are integers (nothing to escape).
    With `year_links` the rows are years, each a link to that year's report by month."""
    escaped: dict = {}

    def text(value) -> str:
        if value not in escaped:
            escaped[value] = conditional_escape(value)
        return escaped[value]

    months: dict[datetime.date, str] = {}
    for row in rows:
        if row.month in months:
            continue
        if year_links is None:
            months[row.month] = conditional_escape(date_format(row.month, "YEAR_MONTH_FORMAT"))
        else:
            link = conditional_escape(year_links[row.month.year])
            months[row.month] = f'<a href="{link}">{row.month.year}</a>'
    return mark_safe(  # noqa: S308 - every text cell escaped above, the rest are integers
        "\n".join(
            f"<tr><td>{text(row.office.name)}</td><td>{text(row.course_title)}</td>"
            f"<td>{months[row.month]}</td><td>{int(row.assigned)}</td>"
            f"<td>{int(row.in_progress)}</td><td>{int(row.completed)}</td>"
            f"<td>{int(row.overdue)}</td><td>{int(row.cancelled)}</td>"
            f"<td>{int(row.accepted)}</td></tr>"
            for row in rows
        )
    )


# A range longer than this shows a row per year (each a link to its months), not per month:
# ten years of every office by month is 20,000 rows nobody reads and a page over a second.
MONTHLY_DAYS = 366


def shows_years(period: Period) -> bool:
    """Whether the report's screen sums its rows per year (the export keeps the months)."""
    return (period.end - period.start).days > MONTHLY_DAYS


def year_links(request: HttpRequest, period: Period) -> dict[int, str]:
    """Each year of the range: the same report narrowed to that year (within the range)."""
    links = {}
    for year in range(period.start.year, period.end.year + 1):
        start = max(period.start, datetime.date(year, 1, 1))
        end = min(period.end, datetime.date(year, 12, 31))
        links[year] = f"{request.path}?date_from={start:%Y-%m-%d}&date_to={end:%Y-%m-%d}"
    return links


def _export_url(office_id: int | None, export_format: str, period: Period) -> str:
    path = (
        reverse("applications:report_export", args=[office_id])
        if office_id
        else reverse("applications:report_export_all")
    )
    return f"{path}?export={export_format}&date_from={period.start:%Y-%m-%d}&date_to={period.end:%Y-%m-%d}"


@never_cache
def report(request: HttpRequest, office_id: int | None = None) -> HttpResponse:
    """Aggregate figures per office, course and month; never a name, IIN or contact."""
    offices = _report_offices(request, office_id)
    form = _period_form(request)
    valid = not form.is_bound or form.is_valid()
    period = form.period()
    figures = office_figures(offices)
    by_year = shows_years(period)
    rows = report_rows(offices, period=period, by_year=by_year)
    links = year_links(request, period) if by_year else None
    office_ids = [figure.office.pk for figure in figures]
    tallies = RequestTally.objects.filter(
        office_id__in=office_ids, month__gte=period.start.replace(day=1), month__lte=period.end
    )
    return TemplateResponse(
        request,
        "registry_offices/admin/report.html",
        {
            "page_title": _("Course completion report"),
            "figures": figures,
            "rows": rows,
            "rows_html": report_rows_html(rows, links),
            "accepted_months": accepted_by_month(rows),
            "requests": request_summary(tallies, translation.get_language()),
            "columns": YEAR_COLUMNS if by_year else REPORT_COLUMNS,
            "by_year": by_year,
            "form": form,
            "period": period,
            "xlsx_url": _export_url(office_id, "xlsx", period),
            "csv_url": _export_url(office_id, "csv", period),
            "all_offices": office_id is None,
        },
        status=200 if valid else 400,
    )


def reports(request: HttpRequest) -> HttpResponse:
    """The menu's way in: the all-offices report for analysts, else the user's own office."""
    if sees_all_offices(request.user):
        return redirect("applications:report_all")
    office = report_offices_for_user(request.user).first()
    if office is None:
        raise Http404
    return redirect("applications:report", office_id=office.pk)


@never_cache
@reauthentication_required
def report_export(request: HttpRequest, office_id: int | None = None) -> HttpResponse:
    """The report's rows as XLSX (`?export=xlsx`) or CSV (the default), for the date range."""
    offices = _report_offices(request, office_id)
    form = _period_form(request)
    if form.is_bound and not form.is_valid():
        messages = [str(error) for errors in form.errors.values() for error in errors]
        return HttpResponse(
            " ".join(messages), status=400, content_type="text/plain; charset=utf-8"
        )
    period = form.period()
    export_format = request.GET.get("export")
    if export_format not in SpreadsheetExportMixin.FORMATS:
        export_format = SpreadsheetExportMixin.FORMAT_CSV
    record_export(request, "course_report", office=office_id)
    exporter = ReportSpreadsheet(f"report-{period.start:%Y-%m-%d}-{period.end:%Y-%m-%d}")
    return exporter.as_spreadsheet(_lazy_report_rows(offices, period), export_format)


def _lazy_report_rows(offices, period: Period):
    """The rows counted once the response has started: the file's first bytes (the CSV's
    headings, the XLSX's fixed parts) reach the client before the counting."""
    yield from report_rows(offices, period=period)
