"""django-oauth-toolkit's scopes backend: a client gets only the scopes its administrator gave it."""

from oauth2_provider.scopes import SettingsScopes


def _client_scopes(application) -> list[str] | None:
    client = getattr(application, "registry_client", None) if application is not None else None
    if client is None:
        return None
    return [] if client.revoked_at else list(client.scopes)


class ClientScopes(SettingsScopes):
    """Asked without a scope, a client gets all of its own; a revoked client none."""

    def get_available_scopes(self, application=None, request=None, *args, **kwargs) -> list[str]:
        own = _client_scopes(application)
        every = super().get_available_scopes(application, request, *args, **kwargs)
        return every if own is None else [scope for scope in every if scope in own]

    def get_default_scopes(self, application=None, request=None, *args, **kwargs) -> list[str]:
        own = _client_scopes(application)
        return super().get_default_scopes(application, request) if own is None else own
