"""Public views of the centres: directory, guide, centre page with its request form, statistics.

Views orchestrate only; rules live on the models and in forms.py, guide.py and statistics.py.
The pages reach these views from `serve()` and their routes.
"""

from __future__ import annotations

import csv

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from home import pagecache, ratelimit
from home.charts import bar_chart
from home.pagecache import shared_fragment
from home.spreadsheets import spreadsheet_cell

from .. import invalidation
from ..forms import (
    MESSAGE_MAX_LENGTH,
    TOO_LONG_MESSAGE,
    ConsultationRequestForm,
    DirectoryFilterForm,
    referring_office,
)
from ..guide import NEEDS
from ..invalidation import statistics_version
from ..models import (
    ROUTES,
    City,
    ReferralSource,
    RequestTally,
    ResourceCentreIndexPage,
    ResourceCentrePage,
    Service,
    StatisticsPage,
)
from ..statistics import (
    CSV_COLUMNS,
    cached_outcome_summary,
    cached_request_summary,
    report_rows,
    year_in_range,
)

# At most this many requests per client address per window; enough for a person, not for a bot.
REQUEST_LIMIT = 5
# Requests to one centre from everyone together: a flood from many addresses stops here too.
CENTRE_REQUEST_LIMIT = 60
REQUEST_WINDOW_SECONDS = 3600


@ROUTES.view("directory")
def directory(request: HttpRequest, index: ResourceCentreIndexPage) -> HttpResponse:
    """/<lang>/centres/: every centre, filtered by city, service and "open now"."""
    # Every centre with its hours, kept under the page-cache generation (a centre published, its
    # hours changed) for the day (the exceptions listed are the coming two months'); the filters
    # pick from that list.
    every = shared_fragment(
        f"directory-centres:{index.pk}:{timezone.localdate().isoformat()}",
        lambda: list(ResourceCentrePage.objects.for_listing(index)),
    )
    form = DirectoryFilterForm(request.GET or None, cities={centre.city for centre in every})
    centres = every
    open_now = False
    if form.is_valid():
        if city := form.cleaned_data["city"]:
            centres = [centre for centre in centres if centre.city == city]
        if service := form.cleaned_data["service"]:
            centres = [centre for centre in centres if service in (centre.services or [])]
        open_now = form.cleaned_data["open_now"]
    now = timezone.now()
    listed = []
    for centre in centres:
        centre.open_now = centre.is_open_at(now)
        if open_now and not centre.open_now:
            continue
        listed.append(centre)
    request.page_cache_seconds = until_next_minute()
    context = index.get_context(request)
    context.update({"centres": listed, "filter_form": form, "filtered": bool(request.GET)})
    return TemplateResponse(request, "resource_centers/resource_centre_index_page.html", context)


@ROUTES.view("guide")
def guide(request: HttpRequest, index: ResourceCentreIndexPage) -> HttpResponse:
    """/<lang>/centres/guide/: a few questions, each leading to the right service (or to safety)."""
    chosen = next((need for need in NEEDS if need.key == request.GET.get("need")), None)
    context = index.get_context(request)
    context.update(
        {
            "needs": NEEDS,
            "chosen": chosen,
            "chosen_services": [Service(s) for s in chosen.services] if chosen else [],
        }
    )
    return TemplateResponse(request, "resource_centers/guide.html", context)


def until_next_minute() -> int:
    """Seconds a page showing "open now" may be kept: it changes only on a minute's edge."""
    return 60 - timezone.now().second


def request_form_url(request: HttpRequest, page: ResourceCentrePage) -> str:
    """The address of the centre's consultation form (a route of the centre page)."""
    return page.get_url(request) + page.reverse_subpage("request")


def _referral_initial(request: HttpRequest) -> dict:
    """The source word and office code of the link followed, checked: a made-up source counts
    as the directory and a made-up office is dropped, so the hidden fields hold known values."""
    initial = {"source": ReferralSource.parse(request.GET.get("source"))}
    office = referring_office(request.GET.get("office"))
    if office is not None:
        initial["office"] = office.code
    return initial


@ROUTES.view("centre")
def centre_page(request: HttpRequest, page: ResourceCentrePage) -> HttpResponse:
    """A centre's page. It holds no form (so it can come from the page cache); "Ask for a
    consultation" leads to the request form on its own address. A POST here (a form from before
    the move, still open in a tab) is handled as the form's."""
    if request.method == "POST":
        return consultation_request(request, page)
    request.page_cache_seconds = until_next_minute()
    context = page.get_context(request)
    context.update(
        {
            "open_now": page.is_open_now(),
            "request_url": request_form_url(request, page),
        }
    )
    return TemplateResponse(request, page.get_template(request), context)


def _too_big_form() -> ConsultationRequestForm:
    """The empty form saying why: the post was over DATA_UPLOAD_MAX_MEMORY_SIZE (a pasted
    book), so none of it could be read."""
    form = ConsultationRequestForm(initial={"preferred_language": translation.get_language()})
    form.cleaned_data = {}
    form.add_error("message", TOO_LONG_MESSAGE % {"limit": MESSAGE_MAX_LENGTH})
    return form


