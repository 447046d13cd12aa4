"""Whole-page cache for anonymous visitors, in the shared cache (Redis in production).

Why our own and not `wagtail-cache`: its latest release (3.0) declares `wagtail<8.0`. Django's
`cache_page`/`UpdateCacheMiddleware` would do the storing, but they key on cookies through `Vary`
and cannot be told "never for a learner, a clerk or a page with a CSRF token"; the rules below are
the ones this site needs, and short.

What is cached: a GET (or HEAD) from a visitor who carries no cookie but the CSRF and language
ones, answered 200 with no `Set-Cookie`, no `private`/`no-store`, no CSRF token rendered in it and
no CSP nonce in its header, on a path outside `PAGE_CACHE_EXCLUDE` (admin, learner pages,
verification, APIs). So a signed-in learner, clerk or editor always gets a fresh page, and so does
every certificate look-up (each must count against the guessing limit).

Invalidation is by generation: every entry remembers the generation it was made in, and any change
to what public pages show (publish, unpublish, move, delete, a snippet, a setting, a redirect, a
centre's hours, a monthly report; see `connect`) moves the generation on in the shared cache, so
every instance stops serving the old pages at once. Coarse on purpose: menus, footers, related
centres and the statistics make most changes show on many pages, and exact per-page dependencies
would be easy to get wrong in the one direction that matters (a stale page). Publishing is rare;
a page is re-rendered once after it. Each instance re-reads the generation at most once a second.

Entries can also be short-lived: a view that shows "open now" sets `request.page_cache_seconds`
to the seconds left in the current minute.

A caching load balancer in front (`make cluster`'s nginx keeps these pages a second) marks the
requests it will keep the answer to with `X-Page-Cache-Fill`: for those the versions are read
from the shared cache now, not from the thread's copy of up to a second ago, so what the proxy
keeps is never older than the last change (README: "Running at scale").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache, caches
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers
from django.utils.http import quote_etag

from .versions import SharedVersion

GENERATION_KEY = "pagecache:generation"
MAX_QUERY_LENGTH = 200
# Cookies that do not change a public page: the CSRF token (pages with a form are not stored),
# the language, and the self-paced learner's key (learning/selfpaced.py: their own pages are
# private; the public ones are the same for everyone).
DEFAULT_ALLOWED_COOKIES = ("csrftoken", "django_language", "otbasy_learner")


@dataclass(frozen=True)
class Entry:
    generation: str
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes
    etag: str
    # Versions (home/versions.py, by key) and the tokens they held when the page was rendered
    # (see `depends_on`).
    depends: tuple[tuple[str, str], ...] = ()


# Moved on by any change to what public pages show; see home/versions.py.
generation = SharedVersion(GENERATION_KEY)


def current_generation() -> str:
    """The shared generation, re-read from the cache at most once a second per thread."""
    return generation.current()


def forget_pages(**kwargs) -> None:
    """Move every instance on to a new generation: no page cached before this is served again."""
    generation.move_on()


def _forget_unless_created(created: bool = False, **kwargs) -> None:
    if not created:
        forget_pages()


def depends_on(request: HttpRequest, version: SharedVersion, token: str) -> None:
    """The page being rendered shows what `version` named as `token`: its cached copy is served
    only while the version still names it.

    For what changes often and shows on one page only (the statistics' request counts): moving
    that version on drops that page, where moving the generation would drop every page of the
    site. Checked as the generation is, from the token each thread re-reads once a second.
    """
    request.page_cache_depends = {
        **getattr(request, "page_cache_depends", {}),
        version.key: token,
    }


def _still_current(entry: Entry, fresh: bool = False) -> bool:
    for key, token in entry.depends:
        version = SharedVersion.named(key)
        if version is None:  # a version since renamed
            return False
        if fresh:
            version.forget_memo()
        if version.current() != token:
            return False
    return True


def versioned_fragment(key: str, build, seconds: int | None = None):
    """`build()`'s value, kept in the shared cache (and copied into this process) under `key`,
    which must name the version of what it holds (a generation, a version token, a minute): such
    an entry is never changed, only no longer asked for (home/localcopy.py). A value of None is
    not kept."""
    fragments = caches["template_fragments"]
    value = fragments.get(key)
    if value is None:
        value = build()
        fragments.set(key, value, settings.PAGE_CACHE_SECONDS if seconds is None else seconds)
    return value


def shared_fragment(name: str, build):
    """A value every page shows (the menu, the footer, the site settings), kept in the shared
    cache until the next change to what pages show: the page-cache generation is in its key, so
    the same signals that drop cached pages drop these too."""
    return versioned_fragment(f"pagecache:fragment:{current_generation()}:{name}", build)


def connect(*models: type) -> None:
    """Forget the cached pages whenever one of these models is saved or deleted."""
    for model in models:
        post_save.connect(forget_pages, sender=model, weak=False)
        post_delete.connect(forget_pages, sender=model, weak=False)


def connect_settings(*models: type) -> None:
    """As `connect`, for site settings: Wagtail creates their row with the defaults on the first
    request that reads them, which changes nothing a page shows."""
    for model in models:
        post_save.connect(_forget_unless_created, sender=model, weak=False)
        post_delete.connect(forget_pages, sender=model, weak=False)


def connect_site_content(*models: type, settings_models: tuple[type, ...] = ()) -> None:
    """Forget the cached pages on whatever public pages show: every page model (publish,
    unpublish, move, delete), the menu's tree, redirects, sites and languages, images and
    documents, plus `models` (the footer) and `settings_models`. Other apps connect their own
    (resource_centers: opening hours and exceptions, monthly reports). Called from `ready()`."""
    # Imported here, not above: apps import this module while Django is still loading models.
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, PageViewRestriction, Site, get_page_models
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(forget_pages, weak=False)
    page_unpublished.connect(forget_pages, weak=False)
    post_page_move.connect(forget_pages, weak=False)
    for page_model in get_page_models():
        post_delete.connect(forget_pages, sender=page_model, weak=False)
    connect(
        Redirect,
        Site,
        Locale,
        PageViewRestriction,
        get_image_model(),
        get_document_model(),
        *models,
    )
    connect_settings(*settings_models)


def _allowed_cookies() -> set[str]:
    return set(getattr(settings, "PAGE_CACHE_ALLOWED_COOKIES", DEFAULT_ALLOWED_COOKIES))


_excluded: tuple[str, re.Pattern] | None = None


def _excluded_paths() -> re.Pattern:
    global _excluded
    source = "|".join(settings.PAGE_CACHE_EXCLUDE)
    if _excluded is None or _excluded[0] != source:
        _excluded = (source, re.compile(source))
    return _excluded[1]


def _key(request: HttpRequest) -> str | None:
    """The entry's key, or None when this request must not be answered from the cache."""
    if request.method not in ("GET", "HEAD") or not getattr(settings, "PAGE_CACHE_ENABLED", True):
        return None
    if set(request.COOKIES) - _allowed_cookies():
        return None  # a session, a message, a learner: their own page
    query = request.META.get("QUERY_STRING", "")
    if len(query) > MAX_QUERY_LENGTH or _excluded_paths().match(request.path_info):
        return None
    digest = hashlib.sha256(f"{request.get_host()}|{request.path}|{query}".encode()).hexdigest()
    return f"pagecache:page:{digest}"


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    if request.method != "GET" or response.status_code != 200:
        return False
    if response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # a CSRF token is in the page: it belongs to this visitor
    if "nonce-" in response.get("Content-Security-Policy", ""):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _public_headers(response: HttpResponse, etag: str, seconds: int) -> None:
    browser = min(settings.PAGE_CACHE_BROWSER_SECONDS, seconds)
    shared = min(settings.PAGE_CACHE_SHARED_SECONDS, seconds)
    response["Cache-Control"] = f"public, max-age={browser}, s-maxage={shared}"
    response["ETag"] = etag


def _not_modified(request: HttpRequest, etag: str) -> bool:
    wanted = request.META.get("HTTP_IF_NONE_MATCH", "")
    return bool(wanted) and (
        wanted.strip() == "*" or etag in [t.strip() for t in wanted.split(",")]
    )


class PageCacheMiddleware:
    """Answer anonymous GETs of public pages from the shared cache; store what may be shared."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = _key(request)
        if key is None:
            return self._private(request, self.get_response(request))
        fill = bool(request.META.get("HTTP_X_PAGE_CACHE_FILL"))
        if fill:  # a proxy will keep this answer: no copy of the version a second old
            generation.forget_memo()
        generation_now = current_generation()
        entry = cache.get(key)
        if (
            isinstance(entry, Entry)
            and entry.generation == generation_now
            and _still_current(entry, fresh=fill)
        ):
            return self._from_entry(request, entry)
        response = self.get_response(request)
        if not _storable(request, response):
            return self._private(request, response)
        content = response.content
        etag = quote_etag(hashlib.sha256(content).hexdigest()[:32])
        seconds = min(
            settings.PAGE_CACHE_SECONDS,
            getattr(request, "page_cache_seconds", settings.PAGE_CACHE_SECONDS),
        )
        _public_headers(response, etag, seconds)
        if seconds > 0:
            headers = tuple(
                (name, value) for name, value in response.items() if name.lower() != "vary"
            )
            depends = tuple(getattr(request, "page_cache_depends", {}).items())
            cache.set(key, Entry(generation_now, 200, headers, content, etag, depends), seconds)
        response["X-Page-Cache"] = "miss"
        if _not_modified(request, etag):
            return self._not_modified_response(response)
        return response

    @staticmethod
    def _from_entry(request: HttpRequest, entry: Entry) -> HttpResponse:
        response = HttpResponse(entry.content, status=entry.status)
        for name, value in entry.headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        if _not_modified(request, entry.etag):
            return PageCacheMiddleware._not_modified_response(response)
        return response

    @staticmethod
    def _not_modified_response(response: HttpResponse) -> HttpResponse:
        answer = HttpResponseNotModified()
        for name in ("Cache-Control", "ETag", "Content-Language", "X-Page-Cache"):
            if name in response:
                answer[name] = response[name]
        return answer

    @staticmethod
    def _private(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        """Anything not shared says so to browsers and CDNs, unless its view already did; an
        answer to a request with cookies also says it varies by them."""
        if "Cache-Control" not in response:
            response["Cache-Control"] = "private, no-store"
        if request.COOKIES:
            patch_vary_headers(response, ("Cookie",))
        return response
