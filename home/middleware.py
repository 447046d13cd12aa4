"""Locale middleware: language-neutral URLs left alone, the admin in each user's own language."""

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from wagtail.models import Site

from .pagecache import shared_fragment

# URLs outside i18n_patterns; a 404 there is a real 404, not a page to look for under /kk/.
LANGUAGE_NEUTRAL_PREFIXES = ("/admin/", "/api/", "/documents/", "/healthz", "/i18n/", "/static/")


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware redirects any unprefixed 404 to /<language>/<path> when that path
    resolves, and Wagtail's catch-all makes every path resolve: so /admin/anything-missing/ would
    bounce to the public site. Here a 404 of the admin, the API or the health check stays a 404."""

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if response.status_code == 404 and request.path_info.startswith(LANGUAGE_NEUTRAL_PREFIXES):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


# Answered without a Site, and /healthz must answer even when the database does not.
SITELESS_PREFIXES = ("/healthz", "/static/", "/media/")


class SharedSiteMiddleware:
    """Wagtail looks up the request's Site (a query) on every request; the answer changes only
    when a Site does, so it is kept with the page-cache generation (home.pagecache), with its root
    page attached, and handed to Wagtail the way Wagtail caches it on the request. The same for
    the sites' root paths, which every page URL is built from."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info.startswith(SITELESS_PREFIXES):
            return self.get_response(request)
        try:
            host = request.get_host()  # only allowed hosts get an entry
        except DisallowedHost:
            return self.get_response(request)
        port = request.get_port()

        def build():
            site = Site._find_for_request(request)
            if site is not None:
                site.root_page  # noqa: B018 - fetched now, so it is kept with the site
            return site

        site = shared_fragment(f"site:{host}:{port}", build)
        if site is not None:
            request._wagtail_site = site
            # Every {% pageurl %} needs the sites' root paths; Wagtail reads them from the shared
            # cache (a round trip) once a request. Same generation rule, so the local copy serves.
            request._wagtail_cached_site_root_paths = shared_fragment(
                "site-root-paths", Site.get_site_root_paths
            )
        return self.get_response(request)


class AdminLanguageMiddleware:
    """Every admin response speaks the staff member's admin language, including those Wagtail's
    views do not render themselves (the admin 404, a permission refusal raised before the view):
    without this they fall back to the site's language or English."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        # The same cached relation Wagtail's views read next, so this costs no extra query; a user
        # without a profile yet keeps the site's language.
        if request.path_info.startswith("/admin/") and user.is_authenticated:
            if hasattr(user, "wagtail_userprofile"):
                translation.activate(user.wagtail_userprofile.get_preferred_language())
                request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Every response says which browser features the site may use (none of the sensitive ones)."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
