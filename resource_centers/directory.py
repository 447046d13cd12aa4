"""The directory in brief, for other pages (the home page's "find help", "need help?" links)."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache

from .invalidation import DIRECTORY_CACHE_KEY
from .models import City, ResourceCentreIndexPage, ResourceCentrePage

DIRECTORY_CACHE_SECONDS = 3600


@dataclass(frozen=True)
class DirectorySummary:
    url: str
    cities: tuple[tuple[str, str], ...]  # (key, label) in display order; labels translated later


def directory_summary(language_code: str) -> DirectorySummary | None:
    """The directory's URL and the cities that have centres, for one language.

    Kept in the shared cache (cleared when a centre or directory is published, unpublished, moved
    or deleted) so that the home page and every page with a "need help?" link pay no queries.
    """
    key = DIRECTORY_CACHE_KEY.format(language=language_code)
    cached = cache.get(key)
    if cached is not None:
        return cached or None
    index = (
        ResourceCentreIndexPage.objects.live().filter(locale__language_code=language_code).first()
    )
    summary: DirectorySummary | bool = False
    if index is not None:
        present = set(
            ResourceCentrePage.objects.live().child_of(index).values_list("city", flat=True)
        )
        summary = DirectorySummary(
            url=index.get_url() or "",
            cities=tuple((c.value, c.value) for c in City if c.value in present),
        )
    cache.set(key, summary, DIRECTORY_CACHE_SECONDS)
    return summary or None
