"""Course completion reports: figures per office, course and month, and their CSV; no personal data."""

import csv
import datetime

from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from accounts.reauth import reauthentication_required, record_export
from home.spreadsheets import spreadsheet_cell

from ..figures import office_figures, report_rows
from ..scoping import report_offices_for_user, sees_all_offices


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


REPORT_COLUMNS = (
    ("office", gettext_lazy("Office")),
    ("course", gettext_lazy("Course")),
    ("month", gettext_lazy("Month")),
    ("assigned", gettext_lazy("Not started")),
    ("in_progress", gettext_lazy("In progress")),
    ("completed", gettext_lazy("Completed")),
    ("overdue", gettext_lazy("Overdue")),
    ("cancelled", gettext_lazy("Cancelled")),
)


@never_cache
def report(request: HttpRequest, office_id: int | None = None) -> HttpResponse:
    """Aggregate figures per office, course and month; never a name, IIN or contact."""
    offices = _report_offices(request, office_id)
    figures = office_figures(offices)
    rows = report_rows(offices)
    export_url = (
        reverse("applications:report_export", args=[office_id])
        if office_id
        else reverse("applications:report_export_all")
    )
    return TemplateResponse(
        request,
        "registry_offices/admin/report.html",
        {
            "page_title": _("Course completion report"),
            "figures": figures,
            "rows": rows,
            "columns": REPORT_COLUMNS,
            "export_url": export_url,
            "all_offices": office_id is None,
        },
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
def report_export(request: HttpRequest, office_id: int | None = None) -> StreamingHttpResponse:
    offices = _report_offices(request, office_id)
    rows = report_rows(offices)
    record_export(request, "course_report", office=office_id)

    class Echo:
        def write(self, value: str) -> str:
            return value

    writer = csv.writer(Echo())

    def lines():
        yield writer.writerow([str(label) for _key, label in REPORT_COLUMNS])
        for row in rows:
            yield writer.writerow(
                spreadsheet_cell(cell)
                for cell in [
                    row.office.code,
                    row.course_title,
                    f"{row.month:%Y-%m}",
                    row.assigned,
                    row.in_progress,
                    row.completed,
                    row.overdue,
                    row.cancelled,
                ]
            )

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    name = f"report-{datetime.date.today():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
