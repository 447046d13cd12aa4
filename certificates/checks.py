"""Production must not start without the offices' signing keys: every certificate it issues would
go out unsigned. `manage.py check --deploy` reports it, and the WSGI entry point refuses to start
(config/wsgi.py)."""

from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError

from registry_offices.models import RegistryOffice

from .models import OfficeKey

MISSING_KEYS_MESSAGE = (
    "Registry offices without a signing key: {codes}. Run `manage.py certificate_keys create` "
    "(with CERTIFICATE_KEYS_KEK set) before starting the site."
)


def offices_without_keys() -> list[str]:
    """Codes of offices with no active key; none while the tables do not exist yet (a fresh
    database is migrated after the code is deployed)."""
    try:
        return list(
            RegistryOffice.objects.exclude(
                pk__in=OfficeKey.objects.active().values("office_id")
            ).values_list("code", flat=True)[:20]
        )
    except DatabaseError:
        return []


@register(Tags.security, deploy=True)
def check_office_keys(app_configs=None, **kwargs) -> list[Error]:
    missing = offices_without_keys()
    if not missing:
        return []
    return [Error(MISSING_KEYS_MESSAGE.format(codes=", ".join(missing)), id="certificates.E001")]


def require_office_keys() -> None:
    """Refuse to serve (ImproperlyConfigured) while an office has no key."""
    missing = offices_without_keys()
    if missing:
        raise ImproperlyConfigured(MISSING_KEYS_MESSAGE.format(codes=", ".join(missing)))
