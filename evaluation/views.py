"""The open data at /<lang>/open-data/: the page that explains it, and its files (anonymous)."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from home import privacy

from . import opendata
from .published import COLUMNS, open_data_rows, open_data_scope

CACHE_HEADER = "public, max-age=3600"


def _cached(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = CACHE_HEADER
    return response


def page(request: HttpRequest) -> HttpResponse:
    scope = open_data_scope()
    context = {
        "page_title": _("Open data"),
        "columns": COLUMNS,
        "first": scope.first,
        "last": scope.last,
        "threshold": privacy.THRESHOLD,
        "small": privacy.SMALL,
        "hidden": privacy.HIDDEN,
        "licence": opendata.LICENCE,
        "csv_url": reverse("evaluation:csv"),
        "json_url": reverse("evaluation:json"),
        "package_url": reverse("evaluation:datapackage"),
    }
    return _cached(render(request, "evaluation/open_data.html", context))


def figures_csv(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        opendata.as_csv(open_data_rows()), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{opendata.CSV_NAME}"'
    return _cached(response)


def figures_json(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(opendata.as_json(open_data_rows()), content_type="application/json")
    return _cached(response)


def datapackage(request: HttpRequest) -> HttpResponse:
    base = request.build_absolute_uri(reverse("evaluation:page"))
    return _cached(JsonResponse(opendata.datapackage(base), json_dumps_params={"indent": 1}))
