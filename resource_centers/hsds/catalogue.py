"""What a request to the HSDS API asks for (its query parameters, checked) and the published
centres it reads, in a fixed number of queries however many centres there are.

The directory is small (a centre or cabinet per city district at most, hundreds at a decade's
scale), and every list is derived from it: services are a centre's kinds of help, locations its
addresses. So a request reads all live public centres once (their hours in two more queries,
`ResourceCentreQuerySet.for_listing`), filters and pages them in memory, and the whole answer is
kept by the page cache (home/pagecache.py) until something published changes.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from ..models import ResourceCentrePage
from .records import last_modified

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
MAX_SEARCH_LENGTH = 100
LEAP_SECOND = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):60")


class InvalidParameter(Exception):
    """A query parameter the API cannot read; becomes a 400 problem naming it."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(reason)
        self.name = name
        self.reason = reason


def content_languages() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def language_of(request: HttpRequest) -> str:
    """The content language asked for by `?locale=` (kk by default, as the site's)."""
    if "locale" not in request.GET:
        return settings.LANGUAGE_CODE
    code = request.GET["locale"]
    if code not in content_languages():
        raise InvalidParameter(
            "locale",
            _("Unknown language. Use one of: %(codes)s.")
            % {"codes": ", ".join(content_languages())},
        )
    return code


def _positive_int(request: HttpRequest, name: str, default: int, maximum: int | None) -> int:
    raw = request.GET.get(name)
    if raw is None:
        return default
    if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
        raise InvalidParameter(name, _("Must be a whole number of 1 or more."))
    value = int(raw)
    if maximum is not None and value > maximum:
        raise InvalidParameter(name, _("Must be at most %(maximum)d.") % {"maximum": maximum})
    return value


def _modified_after(request: HttpRequest) -> dt.datetime | None:
    raw = request.GET.get("modified_after")
    if raw is None:
        return None
    # RFC 3339 allows a lower-case "t"/"z" and a leap second; an unescaped "+" arrives as " ".
    text = LEAP_SECOND.sub(r"\1:59", raw.strip().upper().replace(" ", "+"))
    try:
        moment = parse_datetime(text)
        if moment is None and (day := parse_date(text)) is not None:
            moment = dt.datetime.combine(day, dt.time.min)
    except ValueError:
        moment = None
    if moment is None:
        raise InvalidParameter(
            "modified_after",
            _("Must be an ISO 8601 date or date and time, e.g. 2026-01-31T09:00:00Z."),
        )
    return moment if timezone.is_aware(moment) else moment.replace(tzinfo=dt.UTC)


def _uuid(request: HttpRequest, name: str) -> str | None:
    raw = request.GET.get(name)
    if raw is None:
        return None
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        raise InvalidParameter(name, _("Must be a UUID.")) from None


def _search(request: HttpRequest) -> str:
    raw = request.GET.get("search", "")
    if len(raw) > MAX_SEARCH_LENGTH:
        raise InvalidParameter(
            "search", _("Must be at most %(maximum)d characters.") % {"maximum": MAX_SEARCH_LENGTH}
        )
    if any(ord(char) < 32 or ord(char) == 127 for char in raw):
        raise InvalidParameter("search", _("Must not contain control characters."))
    return raw.strip().casefold()


@dataclass(frozen=True)
class Query:
    """The parameters of one list request, checked."""

    language: str
    page: int
    per_page: int
    modified_after: dt.datetime | None
    organization_id: str | None
    taxonomy_term_id: str | None
    taxonomy_id: str | None
    search: str

    @classmethod
    def of(cls, request: HttpRequest) -> Query:
        return cls(
            language=language_of(request),
            page=_positive_int(request, "page", 1, None),
            per_page=_positive_int(request, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE),
            modified_after=_modified_after(request),
            organization_id=_uuid(request, "organization_id"),
            taxonomy_term_id=_uuid(request, "taxonomy_term_id"),
            taxonomy_id=_uuid(request, "taxonomy_id"),
            search=_search(request),
        )

    def matches(self, *texts: str) -> bool:
        return not self.search or any(self.search in (text or "").casefold() for text in texts)

    def modified(self, page: ResourceCentrePage) -> bool:
        if self.modified_after is None:
            return True
        moment = last_modified(page)
        return moment is not None and moment >= self.modified_after


def paginate(items: Sequence, query: Query, render: Callable) -> dict:
    """HSDS's Page: the counts and flags, then `contents` (only this page's items rendered)."""
    total = len(items)
    pages = math.ceil(total / query.per_page)
    start = (query.page - 1) * query.per_page
    contents = [render(item) for item in items[start : start + query.per_page]]
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": query.page,
        "size": len(contents),
        "first_page": query.page == 1,
        "last_page": query.page >= pages,
        "empty": not contents,
        "contents": contents,
    }


def centres(language: str) -> list[ResourceCentrePage]:
    """The live public centres in `language` (a centre not yet translated: in its source
    language, Kazakh), in the directory's order (city, centres before cabinets, title). Three
    queries: the pages with their locales, their weekly hours, their coming exceptions."""
    codes = {settings.LANGUAGE_CODE, language}
    rows = list(
        ResourceCentrePage.objects.for_listing()
        .filter(locale__language_code__in=codes)
        .select_related("locale")
    )
    chosen: dict[uuid.UUID, ResourceCentrePage] = {}
    for page in rows:
        current = chosen.get(page.translation_key)
        if current is None or page.locale.language_code == language:
            chosen[page.translation_key] = page
    return sorted(
        chosen.values(),
        key=lambda page: (page.city, page.kind != "centre", page.title.casefold(), page.pk),
    )
