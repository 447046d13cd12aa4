"""Referrals: the office's own resource centres, as slips, learner pages and certificates show them.

Every place a couple meets the office (the printed slip, the e-mailed slip, the course page, the
certificate and its PDF) names the same centres, nearest first as the office ordered them, with
today's hours and an "Ask for a consultation" link that says where it was pressed (a source word)
and which office referred (its public code): nothing personal goes into that link.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.http import HttpRequest
from django.utils import timezone

from home.pagecache import shared_fragment
from resource_centers.models import ReferralSource, ResourceCentrePage
from resource_centers.models.hours import periods_on

from .models import OfficeResourceCentre, RegistryOffice

Period = tuple[dt.time, dt.time]


@dataclass
class Referral:
    """One centre as a referral shows it, already in the reader's language."""

    centre: ResourceCentrePage
    hours_today: list[Period]
    open_now: bool
    page_url: str
    request_url: str

    @property
    def hours_today_text(self) -> str:
        return ", ".join(f"{opens:%H:%M}–{closes:%H:%M}" for opens, closes in self.hours_today)


def office_centres(office: RegistryOffice, language: str) -> list[ResourceCentrePage]:
    """The office's live public centres in `language` (else in the default language), in the
    office's order, with their hours: three queries however many centres (pages + two prefetches)."""
    default = settings.LANGUAGE_CODE
    links = OfficeResourceCentre.objects.filter(office=office)
    order = links.filter(centre__translation_key=OuterRef("translation_key")).values("sort_order")
    pages = (
        ResourceCentrePage.objects.for_listing()
        .filter(
            translation_key__in=links.values("centre__translation_key"),
            locale__language_code__in={language, default},
        )
        .annotate(referral_order=Subquery(order[:1]))
        .select_related("locale")
        .order_by("referral_order", "pk")
    )
    chosen: dict = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or page.locale.language_code == language:
            chosen[page.translation_key] = page
    return sorted(chosen.values(), key=lambda page: (page.referral_order or 0, page.pk))


def page_url(centre: ResourceCentrePage, request: HttpRequest | None, absolute: bool) -> str:
    return (centre.get_full_url(request) if absolute else centre.get_url(request)) or ""


def request_url(
    centre: ResourceCentrePage,
    source: str,
    office: RegistryOffice | None,
    request: HttpRequest | None = None,
    *,
    absolute: bool = False,
) -> str:
    """The centre's consultation form, marked with where it was opened and the referring office."""
    base = page_url(centre, request, absolute)
    query = {"source": ReferralSource.parse(source)}
    if office is not None:
        query["office"] = office.code
    return f"{base}{centre.reverse_subpage('request')}?{urlencode(query)}"


def referrals(
    office: RegistryOffice | None,
    language: str,
    source: str,
    request: HttpRequest | None = None,
    *,
    absolute: bool = False,
    now: dt.datetime | None = None,
) -> list[Referral]:
    """The office's centres with today's hours (in each centre's time zone) and their form links.

    `absolute` gives full URLs, for paper and e-mail."""
    if office is None:
        return []
    linked = [
        (
            centre,
            page_url(centre, request, absolute),
            request_url(centre, source, office, request, absolute=absolute),
        )
        for centre in office_centres(office, language)
    ]
    return _today(linked, now)


def cached_referrals(
    office: RegistryOffice | None,
    language: str,
    source: str,
    request: HttpRequest | None = None,
    now: dt.datetime | None = None,
) -> list[Referral]:
    """`referrals()` for the learner's pages, whose query budget is small: the centres (with their
    hours) are a shared fragment, so publishing a centre, changing its hours or the office's
    list of centres (RegistryOfficesConfig.ready) shows at once; today's hours are worked out
    at each view."""
    if office is None:
        return []
    linked = shared_fragment(
        f"referrals:{office.pk}:{language}:{source}",
        lambda: [
            (centre, page_url(centre, request, False), request_url(centre, source, office, request))
            for centre in office_centres(office, language)
        ],
    )
    return _today(linked, now)


def _today(linked: list[tuple[ResourceCentrePage, str, str]], now: dt.datetime | None) -> list:
    now = now or timezone.now()
    result = []
    for centre, centre_url, form_url in linked:
        local = now.astimezone(centre.zone)
        weekly, exceptions = centre.hour_rows(), centre.exception_rows()
        result.append(
            Referral(
                centre=centre,
                hours_today=periods_on(local.date(), weekly, exceptions),
                open_now=centre.is_open_at(now),
                page_url=centre_url,
                request_url=form_url,
            )
        )
    return result
