"""The directory in brief, for other pages (the home page's "find help", "need help?" links)."""

from __future__ import annotations

from dataclasses import dataclass

from home.pagecache import shared_fragment

from .models import City, ResourceCentreIndexPage, ResourceCentrePage


@dataclass(frozen=True)
class DirectorySummary:
    url: str
    cities: tuple[tuple[str, str], ...]  # (key, label) in display order; labels translated later


def directory_summary(language_code: str) -> DirectorySummary | None:
    """The directory's URL and the cities that have centres, for one language.

    A shared fragment (home.pagecache): the publish, unpublish, move or delete of a centre or
    the directory moves the generation it is kept under, so the home page and every page with a
    "need help?" link pay no queries, and no round trip to the shared cache either.
    """

    def build() -> DirectorySummary | bool:
        index = (
            ResourceCentreIndexPage.objects.live()
            .filter(locale__language_code=language_code)
            .first()
        )
        if index is None:
            return False
        present = set(
            ResourceCentrePage.objects.live().child_of(index).values_list("city", flat=True)
        )
        return DirectorySummary(
            url=index.get_url() or "",
            cities=tuple((c.value, c.value) for c in City if c.value in present),
        )

    return shared_fragment(f"directory-summary:{language_code}", build) or None
