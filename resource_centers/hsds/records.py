"""A centre page as Open Referral HSDS 3.0 objects: one organization (the centre), one physical
location (its address), one service per kind of help it offers, and the link between each
service and the location; the kinds of help are the terms of one taxonomy.

Ids are UUIDs derived (uuid5) from the page's `translation_key`, which Wagtail keeps the same for
every translation of a page and never changes: a consumer sees the same id in every language and
after every edit. Only what the public centre page shows goes out: no staff, no requests.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from home.choices import Language

from ..models import City, ResourceCentrePage, Service, Weekday

# The namespace of every id this API makes (uuid5 of the site's own URL namespace name).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://otbasy.kz/api/hsds/")
TAXONOMY_ID = str(uuid.uuid5(NAMESPACE, "taxonomy:centre-services"))
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
COUNTRY = "KZ"  # ISO 3166-1 alpha-2, as HSDS asks


def record_id(page: ResourceCentrePage, *parts: str) -> str:
    """A stable UUID for one record made from the centre (`parts` say which record)."""
    return str(uuid.uuid5(NAMESPACE, ":".join([str(page.translation_key), *parts])))


def term_id(service: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"taxonomy_term:{service}"))


def _iso(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _drop_empty(record: dict) -> dict:
    """HSDS fields are optional unless required: an unknown value is left out, never null."""
    return {key: value for key, value in record.items() if value not in (None, "")}


def last_modified(page: ResourceCentrePage) -> dt.datetime | None:
    return page.last_published_at or page.latest_revision_created_at


# --- Taxonomy -----------------------------------------------------------------------------------


def taxonomy() -> dict:
    return {
        "id": TAXONOMY_ID,
        "name": _("Family resource centre services"),
        "description": _(
            "The kinds of help family resource support centres in Kazakhstan offer: "
            "psychologists, social workers, lawyers and mediators."
        ),
        "version": "1",
    }


def taxonomy_term(service: str, language: str) -> dict:
    label = str(Service(service).label)
    return {
        "id": term_id(service),
        "code": service,
        "name": label,
        "description": label,
        "taxonomy": str(taxonomy()["name"]),
        "taxonomy_id": TAXONOMY_ID,
        "language": language,
    }


def taxonomy_terms(language: str) -> list[dict]:
    return [taxonomy_term(service, language) for service in Service.values]


# --- Building blocks ----------------------------------------------------------------------------


def _offset_hours(page: ResourceCentrePage) -> tuple[float, str]:
    """The centre's UTC offset now, as HSDS wants it: hours (a number) and `+05:00`."""
    offset = timezone.now().astimezone(page.zone).utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    text = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    hours = minutes / 60
    return (int(hours) if hours == int(hours) else hours), text


def schedules(page: ResourceCentrePage, **links: str) -> list[dict]:
    """The weekly hours as iCal-style weekly schedules (one per opening period), then the coming
    exceptions (holidays, short days) as one-day schedules; `links` name what they belong to."""
    zone_hours, zone_text = _offset_hours(page)
    key = "-".join(sorted(links))
    rows = []
    for row in page.hour_rows():
        opens, closes = f"{row.opens:%H:%M}", f"{row.closes:%H:%M}"
        rows.append(
            {
                "id": record_id(page, "schedule", key, str(row.weekday), opens, closes),
                **links,
                "freq": "WEEKLY",
                "wkst": "MO",
                "byday": WEEKDAYS[row.weekday],
                "opens_at": f"{opens}{zone_text}",
                "closes_at": f"{closes}{zone_text}",
                "timezone": zone_hours,
                "description": _("%(day)s %(opens)s–%(closes)s")
                % {"day": row_day_label(row.weekday), "opens": opens, "closes": closes},
                "attending_type": _("In person, at the address of the location."),
            }
        )
    for exception in page.upcoming_exceptions():
        day = exception.date.isoformat()
        record = {
            "id": record_id(page, "exception", key, day),
            **links,
            "valid_from": day,
            "valid_to": day,
            "dtstart": day,
            "until": day,
            "timezone": zone_hours,
        }
        if exception.closed or exception.opens is None or exception.closes is None:
            record["description"] = _("Closed on %(date)s.") % {"date": day}
        else:
            opens, closes = f"{exception.opens:%H:%M}", f"{exception.closes:%H:%M}"
            record |= {"opens_at": f"{opens}{zone_text}", "closes_at": f"{closes}{zone_text}"}
            record["description"] = _("Open %(opens)s–%(closes)s on %(date)s.") % {
                "opens": opens,
                "closes": closes,
                "date": day,
            }
        if exception.note:
            record["notes"] = exception.note
        rows.append(record)
    return rows


def row_day_label(weekday: int) -> str:
    return str(Weekday(weekday).label)


def languages(page: ResourceCentrePage, **links: str) -> list[dict]:
    """The languages spoken, as ISO 639-1 codes with their names."""
    key = "-".join(sorted(links))
    return [
        {
            "id": record_id(page, "language", key, code),
            **links,
            "name": str(Language(code).label),
            "code": code,
        }
        for code in Language.values
        if code in (page.languages or [])
    ]


