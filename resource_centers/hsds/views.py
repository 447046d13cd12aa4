"""The resource centre directory as an Open Referral HSDS 3.0 API at /api/hsds/.

Anonymous and read-only (any other method: 405); every answer is public JSON that the page cache
keeps and a CDN may keep for `PAGE_CACHE_SHARED_SECONDS` (home/pagecache.py; publishing a centre
moves the cache on and purges a CDN, see `purge.py`). Bad parameters: 400 as
`application/problem+json` (RFC 9457) naming the parameter; unknown ids: 404 the same way.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from ..models import Service
from . import records
from .catalogue import InvalidParameter, Query, centres, language_of, paginate
from .openapi import openapi_json

HSDS_VERSION = "3.0"
PROFILE_URL = "https://docs.openreferral.org/en/latest/hsds/overview.html"
PROBLEM_TYPE = "tag:otbasy.kz,2026:hsds/"
ALLOWED = "GET, HEAD, OPTIONS"


def _json(data: object, status: int = 200, content_type: str = "application/json") -> HttpResponse:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    response = HttpResponse(body.encode(), status=status, content_type=content_type)
    response["Access-Control-Allow-Origin"] = "*"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def problem(status: int, kind: str, title: str, detail: str, **extra: object) -> HttpResponse:
    response = _json(
        {
            "type": PROBLEM_TYPE + kind,
            "title": title,
            "status": status,
            "detail": detail,
            **extra,
        },
        status=status,
        content_type="application/problem+json",
    )
    # An error is kept by no one: not the page cache (it stores 200s only), not a CDN.
    response["Cache-Control"] = "no-store"
    return response


def _not_found() -> HttpResponse:
    return problem(404, "not-found", _("Not found"), _("Nothing published has this id."))


def _invalid(error: InvalidParameter) -> HttpResponse:
    return problem(
        400,
        "invalid-parameter",
        _("Invalid query parameter"),
        _("%(name)s: %(reason)s") % {"name": error.name, "reason": error.reason},
        invalid_params=[{"name": error.name, "reason": error.reason}],
    )


def hsds_endpoint(view: Callable) -> Callable:
    """GET/HEAD only, in the language asked for, with bad parameters as a 400 problem."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = ALLOWED
            response["Access-Control-Allow-Origin"] = "*"
            return response
        if request.method not in ("GET", "HEAD"):
            response = problem(
                405,
                "method-not-allowed",
                _("Method not allowed"),
                _("This API is read-only: use GET."),
            )
            response["Allow"] = ALLOWED
            return response
        try:
            language = language_of(request)
        except InvalidParameter as error:
            return _invalid(error)
        with translation.override(language):
            try:
                response = view(request, *args, **kwargs)
            except InvalidParameter as error:
                response = _invalid(error)
            response["Content-Language"] = language
            return response

    # Reads nothing of a session or a form: no CSRF token, so the page cache may keep it.
    wrapper.csrf_exempt = True
    return wrapper


class _Urls:
    """The centres' public page URLs, found once per request (site root paths are cached)."""

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def __call__(self, page) -> str:
        return page.get_full_url(self.request) or ""


# --- Root and OpenAPI ---------------------------------------------------------------------------


@hsds_endpoint
def root(request: HttpRequest) -> HttpResponse:
    return _json(
        {
            "version": HSDS_VERSION,
            "profile": PROFILE_URL,
            "openapi_url": request.build_absolute_uri(reverse("hsds:openapi")),
        }
    )


