"""Publishing, unpublishing or deleting a centre purges the HSDS answers a CDN in front may keep
(wagtail.contrib.frontend_cache, as a page's own URLs are purged). The page cache needs nothing
more: its generation moves on with every publish (home/pagecache.py).

A CDN purges exact URLs: the lists and the centre's own records, in every language, are purged;
a list with other query parameters (another page, a search) lives out `PAGE_CACHE_SHARED_SECONDS`.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from ..models import Service
from .catalogue import content_languages
from .records import record_id

LISTS = ("hsds:root", "hsds:services", "hsds:organizations", "hsds:locations")
LISTS += ("hsds:service_at_locations",)


def urls_of(page) -> list[str]:
    """Every HSDS URL that shows this centre, absolute, without and with each `?locale=`."""
    paths = [reverse(name) for name in LISTS]
    paths += [
        reverse("hsds:organization", args=[record_id(page, "organization")]),
        reverse("hsds:location", args=[record_id(page, "location")]),
    ]
    for code in Service.values:  # a service just removed must go too
        paths += [
            reverse("hsds:service", args=[record_id(page, "service", code)]),
            reverse(
                "hsds:service_at_location", args=[record_id(page, "service_at_location", code)]
            ),
        ]
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    variants = ["", *(f"?locale={code}" for code in content_languages())]
    return [f"{base}{path}{variant}" for path in paths for variant in variants]


def purge_centre(instance=None, **kwargs) -> None:
    """Receives page_published / page_unpublished / post_delete of a centre page."""
    page = instance if instance is not None else kwargs.get("page")
    if page is None or not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    urls = urls_of(page)
    transaction.on_commit(lambda: purge_urls_from_cache(urls))
