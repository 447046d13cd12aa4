"""The machine-readable side of certificates: credentials, the DID document, status lists, a
verifier for presented credentials, and the verify page's service worker.

Credentials are looked up by code, so they share the verify page's guessing limit. The DID
document and the status lists say nothing about any one certificate and may be cached by anyone
(a verifier downloading a whole list learns nothing about which certificate it checks).
"""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from ..credentials import credential_for, did_document, status_list_documents
from ..forms import VerifyForm
from ..models import Certificate, NoSigningKey, StatusList
from ..verification import MAX_PRESENTED, verify_presented
from .verify import allowed, json_error

VC_LD = "application/vc+ld+json"
VC_JWT = "application/vc+jwt"
PUBLIC_MAX_AGE = 300


def _certificate(request: HttpRequest, code: str) -> Certificate | HttpResponse:
    if not allowed(request, code):
        return json_error(request, 429, _("Too many look-ups. Please wait a minute and try again."))
    certificate = Certificate.objects.find(code)
    if certificate is None:
        return json_error(request, 404, _("No certificate has this code."))
    return certificate


def _credential(request: HttpRequest, code: str):
    found = _certificate(request, code)
    if isinstance(found, HttpResponse):
        return found
    try:
        return credential_for(found)
    except NoSigningKey:
        return json_error(
            request, 503, _("This office cannot sign credentials yet. Please try again later.")
        )


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def credential_jsonld(request: HttpRequest, code: str) -> HttpResponse:
    """GET /api/credentials/<code>/: the OpenBadgeCredential with its Data Integrity proof."""
    with translation.override(translation.get_language_from_request(request)):
        credential = _credential(request, code)
    if isinstance(credential, HttpResponse):
        return credential
    body = json.dumps(credential.document, ensure_ascii=False, separators=(",", ":"))
    return _private(HttpResponse(body.encode(), content_type=VC_LD))


@require_GET
def credential_jwt(request: HttpRequest, code: str) -> HttpResponse:
    """GET /api/credentials/<code>.jwt: the same credential secured as VC-JOSE (compact JWS)."""
    with translation.override(translation.get_language_from_request(request)):
        credential = _credential(request, code)
    if isinstance(credential, HttpResponse):
        return credential
    return _private(HttpResponse(credential.jwt.encode(), content_type=VC_JWT))


def _public(response: HttpResponse) -> HttpResponse:
    patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def did_json(request: HttpRequest) -> HttpResponse:
    """GET /.well-known/did.json: the site's did:web document, one method per office key."""
    body = json.dumps(did_document(), separators=(",", ":"))
    return _public(HttpResponse(body.encode(), content_type="application/did+json"))


def _status_list_documents(request: HttpRequest, list_id: str) -> tuple[dict, str] | HttpResponse:
    office_code, _dash, number = list_id.rpartition("-")
    found = None
    if office_code and number.isdigit():
        found = (
            StatusList.objects.select_related("office")
            .filter(office__code=office_code, number=int(number))
            .first()
        )
    if found is None:
        return json_error(request, 404, _("No status list has this name."))
    try:
        return status_list_documents(found)
    except NoSigningKey:
        return json_error(
            request, 503, _("This office cannot sign its status list now. Please try again later.")
        )


@require_GET
def status_list(request: HttpRequest, list_id: str) -> HttpResponse:
    """GET /credentials/status/<list>/: the office's signed Bitstring Status List."""
    found = _status_list_documents(request, list_id)
    if isinstance(found, HttpResponse):
        return found
    body = json.dumps(found[0], separators=(",", ":"))
    return _public(HttpResponse(body.encode(), content_type=VC_LD))


@require_GET
def status_list_jwt(request: HttpRequest, list_id: str) -> HttpResponse:
    """GET /credentials/status/<list>.jwt: the same list as VC-JOSE, for the browser's check."""
    found = _status_list_documents(request, list_id)
    if isinstance(found, HttpResponse):
        return found
    return _public(HttpResponse(found[1].encode(), content_type=VC_JWT))


@csrf_exempt  # a machine posts a credential; nothing is changed, no session is used
@require_POST
def verify_credential(request: HttpRequest) -> JsonResponse:
    """POST /api/credentials/verify/ with a VC-JOSE token or a JSON-LD credential as the body:
    whether it holds, the reason in the caller's language, and who signed it."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        if not allowed(request, "verify-presented"):
            return json_error(
                request, 429, _("Too many look-ups. Please wait a minute and try again.")
            )
        if len(request.body) > MAX_PRESENTED:
            return json_error(request, 413, _("This credential is too large."))
        try:
            text = request.body.decode()
        except UnicodeDecodeError:
            return json_error(request, 400, _("Send the credential as UTF-8 text."))
        verdict = verify_presented(text)
        response = JsonResponse(verdict.as_json(), json_dumps_params={"ensure_ascii": False})
    return _private(response)


def service_worker(request: HttpRequest) -> HttpResponse:
    """/verify-sw.js: the verify page's service worker, served from the root so that its scope
    covers /<lang>/verify/ and /credentials/status/."""
    path = finders.find("js/verify-sw.js")
    if path is None:  # collected static files only (production)
        path = str(settings.STATIC_ROOT) + "/js/verify-sw.js"
    with open(path, "rb") as script:
        response = HttpResponse(script.read(), content_type="text/javascript")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def verify_offline(request: HttpRequest) -> HttpResponse:
    """/<lang>/verify/offline/: the page the service worker shows for a verify address it has no
    copy of when there is no network; the browser then checks the QR's credential itself."""
    response = render(
        request,
        "certificates/verify/offline.html",
        {"form": VerifyForm(), "page_title": _("Check a certificate"), "offline": True},
    )
    patch_cache_control(response, private=True, no_cache=True)  # the service worker keeps it
    return response
