"""Where the offices' private keys live and who may use them: the seam for an HSM or a KMS.

Today keys are Ed25519 (credentials) and ECDSA P-256 (PDF signatures: Debian's poppler cannot check
Ed25519, see `pki`) private keys kept in the database, encrypted at rest with AES-256-GCM
under a key-encryption key (KEK) that is never stored beside them: the setting or environment
variable `CERTIFICATE_KEYS_KEK` (any long random string; production refuses to start without
it). Development and tests derive one from `SECRET_KEY` so `make run` needs nothing.

The rest of the app never touches a private key: it asks `key_store().signer(office_key)` for a
`sign(bytes) -> bytes` callable. A ministry that moves keys into an HSM or a cloud KMS writes a
class with the same two methods (`create` returns what to store, `signer` signs by reference)
and names it in `CERTIFICATE_KEY_STORE`; nothing else changes.
"""

from __future__ import annotations

import functools
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

Sign = Callable[[bytes], bytes]

MISSING_KEK_MESSAGE = (
    "Set CERTIFICATE_KEYS_KEK to a random string of at least 32 characters "
    "(python -c 'import secrets; print(secrets.token_urlsafe(48))'): it encrypts the registry "
    "offices' signing keys at rest. Keep it outside the database and the repository."
)


def key_encryption_secret() -> str:
    """The KEK's source: the setting or environment, else (outside production) SECRET_KEY."""
    secret = getattr(settings, "CERTIFICATE_KEYS_KEK", "") or os.environ.get(
        "CERTIFICATE_KEYS_KEK", ""
    )
    if secret:
        if len(secret) < 32:
            raise ImproperlyConfigured(MISSING_KEK_MESSAGE)
        return secret
    if getattr(settings, "CERTIFICATE_KEYS_KEK_REQUIRED", False):
        raise ImproperlyConfigured(MISSING_KEK_MESSAGE)
    return "derived-from-secret-key:" + settings.SECRET_KEY


@functools.cache
def _aead(secret: str) -> AESGCM:
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"otbasy certificate keys v1"
    ).derive(secret.encode())
    return AESGCM(key)


def encrypt(plaintext: bytes, *, context: bytes) -> bytes:
    """nonce || ciphertext; `context` (the key id) is bound in, so a row's ciphertext cannot be
    moved to another row."""
    nonce = secrets.token_bytes(12)
    return nonce + _aead(key_encryption_secret()).encrypt(nonce, plaintext, context)


def decrypt(blob: bytes, *, context: bytes) -> bytes:
    blob = bytes(blob)
    return _aead(key_encryption_secret()).decrypt(blob[:12], blob[12:], context)


@dataclass
class NewKey:
    """What a key store returns for a new key: the public half, and what the row keeps."""

    public_key: object
    stored: bytes  # the encrypted private key, or an HSM's reference to it


class DatabaseKeyStore:
    """Ed25519 keys encrypted with the KEK, in the office key's row."""

    def create(self, key_id: str) -> NewKey:
        private = Ed25519PrivateKey.generate()
        raw = private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return NewKey(private.public_key(), encrypt(raw, context=key_id.encode()))

    def private_key(self, key_id: str, stored: bytes) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(decrypt(stored, context=key_id.encode()))

    def signer(self, key_id: str, stored: bytes) -> Sign:
        return self.private_key(key_id, stored).sign

    def create_pdf_key(self, key_id: str) -> NewKey:
        """A P-256 key for PDF signatures (and for the project CA)."""
        private = ec.generate_private_key(ec.SECP256R1())
        der = private.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return NewKey(private.public_key(), encrypt(der, context=f"pdf:{key_id}".encode()))

    def pdf_private_key(self, key_id: str, stored: bytes) -> ec.EllipticCurvePrivateKey:
        der = decrypt(stored, context=f"pdf:{key_id}".encode())
        return serialization.load_der_private_key(der, password=None)


@functools.cache
def _store(path: str):
    return import_string(path)()


def key_store() -> DatabaseKeyStore:
    return _store(
        getattr(settings, "CERTIFICATE_KEY_STORE", "certificates.keystore.DatabaseKeyStore")
    )
