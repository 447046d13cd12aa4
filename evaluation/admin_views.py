"""The ministry dashboard in the admin (/admin/evaluation/): figures only, every office, for the
"Ministry analysts" group (permission evaluation.view_dashboard); its office table as CSV."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from . import dashboard, figures
from .forms import DashboardFilterForm
from .intake import STAGES, stage_label

PERMISSION = "evaluation.view_dashboard"


def _choice(form: DashboardFilterForm) -> dashboard.Choice:
    if not form.is_valid():
        return dashboard.Choice()
    data = form.cleaned_data
    return dashboard.Choice(
        region=data["region"] or "",
        office_id=data["office"].pk if data["office"] else None,
        course_id=data["course"].pk if data["course"] else None,
        language=data["language"] or "",
    )


def index(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    form = DashboardFilterForm(request.GET or None)
    board = dashboard.build(_choice(form))
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="programme-by-office.csv"'
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow(dashboard.CSV_COLUMNS)
        writer.writerows(dashboard.office_rows_csv(board))
        return response
    intake_rows = [
        {
            "label": stage_label(stage),
            "cells": [board.intake.cell(stage, region) for region in board.intake.columns],
            "total": board.intake.row_totals[stage],
            "baseline": board.baseline.get(("unit", stage), 0),
        }
        for stage in STAGES
    ]
    measures = figures.COUNTS
    monthly = [{"month": r["month"], "values": [r[m] for m in measures]} for r in board.monthly]
    offices = [
        {"name": r["office"].code, "region": r["region"], "values": [r[m] for m in measures]}
        for r in board.offices
    ]
    offices += [
        {"name": "", "region": r["region"], "values": [r[m] for m in measures]}
        for r in board.regions
    ]
    query = request.GET.copy()
    query["format"] = "csv"
    context = {
        "page_title": _("Ministry dashboard"),
        "form": form,
        "board": board,
        "measures": measures,
        "monthly": monthly,
        "monthly_total": [board.monthly_total[m] for m in measures],
        "office_rows": offices,
        "intake_rows": intake_rows,
        "csv_query": query.urlencode(),
    }
    return render(request, "evaluation/admin/dashboard.html", context)