@hsds_endpoint
def openapi(request: HttpRequest) -> HttpResponse:
    body = openapi_json(request.build_absolute_uri(reverse("hsds:root")))
    response = HttpResponse(body.encode(), content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"
    return response


# --- Services and their locations ---------------------------------------------------------------


def _service_pairs(query: Query) -> list[tuple]:
    term_codes = None
    if query.taxonomy_term_id:
        term_codes = {
            code for code in Service.values if records.term_id(code) == query.taxonomy_term_id
        }
    if query.taxonomy_id and query.taxonomy_id != records.TAXONOMY_ID:
        term_codes = set()
    pairs = []
    for page, code in records.service_codes(centres(query.language)):
        if term_codes is not None and code not in term_codes:
            continue
        if (
            query.organization_id
            and records.record_id(page, "organization") != query.organization_id
        ):
            continue
        if not query.modified(page):
            continue
        if not query.matches(page.title, page.summary, str(Service(code).label)):
            continue
        pairs.append((page, code))
    return pairs


@hsds_endpoint
def services(request: HttpRequest) -> HttpResponse:
    query, url = Query.of(request), _Urls(request)
    return _json(
        paginate(_service_pairs(query), query, lambda pair: records.service(*pair, url(pair[0])))
    )


def _find_service(request: HttpRequest, wanted: str, kind: str) -> tuple | None:
    try:
        wanted = str(uuid.UUID(wanted))
    except ValueError:
        return None
    for page, code in records.service_codes(centres(language_of(request))):
        if records.record_id(page, kind, code) == wanted:
            return page, code
    return None


@hsds_endpoint
def service_detail(request: HttpRequest, id: str) -> HttpResponse:
    found = _find_service(request, id, "service")
    if found is None:
        return _not_found()
    return _json(records.service_full(*found, _Urls(request)(found[0])))


@hsds_endpoint
def service_at_locations(request: HttpRequest) -> HttpResponse:
    query, url = Query.of(request), _Urls(request)
    return _json(
        paginate(
            _service_pairs(query),
            query,
            lambda pair: records.service_at_location(*pair, url(pair[0])),
        )
    )


@hsds_endpoint
def service_at_location_detail(request: HttpRequest, id: str) -> HttpResponse:
    found = _find_service(request, id, "service_at_location")
    if found is None:
        return _not_found()
    page, code = found
    url = _Urls(request)(page)
    return _json(
        {
            **records.service_at_location(page, code, url),
            "service": records.service_full(page, code, url),
        }
    )


# --- Organizations and locations ----------------------------------------------------------------


def _centres(query: Query) -> list:
    return [
        page
        for page in centres(query.language)
        if query.modified(page)
        and query.matches(page.title, page.summary, page.address)
        and (
            not query.organization_id
            or records.record_id(page, "organization") == query.organization_id
        )
    ]


def _find_centre(request: HttpRequest, wanted: str, kind: str):
    try:
        wanted = str(uuid.UUID(wanted))
    except ValueError:
        return None
    return next(
        (page for page in centres(language_of(request)) if records.record_id(page, kind) == wanted),
        None,
    )


@hsds_endpoint
def organizations(request: HttpRequest) -> HttpResponse:
    query, url = Query.of(request), _Urls(request)
    return _json(
        paginate(_centres(query), query, lambda page: records.organization(page, url(page)))
    )


@hsds_endpoint
def organization_detail(request: HttpRequest, id: str) -> HttpResponse:
    page = _find_centre(request, id, "organization")
    if page is None:
        return _not_found()
    return _json(records.organization_full(page, _Urls(request)(page)))


@hsds_endpoint
def locations(request: HttpRequest) -> HttpResponse:
    query, url = Query.of(request), _Urls(request)
    return _json(paginate(_centres(query), query, lambda page: records.location(page, url(page))))


@hsds_endpoint
def location_detail(request: HttpRequest, id: str) -> HttpResponse:
    page = _find_centre(request, id, "location")
    if page is None:
        return _not_found()
    return _json(records.location(page, _Urls(request)(page)))


# --- Taxonomy -----------------------------------------------------------------------------------


@hsds_endpoint
def taxonomies(request: HttpRequest) -> HttpResponse:
    query = Query.of(request)
    found = [records.taxonomy()]
    found = [item for item in found if query.matches(item["name"], item["description"])]
    return _json(paginate(found, query, lambda item: item))


@hsds_endpoint
def taxonomy_detail(request: HttpRequest, id: str) -> HttpResponse:
    if id != records.TAXONOMY_ID:
        return _not_found()
    return _json(records.taxonomy())


@hsds_endpoint
def taxonomy_terms(request: HttpRequest) -> HttpResponse:
    query = Query.of(request)
    found = [
        term
        for term in records.taxonomy_terms(query.language)
        if query.matches(term["name"], term["code"])
        and (not query.taxonomy_id or term["taxonomy_id"] == query.taxonomy_id)
    ]
    return _json(paginate(found, query, lambda item: item))


@hsds_endpoint
def taxonomy_term_detail(request: HttpRequest, id: str) -> HttpResponse:
    language = language_of(request)
    term = next((t for t in records.taxonomy_terms(language) if t["id"] == id), None)
    return _json(term) if term is not None else _not_found()
