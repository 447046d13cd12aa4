"""Who may call what: tokens, scopes and offices; errors as problem+json; limits per client."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone
from oauth2_provider.models import AccessToken

from registry_offices.api.clients import revoke, rotate_secret
from registry_offices.models import MarriageApplication
from tests import factories

from .conftest import ALL_SCOPES, BASE, application_body, token_for


def _problem(response, status: int, kind: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"] == f"https://otbasy.kz/problems/registry-api/{kind}"
    assert problem["status"] == status
    return problem


@pytest.fixture
def filed_b(office_b, short):
    return factories.assign(office_b, short, number="B-1")


def test_a_client_of_office_a_never_reads_or_writes_office_b(system_a, filed_b):
    application = filed_b.application
    assignment = filed_b.assignment
    attempts = [
        system_a.get("/offices/almaty-1/applications"),
        system_a.get(f"/offices/almaty-1/applications/{application.pk}"),
        system_a.get(f"/offices/astana-1/applications/{application.pk}"),  # its id, our office
        system_a.post("/offices/almaty-1/applications", application_body()),
        system_a.post(f"/offices/almaty-1/assignments/{assignment.pk}/cancel"),
        system_a.post(f"/offices/astana-1/assignments/{assignment.pk}/cancel"),
        system_a.get(f"/offices/astana-1/assignments/{assignment.pk}/slips"),
        system_a.get(f"/offices/almaty-1/applications/{application.pk}/certificates"),
        system_a.post("/offices/almaty-1/applications/find", {"external_id": "B-1"}),
    ]
    for response in attempts:
        _problem(response, 404, "not-found")
    assignment.refresh_from_db()
    assert assignment.state == "assigned"
    assert MarriageApplication.objects.count() == 1


@pytest.mark.parametrize(
    ("scope", "method", "path", "body"),
    [
        ("applications:write", "post", "/offices/astana-1/applications", application_body()),
        ("applications:read", "get", "/offices/astana-1/applications", None),
        ("applications:read", "post", "/offices/astana-1/applications/find", {"external_id": "x"}),
        ("certificates:read", "get", "/offices/astana-1/applications/1/certificates", None),
        ("webhooks:manage", "get", "/webhooks", None),
        (
            "webhooks:manage",
            "post",
            "/webhooks",
            {"url": "https://is.example.kz/hook", "events": ["certificate.issued"]},
        ),
    ],
)
def test_without_the_scope_403(make_system, office_a, scope, method, path, body):
    system = make_system([office_a.office], [s for s in ALL_SCOPES if s != scope])
    response = system.post(path, body) if method == "post" else system.get(path)
    problem = _problem(response, 403, "forbidden")
    assert scope in problem["detail"]


def test_a_token_asked_with_fewer_scopes_has_only_those(system_a):
    narrow = token_for(system_a.client, system_a.api_client, system_a.secret, "applications:read")
    system_a.token = narrow
    assert system_a.get("/offices/astana-1/applications").status_code == 200
    _problem(system_a.post("/offices/astana-1/applications", application_body()), 403, "forbidden")


def test_a_client_cannot_get_scopes_it_was_not_given(client, make_system, office_a):
    system = make_system([office_a.office], ["applications:read"])
    import base64

    basic = base64.b64encode(f"{system.api_client.client_id}:{system.secret}".encode()).decode()
    response = client.post(
        f"{BASE}/oauth/token/",
        {"grant_type": "client_credentials", "scope": "applications:write"},
        HTTP_AUTHORIZATION=f"Basic {basic}",
    )
    assert response.status_code == 400 and response.json()["error"] == "invalid_scope"


def test_wrong_missing_or_expired_tokens_get_401(system_a, client):
    _problem(client.get(f"{BASE}/offices/astana-1/applications"), 401, "unauthorized")
    system_a.token = "not-a-token"
    response = system_a.get("/offices/astana-1/applications")
    _problem(response, 401, "unauthorized")
    assert response["WWW-Authenticate"].startswith("Bearer")
    AccessToken.objects.update(expires=timezone.now() - datetime.timedelta(seconds=1))
    system_a.token = token_for(client, system_a.api_client, system_a.secret)
    AccessToken.objects.update(expires=timezone.now() - datetime.timedelta(seconds=1))
    _problem(system_a.get("/offices/astana-1/applications"), 401, "unauthorized")


def test_rotating_or_revoking_a_client_ends_its_tokens(system_a, client):
    assert system_a.get("/offices/astana-1/applications").status_code == 200
    new_secret = rotate_secret(system_a.api_client)
    _problem(system_a.get("/offices/astana-1/applications"), 401, "unauthorized")
    system_a.token = token_for(client, system_a.api_client, new_secret)
    assert system_a.get("/offices/astana-1/applications").status_code == 200
    revoke(system_a.api_client)
    _problem(system_a.get("/offices/astana-1/applications"), 401, "unauthorized")


@override_settings(REGISTRY_API_MAX_BODY_BYTES=2000)
def test_a_body_over_the_limit_gets_413(system_a):
    body = application_body()
    body["partners"][0]["full_name"] = "А" * 3000
    _problem(system_a.post("/offices/astana-1/applications", body), 413, "payload-too-large")
    assert not MarriageApplication.objects.exists()


@override_settings(REGISTRY_API_RATE_LIMIT=3)
def test_the_rate_limit_is_per_client_with_retry_after(system_a, make_system, office_a):
    for _attempt in range(3):
        assert system_a.get("/offices/astana-1/applications").status_code == 200
    response = system_a.get("/offices/astana-1/applications")
    _problem(response, 429, "rate-limited")
    assert 1 <= int(response["Retry-After"]) <= 60
    other = make_system([office_a.office], name="Another system")
    assert other.get("/offices/astana-1/applications").status_code == 200


def test_the_openapi_schema_and_docs_need_no_token(client, db):
    schema = client.get(f"{BASE}/openapi.json")
    assert schema.status_code == 200 and schema.json()["openapi"].startswith("3.1")
    docs = client.get(f"{BASE}/docs")
    assert docs.status_code == 200 and b"openapi.json" in docs.content
