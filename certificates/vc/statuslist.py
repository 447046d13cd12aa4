"""W3C Bitstring Status List v1.0: revocation bits published as one compressed list.

Every credential gets a random index in a list of at least 131,072 entries (the spec's minimum,
16 KB uncompressed), so fetching the list tells the issuer nothing about which credential is being
checked (herd privacy). Bit 0 is the left-most, most significant bit of the first byte.
"""

import base64
import binascii
import gzip
import re
import zlib
from datetime import datetime
from typing import Any

from .contexts import VC_V2
from .dataintegrity import xsd_datetime

#: Entries per list: the minimum the spec's validation algorithm accepts (16 KB of bits).
LIST_SIZE = 131072
#: The largest list `decode_list` inflates (1 MiB, 8,388,608 entries): anything bigger is refused
#: before it can exhaust memory (a few kilobytes of GZIP can inflate to gigabytes).
MAX_DECODED_BYTES = 1 << 20
#: Status purposes the spec defines.
PURPOSES = frozenset({"refresh", "revocation", "suspension", "message"})
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]+$")


class StatusListError(ValueError):
    """An encoded list or an index the spec says to refuse."""


def new_bitstring(size: int = LIST_SIZE) -> bytearray:
    """A list with every entry unset; `size` is in entries (bits), at least `LIST_SIZE`."""
    if size < LIST_SIZE or size % 8:
        raise ValueError(f"a status list has at least {LIST_SIZE} entries, in whole bytes")
    return bytearray(size // 8)


def get_bit(bits: bytes | bytearray, index: int) -> bool:
    """Entry `index`: bit 0 is the most significant bit of byte 0."""
    _check_index(bits, index)
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def set_bit(bits: bytearray, index: int, value: bool) -> None:
    """Set or clear entry `index` in place."""
    _check_index(bits, index)
    mask = 0x80 >> (index % 8)
    if value:
        bits[index // 8] |= mask
    else:
        bits[index // 8] &= ~mask & 0xFF


def encode_list(bits: bytes | bytearray) -> str:
    """``encodedList``: GZIP, then base64url without padding, with the Multibase ``u`` header.

    The GZIP header's time is zero, so the same bits always encode to the same text.
    """
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode("ascii")


def decode_list(encoded: str, *, max_bytes: int = MAX_DECODED_BYTES) -> bytes:
    """The bits of an ``encodedList``; refuses anything that inflates beyond `max_bytes`."""
    if not isinstance(encoded, str) or not encoded.startswith("u"):
        raise StatusListError("encodedList must be Multibase base64url (it starts with 'u')")
    body = encoded[1:]
    if not _BASE64URL.match(body) or len(body) % 4 == 1:
        raise StatusListError("encodedList is not unpadded base64url")
    try:
        compressed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError) as error:
        raise StatusListError(f"encodedList is not base64url: {error}") from None
    # wbits 16 + MAX_WBITS: a GZIP wrapper only. Inflate in bounded steps so a "zip bomb" is
    # refused after max_bytes + 1 bytes, not after it has filled the memory.
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        bits = inflater.decompress(compressed, max_bytes + 1)
    except zlib.error as error:
        raise StatusListError(f"encodedList is not GZIP: {error}") from None
    if len(bits) > max_bytes or inflater.unconsumed_tail:
        raise StatusListError(f"encodedList inflates to more than {max_bytes} bytes")
    if not inflater.eof:
        raise StatusListError("encodedList is a truncated GZIP stream")
    if inflater.unused_data:
        raise StatusListError("encodedList has data after the GZIP stream")
    return bits


def status_of(encoded: str, index: int) -> bool:
    """Whether entry `index` is set, after the checks of the spec's validation algorithm.

    A list shorter than `LIST_SIZE` entries is refused (STATUS_LIST_LENGTH_ERROR), and so is an
    index outside the list (RANGE_ERROR).
    """
    bits = decode_list(encoded)
    if len(bits) * 8 < LIST_SIZE:
        raise StatusListError(f"the list has fewer than {LIST_SIZE} entries")
    return get_bit(bits, index)


def status_entry(list_url: str, index: int, purpose: str = "revocation") -> dict[str, Any]:
    """A ``credentialStatus`` value: a BitstringStatusListEntry (index as a base-10 string)."""
    _check_purpose(purpose)
    if isinstance(index, bool) or not isinstance(index, int) or index < 0:
        raise ValueError("statusListIndex is a non-negative integer")
    return {
        "type": "BitstringStatusListEntry",
        "statusPurpose": purpose,
        "statusListIndex": str(index),
        "statusListCredential": list_url,
    }


def status_list_credential(
    *,
    list_url: str,
    issuer: str | dict[str, Any],
    encoded_list: str,
    valid_from: datetime,
    purpose: str = "revocation",
) -> dict[str, Any]:
    """An unsigned BitstringStatusListCredential publishing `encoded_list` at `list_url`."""
    _check_purpose(purpose)
    return {
        "@context": [VC_V2],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer,
        "validFrom": xsd_datetime(valid_from),
        "credentialSubject": {
            "id": list_url + "#list",
            "type": "BitstringStatusList",
            "statusPurpose": purpose,
            "encodedList": encoded_list,
        },
    }


def _check_index(bits: bytes | bytearray, index: int) -> None:
    if isinstance(index, bool) or not isinstance(index, int):
        raise TypeError("a status list index is an int")
    if not 0 <= index < len(bits) * 8:
        raise IndexError(f"index {index} is outside the list (0-{len(bits) * 8 - 1})")


def _check_purpose(purpose: str) -> None:
    if purpose not in PURPOSES:
        raise ValueError(f"statusPurpose must be one of {sorted(PURPOSES)}")
