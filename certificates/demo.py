"""Demo signing keys: the project CA and one key per demo office, so that `make run` signs the
demo certificates' credentials and PDFs (runs after registry_offices' demo made the offices).
Production makes them with `manage.py certificate_keys create` instead."""

from home.demo import DemoLogin
from registry_offices.models import RegistryOffice

from .models import OfficeKey, SigningAuthority


def ensure_keys() -> int:
    """The CA if missing, and a key for every office without an active one; how many made."""
    if SigningAuthority.objects.current() is None:
        SigningAuthority.create()
    made = 0
    with_keys = OfficeKey.objects.active().values("office_id")
    for office in RegistryOffice.objects.exclude(pk__in=with_keys).order_by("code"):
        OfficeKey.create_for(office)
        made += 1
    return made


def load() -> list[DemoLogin]:
    ensure_keys()
    return []
