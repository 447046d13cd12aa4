"""Demo content: 12 centres and 4 cabinets in 8 cities (kk source, ru and en translations), the
directory and statistics pages, centre staff users, and the 2019 figures of the source.

The June–November 2019 figures are spread over the centres so that their sums equal the published
totals exactly: 2,566 applied, 2,423 about divorce, 871 reconciled, 1,898 with children, 1,270
raised the children's residence, ages 20 to 77. A second run finds everything and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from home.demo import (
    DemoLogin,
    ensure_home_translations,
    ensure_section_page,
    ensure_site,
    ensure_user,
    publish,
    translation_of,
)

from .demo_data import (
    ACCESSIBILITY,
    AGES_2019,
    CENTRES,
    DEMO_REQUESTS,
    DIRECTIONS,
    HOLIDAYS,
    INDEX_TEXT,
    MONTH_WEIGHTS,
    MONTHS_2019,
    STAFF,
    STATISTICS_TEXT,
    SUMMARY,
    TOTALS_2019,
)
from .invalidation import forget_statistics
from .models import (
    CentreMembership,
    ConsultationRequest,
    MonthlyReport,
    OpeningException,
    OpeningHours,
    RequestTally,
    ResourceCentreIndexPage,
    ResourceCentrePage,
    StatisticsPage,
)
from .roles import ensure_centre_staff_group


def _time(value: str) -> dt.time:
    return dt.time.fromisoformat(value)


def ensure_directory(homes: dict) -> dict[str, ResourceCentreIndexPage]:
    return ensure_section_page(homes, ResourceCentreIndexPage, "centres", INDEX_TEXT)


def ensure_statistics(homes: dict) -> dict[str, StatisticsPage]:
    return ensure_section_page(homes, StatisticsPage, "statistics", STATISTICS_TEXT)


def ensure_centres(directory: dict) -> dict[str, ResourceCentrePage]:
    """The 16 centres in kk, each with ru and en translations; returns the kk pages by slug."""
    existing = {p.slug: p for p in ResourceCentrePage.objects.child_of(directory["kk"])}
    centres = {}
    for (
        slug, kind, city, _weight, (lat, lon), phone, services, languages, beside, hours, titles,
        addresses,
    ) in CENTRES:  # fmt: skip
        page = existing.get(slug)
        if page is None:
            page = ResourceCentrePage(
                title=titles[0],
                slug=slug,
                kind=kind,
                city=city,
                summary=SUMMARY[kind]["kk"],
                address=addresses[0],
                directions=DIRECTIONS["kk"],
                phone=phone,
                email=f"{slug}@otbasy.kz",
                services=services,
                languages=languages,
                is_free=True,
                accessibility=ACCESSIBILITY["kk"],
                latitude=Decimal(lat),
                longitude=Decimal(lon),
                beside_registry_office=beside,
                time_zone="Asia/Atyrau" if city == "atyrau" else "Asia/Almaty",
            )
            page.opening_hours = [
                OpeningHours(weekday=day, opens=_time(opens), closes=_time(closes))
                for day, opens, closes in hours
            ]
            page.hour_exceptions = [
                OpeningException(date=date, closed=True, note=notes[0]) for date, notes in HOLIDAYS
            ]
            directory["kk"].add_child(instance=page)
            publish(page)
        centres[slug] = page
        for index, code in enumerate(("ru", "en"), start=1):
            translated = translation_of(
                page,
                code,
                title=titles[index],
                summary=SUMMARY[kind][code],
                address=addresses[index],
                directions=DIRECTIONS[code],
                accessibility=ACCESSIBILITY[code],
            )
            for date, notes in HOLIDAYS:  # child rows are copied in kk; give them their language
                translated.hour_exceptions.filter(date=date).update(note=notes[index])
    return centres


def apportion(total: int, weights: list[float]) -> list[int]:
    """Split `total` in proportion to `weights` into integers that sum to it (largest remainder).

    With weights that are a parent figure's parts and total <= their sum, no part exceeds its
    parent part, so the per-report rules (e.g. divorce <= applied) hold by construction.
    """
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    parts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: exact[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def figures_2019() -> list[dict]:
    """One report per centre and month of June–November 2019, summing to the published totals."""
    cells = [
        (slug, month, weight * month_weight)
        for slug, _kind, _city, weight, *_rest in CENTRES
        for month, month_weight in zip(MONTHS_2019, MONTH_WEIGHTS, strict=True)
    ]
    applied = apportion(TOTALS_2019["applied"], [w for *_x, w in cells])
    divorce = apportion(TOTALS_2019["about_divorce"], applied)
    reconciled = apportion(TOTALS_2019["reconciled"], divorce)
    children = apportion(TOTALS_2019["with_children"], applied)
    residence = apportion(TOTALS_2019["raised_residence"], children)
    rows = []
    for i, (slug, month, _w) in enumerate(cells):
        rows.append(
            {
                "slug": slug,
                "month": month,
                "applied": applied[i],
                "about_divorce": divorce[i],
                "reconciled": reconciled[i],
                "with_children": children[i],
                "raised_residence": residence[i],
                # The youngest (20) and the oldest (77) visitors came to the first centre.
                "youngest_age": AGES_2019[0] if i == 0 else 21 + i % 7,
                "oldest_age": AGES_2019[1] if i == 1 else 58 + i % 17,
            }
        )
    return rows


def ensure_figures(centres: dict[str, ResourceCentrePage]) -> None:
    existing = set(MonthlyReport.objects.values_list("centre_id", "month"))
    new = []
    for row in figures_2019():
        centre = centres[row.pop("slug")]
        if (centre.pk, row["month"]) in existing:
            continue
        report = MonthlyReport(centre=centre, **row)
        report.full_clean()
        new.append(report)
    if new:
        MonthlyReport.objects.bulk_create(new)
        forget_statistics()  # bulk_create sends no post_save


def ensure_staff(centres: dict[str, ResourceCentrePage]) -> list[DemoLogin]:
    ensure_centre_staff_group()
    logins = []
    for username, slug in STAFF:
        user, login = ensure_user(username, f"centre staff ({slug})", ["Centre staff"])
        CentreMembership.objects.get_or_create(user=user, centre=centres[slug])
        if login:
            logins.append(login)
    return logins


# (days ago, source, topic, refer from an office?) for a few demo requests; names are aliases.
def ensure_referred_requests(offices: list) -> None:
    """A few consultation requests from the registry offices' slips, course and certificate
    pages (and the directory), so the statistics show where requests come from.

    Called by registry_offices' demo once its offices exist (that app is above this one)."""
    if ConsultationRequest.objects.exists() or not offices:
        return
    centres = list(
        ResourceCentrePage.objects.live().filter(locale__language_code="kk").order_by("pk")
    )
    if not centres:
        return
    now = timezone.now()
    for index, (days, source, topic, referred) in enumerate(DEMO_REQUESTS):
        office = offices[index % len(offices)] if referred else None
        same_city = [c for c in centres if office is not None and c.city == office.city]
        request = ConsultationRequest.objects.create(
            centre=(same_city or centres)[index % len(same_city or centres)],
            name=f"Demo {index + 1}",
            contact=f"+7 700 000 00 {index + 10}",
            topic=topic,
            preferred_language="kk" if index % 2 else "ru",
            consent=True,
            created_at=now - dt.timedelta(days=days),
            source=source,
            office=office,
        )
        RequestTally.objects.count_request(request)


@transaction.atomic
def load() -> list[DemoLogin]:
    homes = ensure_home_translations(ensure_site())
    directory = ensure_directory(homes)
    ensure_statistics(homes)
    centres = ensure_centres(directory)
    ensure_figures(centres)
    return ensure_staff(centres)
