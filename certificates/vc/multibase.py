"""Multibase base58btc and Multikey encodings of Ed25519 keys.

Controlled Identifiers v1.0 (Multibase, Multikey) fixes the text forms a Data Integrity proof and
a DID document use: a ``z`` prefix for base58btc, and a two-byte multicodec header in front of the
raw key (``0xed 0x01`` for an Ed25519 public key, ``0x80 0x26`` for an Ed25519 secret key).
"""

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

BASE58BTC_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_INDEX = {char: value for value, char in enumerate(BASE58BTC_ALPHABET)}

#: Multicodec ``ed25519-pub`` (0xed) as an unsigned varint.
ED25519_PUB_HEADER = b"\xed\x01"
#: Multicodec ``ed25519-priv`` (0x1300) as an unsigned varint.
ED25519_PRIV_HEADER = b"\x80\x26"


def base58btc_encode(data: bytes) -> str:
    """Base58 (Bitcoin alphabet); each leading zero byte becomes a leading ``1``."""
    zeros = len(data) - len(data.lstrip(b"\0"))
    number = int.from_bytes(data, "big")
    digits = []
    while number:
        number, remainder = divmod(number, 58)
        digits.append(BASE58BTC_ALPHABET[remainder])
    return "1" * zeros + "".join(reversed(digits))


def base58btc_decode(text: str) -> bytes:
    """Inverse of `base58btc_encode`; a character outside the alphabet is a ValueError."""
    number = 0
    for char in text:
        try:
            number = number * 58 + _INDEX[char]
        except KeyError:
            raise ValueError(f"not a base58btc character: {char!r}") from None
    zeros = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * zeros + body


def multibase_encode(data: bytes) -> str:
    """A Multibase base58btc string (``z`` header), the only base eddsa-rdfc-2022 allows."""
    return "z" + base58btc_encode(data)


def multibase_decode(text: str) -> bytes:
    """Decode a Multibase base58btc string; any other base header is a ValueError."""
    if not isinstance(text, str) or not text.startswith("z"):
        raise ValueError("expected a Multibase base58btc value (it must start with 'z')")
    return base58btc_decode(text[1:])


def public_key_multibase(public_key: Ed25519PublicKey) -> str:
    """The ``publicKeyMultibase`` of a Multikey, e.g. ``z6Mk...``."""
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return multibase_encode(ED25519_PUB_HEADER + raw)


def public_key_from_multibase(text: str) -> Ed25519PublicKey:
    """Read a ``publicKeyMultibase``; refuses any key type but Ed25519 and any other length."""
    data = multibase_decode(text)
    if data[:2] != ED25519_PUB_HEADER:
        raise ValueError("not an Ed25519 Multikey (the multicodec header must be 0xed01)")
    if len(data) != 34:
        raise ValueError(f"an Ed25519 public key is 32 bytes, this one is {len(data) - 2}")
    return Ed25519PublicKey.from_public_bytes(data[2:])


def private_key_from_multibase(text: str) -> Ed25519PrivateKey:
    """Read a ``secretKeyMultibase`` (multicodec 0x1300), as in the W3C test-vector key pair."""
    data = multibase_decode(text)
    if data[:2] != ED25519_PRIV_HEADER:
        raise ValueError("not an Ed25519 secret Multikey (the multicodec header must be 0x8026)")
    if len(data) != 34:
        raise ValueError(f"an Ed25519 secret key is 32 bytes, this one is {len(data) - 2}")
    return Ed25519PrivateKey.from_private_bytes(data[2:])
