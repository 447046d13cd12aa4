"""Public views of the centres: directory, guide, centre page with its request form, statistics.

Views orchestrate only; rules live in models.py, forms.py and services.py.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from home import ratelimit

from .forms import ConsultationRequestForm, DirectoryFilterForm
from .models import (
    City,
    OpeningException,
    ResourceCentreIndexPage,
    ResourceCentrePage,
    Service,
    StatisticsPage,
)
from .services import bar_chart, cached_outcome_summary

# At most this many requests per client address per window; enough for a person, not for a bot.
REQUEST_LIMIT = 5
REQUEST_WINDOW_SECONDS = 3600


def centres_queryset(parent: ResourceCentreIndexPage | None = None):
    """Live public centres with their hours prefetched, so listing them costs a fixed number of queries."""
    today = timezone.localdate()
    queryset = ResourceCentrePage.objects.live().public()
    if parent is not None:
        queryset = queryset.child_of(parent)
    return queryset.prefetch_related(
        "opening_hours",
        Prefetch(
            "hour_exceptions",
            queryset=OpeningException.objects.filter(
                date__gte=today - dt.timedelta(days=1), date__lte=today + dt.timedelta(days=60)
            ),
        ),
    ).order_by("city", "-kind", "title")


def directory(request: HttpRequest, index: ResourceCentreIndexPage) -> HttpResponse:
    """/<lang>/centres/: every centre, filtered by city, service and "open now"."""
    base = centres_queryset(index)
    cities = set(base.order_by().values_list("city", flat=True).distinct())
    form = DirectoryFilterForm(request.GET or None, cities=cities)
    centres = base
    open_now = False
    if form.is_valid():
        if form.cleaned_data["city"]:
            centres = centres.filter(city=form.cleaned_data["city"])
        if form.cleaned_data["service"]:
            centres = centres.filter(services__icontains=f'"{form.cleaned_data["service"]}"')
        open_now = form.cleaned_data["open_now"]
    now = timezone.now()
    listed = []
    for centre in centres:
        centre.open_now = centre.is_open_at(now)
        if open_now and not centre.open_now:
            continue
        listed.append(centre)
    context = index.get_context(request)
    context.update({"centres": listed, "filter_form": form, "filtered": bool(request.GET)})
    return TemplateResponse(request, "resource_centers/resource_centre_index_page.html", context)


@dataclass(frozen=True)
class Need:
    key: str
    question: str
    answer: str
    services: tuple[str, ...]
    danger: bool = False


NEEDS = (
    Need(
        "communication",
        _("We argue often or have stopped talking to each other"),
        _(
            "A family psychologist helps you understand what lies behind the arguments; a mediator "
            "helps you agree on concrete questions when talking alone no longer works."
        ),
        (Service.PSYCHOLOGIST, Service.MEDIATOR),
    ),
    Need(
        "divorce",
        _("We are thinking about divorce or must agree where the children will live"),
        _(
            "A mediator helps you reach an agreement on the children, their residence and contact "
            "with both parents without a court; a lawyer explains the rights and the procedure; a "
            "child psychologist supports the children."
        ),
        (Service.MEDIATOR, Service.LAWYER, Service.CHILD_PSYCHOLOGIST),
    ),
    Need(
        "legal",
        _("I have a legal question: alimony, property, documents, benefits"),
        _(
            "A lawyer explains your rights and the documents you need; a social worker helps with "
            "benefits and support services."
        ),
        (Service.LAWYER, Service.SOCIAL_WORKER),
    ),
    Need(
        "danger",
        _("Someone hurts or threatens me or my child, or I feel unsafe at home"),
        _(
            "Your safety comes first. If you are in danger now, call 112 or the police on 102. The "
            "free line 111 helps families and children in crisis around the clock. When you are "
            "safe, a psychologist and a social worker of a centre can help you with the next steps."
        ),
        (Service.PSYCHOLOGIST, Service.SOCIAL_WORKER),
        danger=True,
    ),
)


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


def centre_page(request: HttpRequest, page: ResourceCentrePage) -> HttpResponse:
    """A centre's page; a POST is a consultation request (stored for the centre's staff only)."""
    status = 200
    sent = request.GET.get("sent") == "1"
    if request.method == "POST":
        form = ConsultationRequestForm(request.POST)
        if not ratelimit.allow(request, "consultation", REQUEST_LIMIT, REQUEST_WINDOW_SECONDS):
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
            return HttpResponseRedirect(page.get_url(request) + "?sent=1#request")
        elif form.is_valid():
            consultation = form.save(commit=False)
            consultation.centre = page.canonical()
            consultation.save()
            return HttpResponseRedirect(page.get_url(request) + "?sent=1#request")
        else:
            status = 400
    else:
        form = ConsultationRequestForm(initial={"preferred_language": translation.get_language()})
    context = page.get_context(request)
    context.update({"form": form, "sent": sent, "open_now": page.is_open_now()})
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    if status == 429:
        response["Retry-After"] = str(REQUEST_WINDOW_SECONDS)
    return response


def _statistics_filters(request: HttpRequest) -> tuple[int | None, str]:
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        year = None
    city = request.GET.get("city", "")
    if city not in City.values:
        city = ""
    return year, city


def statistics(request: HttpRequest, page: StatisticsPage) -> HttpResponse:
    """/<lang>/statistics/: the centres' figures by month, city and centre, as SVG and as a table."""
    year, city = _statistics_filters(request)
    summary = cached_outcome_summary(year=year, city=city, language_code=translation.get_language())
    context = page.get_context(request)
    context.update(
        {
            "summary": summary,
            "year": year,
            "city": city,
            "cities": City.choices,
            "month_chart": bar_chart(
                _("People who applied, by month"), summary.by_month, "applied"
            ),
            "city_chart": bar_chart(_("People who applied, by city"), summary.by_city, "applied"),
            "csv_query": request.GET.urlencode(),
        }
    )
    return TemplateResponse(request, "resource_centers/statistics_page.html", context)


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


def statistics_csv(request: HttpRequest, page: StatisticsPage) -> HttpResponse:
    """The same figures, one row per centre and month, for spreadsheets (anonymous counts only)."""
    from wagtail.models import Locale

    from .models import MonthlyReport

    year, city = _statistics_filters(request)
    reports = MonthlyReport.objects.select_related("centre").order_by("month", "centre__city")
    if year:
        reports = reports.filter(month__year=year)
    if city:
        reports = reports.filter(centre__city=city)
    reports = list(reports)
    titles = dict(
        ResourceCentrePage.objects.filter(
            locale=Locale.get_active(),
            translation_key__in={r.centre.translation_key for r in reports},
        ).values_list("translation_key", "title")
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"centre-figures-{year or 'all'}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so that spreadsheet programs read UTF-8 (Kazakh letters)
    writer = csv.writer(response)
    writer.writerow([str(label) for _key, label in CSV_COLUMNS])
    city_labels = dict(City.choices)
    for report in reports:
        writer.writerow(
            [
                report.month.strftime("%Y-%m"),
                city_labels.get(report.centre.city, report.centre.city),
                titles.get(report.centre.translation_key, report.centre.title),
                report.applied,
                report.about_divorce,
                report.reconciled,
                report.with_children,
                report.raised_residence,
                report.youngest_age if report.youngest_age is not None else "",
                report.oldest_age if report.oldest_age is not None else "",
            ]
        )
    return response
