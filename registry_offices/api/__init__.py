"""The registry API (`/api/registry/v1/`): Django Ninja, as Wagtail 8's own API, on the models and
forms of this app. Its OpenAPI 3.1 schema is at `openapi.json`, the human page at `docs`.

Every answer (errors included) leaves one security-log line; every error is problem+json."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from .applications import router as applications_router
from .problems import (
    PROBLEM_TYPE,
    Problem,
    audit,
    problem_response,
    pydantic_errors,
    validation_problem,
)
from .webhooks import router as webhooks_router

DESCRIPTION = """The registry information system's door into Otbasy Academy.

Clients are systems: each gets OAuth2 client credentials (`POST oauth/token/` with
`grant_type=client_credentials`) from an administrator, bound to its offices and scopes. Lists are
paged by an opaque `cursor` in (`updated_at`, `id`) order and filtered by `updated_since`.
Send `Idempotency-Key` on every POST: a retry returns the first answer for 7 days (the
deployment's `REGISTRY_API_IDEMPOTENCY_DAYS`), after which the key is free again. Errors are
`application/problem+json` with a stable `type`."""


class RegistryApi(NinjaAPI):
    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        response["Cache-Control"] = "no-store"
        if getattr(request, "idempotent_replay", False):
            response["Idempotent-Replayed"] = "true"
        audit(request, response.status_code)
        return response

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        """Ninja's schema, plus what it cannot say: each operation's OAuth2 scope, and errors
        as application/problem+json."""
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for item in schema["paths"].values():
            for operation in item.values():
                for requirement in operation.get("security", []):
                    for name in requirement:
                        requirement[name] = list(OPERATION_SCOPES.get(operation["operationId"], []))
                for status, answer in operation.get("responses", {}).items():
                    content = answer.get("content", {})
                    if int(status) >= 400 and "application/json" in content:
                        answer["content"] = {PROBLEM_TYPE: content["application/json"]}
        return schema


api = RegistryApi(
    title="Otbasy Academy registry API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="registry_api",
    openapi_url="/openapi.json",
    docs_url="/docs",
)


@api.exception_handler(Problem)
def _problem(request: HttpRequest, exc: Problem) -> HttpResponse:
    return problem_response(request, exc)


@api.exception_handler(AuthenticationError)
def _unauthorized(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem_response(
        request,
        Problem(401, "unauthorized", _("Send a valid access token: Authorization: Bearer …")),
    )


@api.exception_handler(NinjaValidationError)
def _invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    return problem_response(request, validation_problem(pydantic_errors(exc.errors)))


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem_response(request, Problem(404, "not-found", _("Not found.")))


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    kind = {400: "bad-request", 404: "not-found", 413: "payload-too-large"}.get(
        exc.status_code, "bad-request"
    )
    return problem_response(request, Problem(exc.status_code, kind, str(exc)))


api.add_router("/", applications_router)
api.add_router("/", webhooks_router)

# operationId -> the scope its ClientAuth asks for (for the schema's security requirements).
OPERATION_SCOPES = {
    api.get_openapi_operation_id(operation): [auth.scope for auth in operation.auth_callbacks]
    for router in (applications_router, webhooks_router)
    for path_view in router.path_operations.values()
    for operation in path_view.operations
}
