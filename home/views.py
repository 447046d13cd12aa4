"""Site-wide views: the root redirect, search, health check and error pages."""

import sys

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from wagtail.models import Page

from .faults import unavailable_response
from .health import health_report
from .routing import public_pages
from .search import clean_query, hits, matching, query_stems
from .translation import active_locale

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200


def root_redirect(request: HttpRequest) -> HttpResponse:
    """Send `/` to the visitor's chosen language, or to Kazakh, the default."""
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    return HttpResponseRedirect(f"/{language}/")


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Tell a load balancer whether this instance can serve, and what each part it uses says.

    200 while the database answers: with the cache down pages are slower and guessing limits
    refuse, with the object store down uploads fail, but the site serves. 503 without a database.
    """
    report = health_report()
    return JsonResponse(report, status=200 if report["database"] == "ok" else 503)


def search(request: HttpRequest) -> HttpResponse:
    """Search the live, public pages of the visitor's language, finding word forms too.

    The words are stemmed and matched as prefixes (home/search.py), so «отбасы» finds
    «отбасылық» and «развод» finds «разводе»; the matched words are highlighted.
    """
    query = clean_query(request.GET.get("q", ""))[:SEARCH_QUERY_MAX_LENGTH]
    stems = query_stems(query, translation.get_language() or settings.LANGUAGE_CODE)
    results_page = None
    shown: list[Page] = []
    if stems:
        pages = (
            public_pages(Page.objects.live()).filter(locale=active_locale()).exclude(depth__lte=1)
        )
        found = matching(pages, stems, translation.get_language())
        paginator = Paginator(found.page_ids, SEARCH_RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results_page = paginator.page(1)
        except EmptyPage:
            results_page = paginator.page(paginator.num_pages)
        paginator.count = found.total  # "N pages found" counts every match, kept or not
        shown = found.pages(list(results_page))
    return render(
        request,
        "home/search_results.html",
        {
            "search_query": query,
            "no_words": bool(request.GET.get("q")) and not stems,
            "results": results_page,
            "hits": hits(shown, stems),
        },
    )


@requires_csrf_token
def bad_request(request: HttpRequest, exception: BaseException) -> HttpResponse:
    """A translated 400 page instead of Django's bare "Bad Request (400)": a form too large to
    read (a pasted book in a message, refused before any view runs) says so and what to do."""
    language = translation.get_language_from_path(request.path) or settings.LANGUAGE_CODE
    with translation.override(language):
        body = loader.get_template("400.html").render(
            {
                "LANGUAGE_CODE": language,
                "too_big": isinstance(exception, RequestDataTooBig),
                "back_url": request.path if request.method == "POST" else "",
            }
        )
    return HttpResponse(body, status=413 if isinstance(exception, RequestDataTooBig) else 400)


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    """Render 500.html in the visitor's language without touching the database; a database or
    object store that does not answer gets the 503 page instead (home/faults.py)."""
    error = sys.exc_info()[1]
    if error is not None and (unavailable := unavailable_response(request, error)) is not None:
        return unavailable
    language = translation.get_language_from_path(request.path) or settings.LANGUAGE_CODE
    with translation.override(language):
        template = loader.get_template("500.html")
        body = template.render({"LANGUAGE_CODE": language, "request": request})
    return HttpResponse(body, status=500)
