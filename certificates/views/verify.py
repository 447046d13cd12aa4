"""Public certificate verification: /<lang>/verify/, /<lang>/verify/<code>/ and /api/certificates/<code>/.

Anyone may check a code; names are masked to their first letters. Look-ups are rate limited per
client, and an unknown code gets the same answer whatever it looks like, so nothing tells a
guesser that they are close to a real code.
"""

import os

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from home import ratelimit

from ..forms import VerifyForm
from ..models import CODE_GROUP, format_code, normalise_code
from ..public import find_public_view

WINDOW_SECONDS = 60
# Look-ups of codes sharing their first group, from all clients together, per client's limit.
TARGET_FACTOR = 4


def lookup_limit() -> int:
    """Look-ups per client a minute; the benchmark raises it (it is one client by design)."""
    return int(
        getattr(settings, "CERTIFICATE_LOOKUP_LIMIT", 0)
        or os.environ.get("CERTIFICATE_LOOKUP_LIMIT", "")
        or 30
    )


def allowed(request: HttpRequest, code: str) -> bool:
    """Per client, and per code prefix for everyone together (many addresses, one family of codes)."""
    limit = lookup_limit()
    return ratelimit.allow(
        request,
        "certificate-lookup",
        limit,
        WINDOW_SECONDS,
        target=normalise_code(code)[:CODE_GROUP],
        target_limit=limit * TARGET_FACTOR,
    )


@require_GET
def verify_form(request: HttpRequest) -> HttpResponse:
    """The code form; a submitted code goes to its own address (shareable, and the QR's target)."""
    form = VerifyForm(request.GET if "code" in request.GET else None)
    if form.is_bound and form.is_valid():
        code = normalise_code(form.cleaned_data["code"])
        if code:
            return redirect("certificate_verify", code=format_code(code))
    return render(
        request,
        "certificates/verify/form.html",
        {"form": form, "page_title": _("Check a certificate")},
    )


@require_GET
def verify_code(request: HttpRequest, code: str) -> HttpResponse:
    if not allowed(request, code):
        return ratelimit.too_many_requests(request, WINDOW_SECONDS)
    public = find_public_view(code, translation.get_language())
    if public is None:
        response = render(
            request,
            "certificates/verify/result.html",
            {
                "found": False,
                "form": VerifyForm(),
                "page_title": _("Certificate not found"),
            },
            status=404,
        )
    else:
        response = render(
            request,
            "certificates/verify/result.html",
            {
                "found": True,
                "certificate": public,
                "newer_code": public.newer_code,
                "form": VerifyForm(),
                "page_title": _("Certificate %(code)s") % {"code": public.code},
            },
        )
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    # Never from a shared cache (each look-up counts), but the verify page's service worker may
    # keep the browser's own copy (masked names only) to check the QR's credential offline.
    patch_cache_control(response, private=True, no_cache=True)
    return response


def json_error(request: HttpRequest, status: int, message: str) -> JsonResponse:
    """A JSON error outside the language prefixes.

    Django's LocaleMiddleware turns a 404 there into a redirect to /<lang>/… when such a path
    could exist (Wagtail's catch-all makes every path look like it could), so the answer is
    marked as coming from a URLconf without language prefixes, which the middleware respects.
    """
    request.urlconf = "certificates.api_urls"
    response = JsonResponse({"error": message}, status=status)
    if status == 429:
        response["Retry-After"] = str(WINDOW_SECONDS)
    return response


@require_GET
def certificate_api(request: HttpRequest, code: str) -> JsonResponse:
    """GET /api/certificates/<code>/ → {code, status, course, office, issued, expires, holders}."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        if not allowed(request, code):
            paused = ratelimit.checks_paused(request)
            if paused:
                error = _("Look-ups are paused for a few minutes. Please try again later.")
            else:
                error = _("Too many look-ups. Please wait a minute and try again.")
            response = JsonResponse({"error": error}, status=429)
            retry_after = ratelimit.PAUSED_RETRY_SECONDS if paused else WINDOW_SECONDS
            response["Retry-After"] = str(retry_after)
            return response
        public = find_public_view(code, language)
        if public is None:
            return json_error(request, 404, _("No certificate has this code."))
        response = JsonResponse(
            public.as_json(),
            json_dumps_params={"ensure_ascii": False},
        )
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
