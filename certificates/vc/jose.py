"""VC-JOSE: a credential secured as a compact JWS (W3C "Securing Verifiable Credentials using
JOSE and COSE", section 3.1.1), the form that fits in a QR code.

The unsecured credential is the JWS payload; the protected header is
``{"alg": "EdDSA", "typ": "vc+jwt", "cty": "vc", "kid": ...}``.

Verification uses `cryptography` directly rather than joserfc: the signer is a callable (an HSM
or KMS later), which joserfc cannot sign with; joserfc 1.8 flags ``EdDSA`` with a SecurityWarning
(RFC 9864 deprecates the polymorphic name, while VC-JOSE uses it); and its registry would honour
``crit``/``b64`` (RFC 7797), which we refuse. The code below only ever accepts ``EdDSA`` with an
Ed25519 key, and checks every part strictly before any signature work.
"""

import base64
import binascii
import json
import re
from collections.abc import Callable
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ALGORITHM = "EdDSA"
TYPE = "vc+jwt"
CONTENT_TYPE = "vc"
MAX_LENGTH = 8192

Signer = Callable[[bytes], bytes]
KeyResolver = Callable[[str], Ed25519PublicKey]
Reason = Literal["malformed", "algorithm", "unknown_key", "signature"]

# Header parameters that would make the key or the processing come from the token itself, or
# that change how the payload is read: refused outright (RFC 7515 4.1, RFC 7797, RFC 7516).
_REFUSED_HEADERS = frozenset({"crit", "jku", "jwk", "x5u", "x5c", "x5t", "x5t#S256", "b64", "zip"})
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]+$")


class InvalidCredential(Exception):
    """A VC-JOSE token that does not verify; ``reason`` is one of `Reason`."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason: Reason = reason
        self.detail = detail


def sign_jwt(credential: dict[str, Any], sign: Signer, kid: str) -> str:
    """The credential as a compact JWS signed by `sign` (Ed25519, 64-byte signature)."""
    if not isinstance(kid, str) or not kid:
        raise ValueError("kid is the verification method's URL (e.g. did:web:...#key)")
    header = {"alg": ALGORITHM, "typ": TYPE, "cty": CONTENT_TYPE, "kid": kid}
    signing_input = _b64encode(_compact_json(header)) + "." + _b64encode(_compact_json(credential))
    signature = sign(signing_input.encode("ascii"))
    if not isinstance(signature, bytes) or len(signature) != 64:
        raise ValueError("an Ed25519 signature is 64 bytes")
    return signing_input + "." + _b64encode(signature)


def verify_jwt(token: str, resolve_key: KeyResolver, *, max_length: int = MAX_LENGTH) -> dict:
    """The credential inside a VC-JOSE token, or `InvalidCredential` saying why not.

    `resolve_key` maps the header's ``kid`` to an Ed25519 public key and raises KeyError for a
    key it does not know (or no longer trusts).
    """
    if not isinstance(token, str):
        raise InvalidCredential("malformed", "a token is a string")
    if len(token) > max_length:
        raise InvalidCredential("malformed", f"longer than {max_length} characters")
    parts = token.split(".")
    if len(parts) != 3:
        raise InvalidCredential("malformed", "not three base64url parts")
    header_b64, payload_b64, signature_b64 = parts
    header = _json_object(_b64decode(header_b64), "header")

    algorithm = header.get("alg")
    if algorithm != ALGORITHM:
        raise InvalidCredential("algorithm", f"alg {algorithm!r} is not {ALGORITHM}")
    refused = sorted(_REFUSED_HEADERS & header.keys())
    if refused:
        raise InvalidCredential("algorithm", f"header parameters not accepted: {refused}")
    if "typ" in header and _media_type(header["typ"]) != TYPE:
        raise InvalidCredential("malformed", f"typ {header['typ']!r} is not {TYPE}")
    if "cty" in header and _media_type(header["cty"]) != CONTENT_TYPE:
        raise InvalidCredential("malformed", f"cty {header['cty']!r} is not {CONTENT_TYPE}")
    kid = header.get("kid")
    if not isinstance(kid, str) or not kid:
        raise InvalidCredential("malformed", "the header has no kid")

    payload = _b64decode(payload_b64)
    signature = _b64decode(signature_b64)
    try:
        public_key = resolve_key(kid)
    except KeyError:
        raise InvalidCredential("unknown_key", kid) from None
    if not isinstance(public_key, Ed25519PublicKey):
        raise TypeError("resolve_key must return an Ed25519PublicKey")
    if len(signature) != 64:
        raise InvalidCredential("signature", "not a 64-byte Ed25519 signature")
    try:
        public_key.verify(signature, f"{header_b64}.{payload_b64}".encode("ascii"))
    except InvalidSignature:
        raise InvalidCredential("signature", "the signature does not match") from None

    credential = _json_object(payload, "payload")
    if "vc" in credential or "vp" in credential:
        raise InvalidCredential("malformed", "the vc and vp claims must not be present")
    return credential


def public_key_jwk(public_key: Ed25519PublicKey) -> dict[str, str]:
    """The key as an OKP JWK (RFC 8037), the form VC-JOSE wants in a ``JsonWebKey`` method."""
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return {"kty": "OKP", "crv": "Ed25519", "x": _b64encode(raw)}


def _compact_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    """Strict base64url without padding: one text per byte string (no malleable spare bits)."""
    if not _BASE64URL.match(text) or len(text) % 4 == 1:
        raise InvalidCredential("malformed", "a part is not unpadded base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise InvalidCredential("malformed", "a part is not base64url") from None
    if _b64encode(data) != text:
        raise InvalidCredential("malformed", "a part is not canonical base64url")
    return data


def _json_object(data: bytes, part: str) -> dict[str, Any]:
    def refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate member name")
        return dict(pairs)

    def refuse_constant(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    try:
        value = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=refuse_duplicates,
            parse_constant=refuse_constant,
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvalidCredential("malformed", f"the {part} is not JSON") from None
    if not isinstance(value, dict):
        raise InvalidCredential("malformed", f"the {part} is not a JSON object")
    return value


def _media_type(value: Any) -> str | None:
    """RFC 7515 4.1.9: compared case-insensitively, ``application/`` may be left out."""
    if not isinstance(value, str):
        return None
    value = value.lower()
    return value.removeprefix("application/")