def phones(page: ResourceCentrePage, **links: str) -> list[dict]:
    if not page.phone:
        return []
    key = "-".join(sorted(links))
    return [
        {
            "id": record_id(page, "phone", key),
            **links,
            "number": page.phone,
            "type": "voice",
            "languages": languages(page, phone_id=record_id(page, "phone", key)),
        }
    ]


def address(page: ResourceCentrePage) -> dict:
    city = str(City(page.city).label) if page.city in City.values else page.city
    return {
        "id": record_id(page, "address"),
        "location_id": record_id(page, "location"),
        "address_1": page.address,
        "city": city,
        # Kazakhstan's regions are not kept per centre; the city stands for its own region.
        "state_province": city,
        # Centres keep no postal code yet: HSDS requires the field, an empty one says "unknown".
        "postal_code": "",
        "country": COUNTRY,
        "address_type": "physical",
    }


# --- The records --------------------------------------------------------------------------------


def organization(page: ResourceCentrePage, url: str) -> dict:
    return _drop_empty(
        {
            "id": record_id(page, "organization"),
            "name": page.title,
            "description": page.summary or page.title,
            "email": page.email,
            "website": url,
            "uri": url,
        }
    )


def organization_full(page: ResourceCentrePage, url: str) -> dict:
    org_id = record_id(page, "organization")
    return {
        **organization(page, url),
        "phones": phones(page, organization_id=org_id),
        "locations": [location(page, url)],
        "services": [service(page, code, url) for code in services_of(page)],
    }


def location(page: ResourceCentrePage, url: str) -> dict:
    loc_id = record_id(page, "location")
    record = {
        "id": loc_id,
        "location_type": "physical",
        "url": url,
        "organization_id": record_id(page, "organization"),
        "name": page.title,
        "description": page.summary,
        "transportation": page.directions,
        "latitude": float(page.latitude),
        "longitude": float(page.longitude),
        "languages": languages(page, location_id=loc_id),
        "addresses": [address(page)],
        "phones": phones(page, location_id=loc_id),
        "schedules": schedules(page, location_id=loc_id),
    }
    if page.accessibility:
        record["accessibility"] = [
            {
                "id": record_id(page, "accessibility"),
                "location_id": loc_id,
                "description": page.accessibility,
            }
        ]
    return _drop_empty(record)


def services_of(page: ResourceCentrePage) -> list[str]:
    """The services the centre offers, in the vocabulary's order, unknown keys left out."""
    return [code for code in Service.values if code in (page.services or [])]


def service(page: ResourceCentrePage, code: str, url: str) -> dict:
    """A service's one-to-one fields with its organization (what `/services` lists)."""
    return _drop_empty(
        {
            "id": record_id(page, "service", code),
            "organization_id": record_id(page, "organization"),
            "name": _("%(service)s: %(centre)s")
            % {"service": Service(code).label, "centre": page.title},
            "description": page.summary or strip_tags(page.body or "")[:500],
            "url": url,
            "email": page.email,
            "status": "active",
            "fees_description": page.fee_note or (_("Free of charge.") if page.is_free else ""),
            "last_modified": _iso(last_modified(page)),
            "organization": organization(page, url),
        }
    )


def service_full(page: ResourceCentrePage, code: str, url: str) -> dict:
    """A service with everything related (what `/services/{id}` answers)."""
    service_id = record_id(page, "service", code)
    return {
        **service(page, code, url),
        "phones": phones(page, service_id=service_id),
        "schedules": schedules(page, service_id=service_id),
        "languages": languages(page, service_id=service_id),
        "service_at_locations": [service_at_location(page, code, url, nested=False)],
        "attributes": [attribute(page, code)],
    }


def attribute(page: ResourceCentrePage, code: str) -> dict:
    service_id = record_id(page, "service", code)
    return {
        "id": record_id(page, "attribute", code),
        "link_id": service_id,
        "link_type": "service_type",
        "link_entity": "service",
        "taxonomy_term_id": term_id(code),
        "taxonomy_term": taxonomy_term(code, page.locale.language_code),
    }


def service_at_location(
    page: ResourceCentrePage, code: str, url: str, *, nested: bool = True
) -> dict:
    """The link of a service to the centre's location; `nested` adds both ends (the list's
    shape), without them it sits inside its service."""
    sal_id = record_id(page, "service_at_location", code)
    record = {
        "id": sal_id,
        "service_id": record_id(page, "service", code),
        "location_id": record_id(page, "location"),
        "schedules": schedules(page, service_at_location_id=sal_id),
        "location": location(page, url),
    }
    if nested:
        record["service"] = service(page, code, url)
    return record


def service_codes(pages: Iterable[ResourceCentrePage]) -> list[tuple[ResourceCentrePage, str]]:
    """Every (centre, service) pair, in the directory's order."""
    return [(page, code) for page in pages for code in services_of(page)]
