"""Who is calling: an OAuth2 access token of an active client, with the operation's scope.

Checked before the body is read, in this order: the body's size (413), the token (401), the
client's rate (429 with Retry-After, the shared limiter of home/ratelimit.py), the scope (403).
The office is checked by each operation against the client's offices (404 otherwise).
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.security.base import AuthBase
from oauth2_provider.models import AccessToken

from home import ratelimit

from ..models import ApiClient, RegistryOffice, Scope
from .problems import Problem

RATE_WINDOW_SECONDS = 60
# Several clients may call from one gateway address: the address's own budget is wider.
ADDRESS_FACTOR = 20
TOKEN_PATH = "/api/registry/v1/oauth/token/"  # noqa: S105 - a URL, not a secret


class ClientAuth(AuthBase):
    """OAuth2 client credentials with one required scope (shown as such in the OpenAPI schema)."""

    openapi_type = "oauth2"
    openapi_flows = {
        "clientCredentials": {
            "tokenUrl": TOKEN_PATH,
            "scopes": {scope.value: str(scope.label) for scope in Scope},
        }
    }

    def __init__(self, scope: str) -> None:
        self.scope = scope
        super().__init__()

    def __call__(self, request: HttpRequest) -> ApiClient | None:
        _check_size(request)
        header = request.headers.get("Authorization", "")
        kind, _sep, token = header.partition(" ")
        if kind.lower() != "bearer" or not token.strip():
            return None
        client = client_for_token(token.strip())
        if client is None:
            return None
        request.registry_client = client
        _check_rate(request, client)
        if self.scope not in client.scopes or self.scope not in request.registry_token_scopes:
            raise Problem(
                403,
                "forbidden",
                _("This operation needs the scope %(scope)s.") % {"scope": self.scope},
            )
        return client


def _check_size(request: HttpRequest) -> None:
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    limit = settings.REGISTRY_API_MAX_BODY_BYTES
    if length > limit:
        raise Problem(
            413,
            "payload-too-large",
            _("A request body can have at most %(limit)s bytes.") % {"limit": limit},
        )


def client_for_token(token: str) -> ApiClient | None:
    """The active client of a valid, unexpired token (only its SHA-256 is stored), or None."""
    checksum = hashlib.sha256(token.encode()).hexdigest()
    access = (
        AccessToken.objects.select_related("application__registry_client")
        .filter(token_checksum=checksum)
        .first()
    )
    if access is None or access.is_expired():
        return None
    client = getattr(access.application, "registry_client", None)
    if client is None or not client.is_active:
        return None
    client.token_scopes = set(access.scope.split())
    return client


def _check_rate(request: HttpRequest, client: ApiClient) -> None:
    request.registry_token_scopes = client.token_scopes
    limit = settings.REGISTRY_API_RATE_LIMIT
    # Counted per client (the target) in the shared cache, whatever address it calls from.
    if not ratelimit.allow(
        request,
        "registry-api",
        limit * ADDRESS_FACTOR,
        RATE_WINDOW_SECONDS,
        target=f"client:{client.client_id}",
        target_limit=limit,
    ):
        # Until the window ends (or the pause's retry when the shared cache cannot count).
        retry = RATE_WINDOW_SECONDS - int(ratelimit._now()) % RATE_WINDOW_SECONDS
        if ratelimit.checks_paused(request):
            retry = min(retry, ratelimit.PAUSED_RETRY_SECONDS)
        raise Problem(
            429,
            "rate-limited",
            _("Too many requests from this client: try again later."),
            headers={"Retry-After": str(retry)},
        )


def office_for(request: HttpRequest, code: str) -> RegistryOffice:
    """The client's office with this code; any other office is "not found" (never "forbidden")."""
    client: ApiClient = request.registry_client
    office = client.offices.filter(code=code).first()
    if office is None:
        raise Problem(404, "not-found", _("No such office for this client."))
    request.registry_office_code = office.code
    return office
