"""A published page leaves the load balancer's page cache at once.

Wagtail's frontend cache purges a caching proxy through a task (`purge_urls_from_cache_task`),
which waits for a worker: a second or more with the database backend, longer when the worker is
busy. `make cluster`'s nginx keeps anonymous pages for a second (README: "Running at scale"), so
publishing or unpublishing a page also runs that same purge for the proxy backend
(`FRONTEND_CACHE_PURGE_URL`) right after the commit, in the editor's request: a small HTTP call to
the load balancer. The queued task still runs for every backend (a CDN is purged once, by it;
the proxy is asked again and answers that the URL is not cached).
"""

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.signals import page_published, page_unpublished

# The name config/settings/base/data.py gives FRONTEND_CACHE_PURGE_URL's backend.
PROXY_BACKEND = "proxy"


def purge_at_commit(instance, **kwargs) -> None:
    """Purge the page's URLs from the proxy once the change is committed."""
    if PROXY_BACKEND not in getattr(settings, "WAGTAILFRONTENDCACHE", {}):
        return
    page = instance.specific_deferred
    url = page.get_full_url()
    if url is None:  # not routable: nothing a proxy could hold
        return
    urls = [url + path.lstrip("/") for path in page.get_cached_paths()]
    transaction.on_commit(lambda: purge_urls_from_cache_task.call(urls, None, [PROXY_BACKEND]))


def connect() -> None:
    """After the page cache's own receivers, so the generation moves on before the purge."""
    for signal in (page_published, page_unpublished):
        signal.connect(purge_at_commit, weak=False, dispatch_uid="home.frontendcache")
