"""Administrators make, rotate and revoke clients in the admin; nobody else sees the screens."""

import re

from oauth2_provider.models import Application

from accounts.models import SecurityEvent
from registry_offices.models import ApiClient

from .conftest import System, token_for


def test_an_administrator_creates_a_client_and_sees_its_secret_once(admin_client, client, office_a):
    response = admin_client.post(
        "/admin/api-clients/add/",
        {"name": "Astana IS", "offices": [office_a.office.pk], "scopes": ["applications:read"]},
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    secret = re.search(r'id="client-secret">([^<]+)<', response.content.decode()).group(1)
    api_client = ApiClient.objects.get()
    assert api_client.scopes == ["applications:read"]
    assert list(api_client.offices.all()) == [office_a.office]
    stored = Application.objects.get().client_secret
    assert secret not in stored  # hashed
    token = token_for(client, api_client, secret)
    system = System(client, api_client, secret, token)
    assert system.get("/offices/astana-1/applications").status_code == 200
    assert SecurityEvent.objects.filter(kind="api_client_changed").exists()

    rotated = admin_client.post(f"/admin/api-clients/rotate/{api_client.pk}/")
    new_secret = re.search(r'id="client-secret">([^<]+)<', rotated.content.decode()).group(1)
    assert new_secret != secret
    assert system.get("/offices/astana-1/applications").status_code == 401
    system.token = token_for(client, api_client, new_secret)
    assert system.get("/offices/astana-1/applications").status_code == 200

    revoked = admin_client.post(f"/admin/api-clients/revoke/{api_client.pk}/")
    assert revoked.status_code == 302
    assert system.get("/offices/astana-1/applications").status_code == 401
    listing = admin_client.get("/admin/api-clients/")
    assert listing.status_code == 200 and b"Astana IS" in listing.content


def test_a_clerk_never_reaches_the_client_screens(client, office_a, system_a):
    client.force_login(office_a.clerk)
    for path in (
        "/admin/api-clients/",
        "/admin/api-clients/add/",
        f"/admin/api-clients/rotate/{system_a.api_client.pk}/",
        "/admin/webhook-deliveries/",
    ):
        response = client.get(path)
        assert response.status_code in (302, 403), path
    assert client.post(f"/admin/api-clients/revoke/{system_a.api_client.pk}/").status_code in (
        302,
        403,
    )
    system_a.api_client.refresh_from_db()
    assert system_a.api_client.revoked_at is None
