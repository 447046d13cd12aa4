"""Locale middleware that leaves language-neutral URLs alone."""

from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware

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