@ROUTES.view("consultation")
def consultation_request(request: HttpRequest, page: ResourceCentrePage) -> HttpResponse:
    """/<lang>/centres/<centre>/request/: the form, stored for the centre's staff only."""
    status = 200
    sent = request.GET.get("sent") == "1"
    done_url = request_form_url(request, page) + "?sent=1"
    if request.method == "POST":
        try:
            form = ConsultationRequestForm(request.POST)
        except RequestDataTooBig:
            form, status = _too_big_form(), 413
        if status == 413:
            pass  # nothing could be read, so nothing is counted or stored
        elif not ratelimit.allow(
            request,
            "consultation",
            REQUEST_LIMIT,
            REQUEST_WINDOW_SECONDS,
            target=f"centre:{page.translation_key}",
            target_limit=CENTRE_REQUEST_LIMIT,
        ):
            form.is_valid()
            form.add_error(
                None,
                _(
                    "You have sent several requests in a short time. Please try again in an hour, "
                    "or call the centre."
                ),
            )
            status = 429
        elif form.is_spam():
            # Pretend it worked so that a bot learns nothing; nothing is stored.
            return HttpResponseRedirect(done_url)
        elif form.is_valid():
            centre = page.canonical()
            if not form.is_first_sending(centre):
                return HttpResponseRedirect(done_url)  # a double click: stored once
            consultation = form.save(commit=False)
            consultation.centre = centre
            consultation.source = form.cleaned_data["source"]
            consultation.office = form.cleaned_data["office"]
            consultation.save()
            RequestTally.objects.count_request(consultation)
            return HttpResponseRedirect(done_url)
        else:
            status = 400
    else:
        form = ConsultationRequestForm(
            initial={"preferred_language": translation.get_language(), **_referral_initial(request)}
        )
    context = page.get_context(request)
    context.update({"form": form, "sent": sent})
    response = TemplateResponse(
        request, "resource_centers/consultation_request.html", context, status=status
    )
    if status == 429:
        response["Retry-After"] = str(REQUEST_WINDOW_SECONDS)
    return response


def _statistics_filters(request: HttpRequest) -> tuple[int | None, str]:
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        year = None
    if not year_in_range(year):
        year = None  # an impossible year shows every year, as no year does
    city = request.GET.get("city", "")
    if city not in City.values:
        city = ""
    return year, city


@ROUTES.view("statistics")
def statistics(request: HttpRequest, page: StatisticsPage) -> HttpResponse:
    """/<lang>/statistics/: the centres' figures by month, city and centre, as SVG and as a table."""
    year, city = _statistics_filters(request)
    # The request counts change with every request for a consultation: this page's cached
    # copies last only as long as the version it was rendered from.
    version = statistics_version()
    pagecache.depends_on(request, invalidation.version, version)
    language = translation.get_language()

    summary = SimpleLazyObject(
        lambda: cached_outcome_summary(year=year, city=city, language_code=language)
    )
    context = page.get_context(request)
    # Everything below the title is kept as rendered (the template's {% cache %}) under this key:
    # the statistics' version and the pages' generation (titles, links) name what it shows. So
    # on a hit nothing below is computed: the values are lazy.
    context.update(
        {
            "figures_key": f"{pagecache.current_generation()}:{version}:{language}:{year}:{city}",
            "summary": summary,
            "requests": SimpleLazyObject(
                lambda: cached_request_summary(year=year, city=city, language_code=language)
            ),
            "year": year,
            "city": city,
            "cities": City.choices,
            "month_chart": SimpleLazyObject(
                lambda: bar_chart(
                    _("People who applied, by month"),
                    [(row.label, row.applied) for row in summary.by_month],
                )
            ),
            "city_chart": SimpleLazyObject(
                lambda: bar_chart(
                    _("People who applied, by city"),
                    [(row.label, row.applied) for row in summary.by_city],
                )
            ),
            # The figures' filters only, so any other parameter does not make a variant.
            "csv_query": urlencode([(k, v) for k, v in (("year", year), ("city", city)) if v]),
        }
    )
    return TemplateResponse(request, "resource_centers/statistics_page.html", context)


@ROUTES.view("statistics_csv")
def statistics_csv(request: HttpRequest, page: StatisticsPage) -> HttpResponse:
    """The same figures, one row per centre and month, for spreadsheets (anonymous counts only)."""
    year, city = _statistics_filters(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"centre-figures-{year or 'all'}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so that spreadsheet programs read UTF-8 (Kazakh letters)
    writer = csv.writer(response)
    writer.writerow([str(label) for _key, label in CSV_COLUMNS])
    writer.writerows(
        [spreadsheet_cell(cell) for cell in row] for row in report_rows(year=year, city=city)
    )
    return response
