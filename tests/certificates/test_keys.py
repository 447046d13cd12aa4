"""The offices' signing keys: made by the command, encrypted at rest, never printed, required in
production; and the project CA behind the PDFs' certificates."""

import io

import pytest
from cryptography.hazmat.primitives import serialization
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import override_settings

from certificates import keystore
from certificates.checks import check_office_keys, require_office_keys
from certificates.models import OfficeKey, SigningAuthority
from certificates.pki import load_certificate_pem
from registry_offices.models import RegistryOffice
from tests.home.test_settings import STRONG_KEY, _run

pytestmark = pytest.mark.django_db


def _command(*args: str) -> str:
    out = io.StringIO()
    call_command("certificate_keys", *args, stdout=out)
    return out.getvalue()


def _raw_private(key: OfficeKey) -> bytes:
    private = keystore.key_store().private_key(key.key_id, key.stored_private_key)
    return private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def test_create_makes_the_ca_and_a_key_per_office_and_prints_no_secret():
    RegistryOffice.objects.create(code="taraz-1", city="taraz", name_kk="Тараз АХАТ")
    RegistryOffice.objects.create(code="oral-2", city="oral", name_kk="Орал АХАТ")
    output = _command("create")
    assert "Created the project CA" in output
    keys = {key.office.code: key for key in OfficeKey.objects.select_related("office")}
    assert set(keys) == {"taraz-1", "oral-2"}
    for key in keys.values():
        raw = _raw_private(key)
        assert raw not in bytes(key.stored_private_key)  # encrypted at rest
        assert raw.hex() not in output and key.stored_private_key.hex() not in output
        certificate = load_certificate_pem(key.pdf_certificate_pem)
        assert certificate.issuer == SigningAuthority.objects.current().certificate().subject
    assert "0 key(s) created." in _command("create")  # again: nothing new
    listed = _command("list")
    assert all(key.key_id in listed for key in keys.values()) and "active" in listed


def test_a_key_cannot_be_read_without_its_kek():
    RegistryOffice.objects.create(code="taraz-1", city="taraz", name_kk="Тараз АХАТ")
    _command("create")
    key = OfficeKey.objects.get()
    with override_settings(CERTIFICATE_KEYS_KEK="another-key-encryption-key-of-enough-length"):
        keystore._aead.cache_clear()
        with pytest.raises(Exception):  # noqa: B017  (cryptography's InvalidTag)
            key.signer()(b"data")
    keystore._aead.cache_clear()
    assert len(key.signer()(b"data")) == 64


def test_rotate_retires_and_compromise_replaces():
    office = RegistryOffice.objects.create(code="taraz-1", city="taraz", name_kk="Тараз АХАТ")
    _command("create")
    first = OfficeKey.objects.get()
    _command("rotate", "--office", "taraz-1")
    first.refresh_from_db()
    second = OfficeKey.objects.active_for(office.pk)
    assert first.retired_at and second != first
    output = _command("compromise", second.key_id)
    second.refresh_from_db()
    assert second.compromised_at
    third = OfficeKey.objects.active_for(office.pk)
    assert third.key_id in output and third not in (first, second)


def test_bad_command_input_says_what_is_wrong():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No registry office has the code nowhere"):
        _command("rotate", "--office", "nowhere")
    with pytest.raises(CommandError, match="No key has the id"):
        _command("compromise", "not-a-key")


def test_production_refuses_an_office_without_a_key():
    RegistryOffice.objects.create(code="taraz-1", city="taraz", name_kk="Тараз АХАТ")
    with pytest.raises(ImproperlyConfigured, match="taraz-1"):
        require_office_keys()
    assert [error.id for error in check_office_keys()] == ["certificates.E001"]
    _command("create")
    require_office_keys()
    assert check_office_keys() == []


@pytest.mark.parametrize("kek", ["", "too-short"])
def test_production_refuses_to_start_without_a_kek(kek):
    result = _run("manage.py", "check", SECRET_KEY=STRONG_KEY, CERTIFICATE_KEYS_KEK=kek)
    assert result.returncode != 0
    assert "Set CERTIFICATE_KEYS_KEK" in result.stderr
