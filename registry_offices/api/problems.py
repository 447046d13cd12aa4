"""Every error of the registry API as RFC 9457 `application/problem+json` with a stable `type`,
and the security log line every call leaves (client, office, action, status: no personal data)."""

from __future__ import annotations

import json

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from accounts.models import SecurityEvent

PROBLEM_BASE = "https://otbasy.kz/problems/registry-api/"
PROBLEM_TYPE = "application/problem+json"

TITLES = {
    "unauthorized": "Missing, wrong or expired access token",
    "forbidden": "The token lacks the scope this operation needs",
    "not-found": "No such resource for this client",
    "payload-too-large": "The request body is too large",
    "validation": "The request is not valid",
    "idempotency-conflict": "This Idempotency-Key was used with another request",
    "idempotency-in-progress": "A request with this Idempotency-Key is still being processed",
    "conflict": "The request conflicts with the resource's state",
    "rate-limited": "Too many requests",
    "bad-request": "The request cannot be read",
}


class Problem(Exception):
    """Raised anywhere in the API; answered as problem+json with this status and type."""

    def __init__(
        self,
        status: int,
        kind: str,
        detail: str = "",
        *,
        errors: list | None = None,
        headers: dict | None = None,
    ) -> None:
        super().__init__(detail or kind)
        self.status, self.kind, self.detail = status, kind, detail
        self.errors = errors or []
        self.headers = headers or {}


def problem_response(request: HttpRequest, problem: Problem) -> HttpResponse:
    body = {
        "type": PROBLEM_BASE + problem.kind,
        "title": TITLES.get(problem.kind, problem.kind),
        "status": problem.status,
    }
    if problem.detail:
        body["detail"] = problem.detail
    if problem.errors:
        body["errors"] = problem.errors
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False), status=problem.status, content_type=PROBLEM_TYPE
    )
    for name, value in problem.headers.items():
        response[name] = value
    if problem.status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="registry"'
    audit(request, problem.status)
    return response


def validation_problem(errors: list[dict]) -> Problem:
    """Pydantic's or a form's errors, each with its field path (`partners.0.iin`) and message."""
    unknown = [e["field"] for e in errors if e.get("code") == "unknown_field"]
    detail = (
        _("Unknown fields: %(fields)s.") % {"fields": ", ".join(unknown)}
        if unknown
        else _("Some fields are not valid.")
    )
    return Problem(422, "validation", detail, errors=errors)


def pydantic_errors(errors: list[dict]) -> list[dict]:
    found = []
    for error in errors:
        location = [str(part) for part in error.get("loc", ()) if part not in ("body", "payload")]
        kind = error.get("type", "")
        code = "unknown_field" if kind == "extra_forbidden" else kind
        message = _("Unknown field.") if code == "unknown_field" else error.get("msg", "")
        found.append({"field": ".".join(location), "code": code, "message": str(message)})
    return found


def audit(request: HttpRequest, status: int) -> None:
    """One security-log row per call: the client, the office, the operation, the status."""
    client = getattr(request, "registry_client", None)
    match = getattr(request, "resolver_match", None)
    SecurityEvent.objects.record(
        request,
        SecurityEvent.Kind.API_CALL,
        username=f"api:{client.client_id}" if client is not None else "api:anonymous",
        client=client.client_id if client is not None else "",
        office=getattr(request, "registry_office_code", ""),
        action=match.url_name if match is not None else "",
        method=request.method,
        status=status,
    )
