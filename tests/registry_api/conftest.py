"""A registry system's client with offices and scopes, and its bearer token from the token URL."""

from __future__ import annotations

import base64
import datetime

import pytest
from django.utils import timezone

from registry_offices.api.clients import create_client
from registry_offices.models import Scope
from tests import factories

ALL_SCOPES = [scope.value for scope in Scope]
BASE = "/api/registry/v1"


def token_for(client, api_client, secret: str, scope: str | None = None) -> str:
    basic = base64.b64encode(f"{api_client.client_id}:{secret}".encode()).decode()
    data = {"grant_type": "client_credentials"}
    if scope:
        data["scope"] = scope
    response = client.post(f"{BASE}/oauth/token/", data, HTTP_AUTHORIZATION=f"Basic {basic}")
    assert response.status_code == 200, response.content
    return response.json()["access_token"]


class System:
    """A registry system calling the API with its own token."""

    def __init__(self, client, api_client, secret: str, token: str) -> None:
        self.client, self.api_client, self.secret, self.token = client, api_client, secret, token

    def headers(self, **extra) -> dict:
        return {"HTTP_AUTHORIZATION": f"Bearer {self.token}", **extra}

    def get(self, path: str, **extra):
        return self.client.get(BASE + path, **self.headers(**extra))

    def post(self, path: str, body: dict | None = None, key: str | None = None, **extra):
        if key:
            extra["HTTP_IDEMPOTENCY_KEY"] = key
        return self.client.post(
            BASE + path, body or {}, content_type="application/json", **self.headers(**extra)
        )

    def delete(self, path: str):
        return self.client.delete(BASE + path, **self.headers())


@pytest.fixture
def make_system(client):
    def make(offices, scopes=ALL_SCOPES, name="Registry IS") -> System:
        api_client, secret = create_client(name, offices, scopes)
        return System(client, api_client, secret, token_for(client, api_client, secret))

    return make


@pytest.fixture
def system_a(make_system, office_a):
    return make_system([office_a.office])


def application_body(number: str = "API-1", **changes) -> dict:
    today = timezone.localdate()
    body = {
        "number": number,
        "external_id": f"IS-{number}",
        "planned_registration_date": (today + datetime.timedelta(days=20)).isoformat(),
        "partners": [
            {
                "full_name": "Айгерім Нұрланқызы",
                "date_of_birth": factories.ADULT.isoformat(),
                "iin": factories.iin_for(factories.ADULT, female=True),
                "email": "aigerim@example.kz",
                "preferred_language": "kk",
            },
            {
                "full_name": "Данияр Серікұлы",
                "date_of_birth": factories.ADULT_2.isoformat(),
                "phone": "701 234 56 78",
                "preferred_language": "ru",
            },
        ],
    }
    body.update(changes)
    return body


@pytest.fixture
def receiver():
    from .receiver import Receiver

    running = Receiver()
    try:
        yield running
    finally:
        running.stop()
