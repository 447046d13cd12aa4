"""Making, rotating and revoking API clients: the admin's screens and the management command
call these, so a secret is made and shown the same way everywhere (once; stored hashed)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from oauth2_provider.generators import generate_client_secret
from oauth2_provider.models import AccessToken, Application

from ..models import ApiClient, RegistryOffice


@transaction.atomic
def create_client(
    name: str, offices: list[RegistryOffice], scopes: list[str]
) -> tuple[ApiClient, str]:
    """A new confidential client-credentials client; returns it and its secret (shown once)."""
    secret = generate_client_secret()
    application = Application.objects.create(
        name=name,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_CLIENT_CREDENTIALS,
        client_secret=secret,
        hash_client_secret=True,
        skip_authorization=True,
    )
    client = ApiClient.objects.create(application=application, name=name, scopes=list(scopes))
    client.offices.set(offices)
    return client, secret


@transaction.atomic
def rotate_secret(client: ApiClient) -> str:
    """A new secret (shown once); the old one and every token made with it stop working."""
    secret = generate_client_secret()
    application = client.application
    application.client_secret = secret
    application.save(update_fields=["client_secret"])
    AccessToken.objects.filter(application=application).delete()
    return secret


@transaction.atomic
def revoke(client: ApiClient) -> None:
    """The client can no longer get tokens or call; its tokens go at once."""
    client.revoked_at = timezone.now()
    client.save(update_fields=["revoked_at"])
    AccessToken.objects.filter(application=client.application).delete()
    # A random secret nobody sees replaces the old one: the client cannot get a token again.
    application = client.application
    application.client_secret = generate_client_secret()
    application.save(update_fields=["client_secret"])
