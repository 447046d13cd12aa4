"""The shapes of the codes people type (access codes on slips, certificate codes) and how an
access code is kept: only its keyed hash.

One alphabet for both, one case, without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), so a code
read aloud, typed from paper or on a phone is not misread.
"""

import hashlib
import hmac
import math
import secrets

from . import iin as iin_rules

CODE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"

# The access code a partner types from their slip, e.g. "K7QM-4XPA-9RTDW": 13 characters from
# the alphabet above, printed in groups.
ACCESS_CODE_ALPHABET = CODE_ALPHABET
ACCESS_CODE_LENGTH = 13
ACCESS_CODE_GROUPS = (4, 4, 5)
# Codes issued before (secrets.token_urlsafe(24), 32 characters) work until they expire.
LEGACY_CODE_LENGTH = 32


def access_code_bits() -> float:
    """Entropy of a new code: 13 × log2(25) ≈ 60.4 bits. Twelve characters of this alphabet
    would give 55.7 and a 32-symbol alphabet needs look-alikes, hence 13 in groups of 4-4-5."""
    return ACCESS_CODE_LENGTH * math.log2(len(ACCESS_CODE_ALPHABET))


def new_access_code() -> str:
    """A random code in its printed form (groups joined by dashes)."""
    code = "".join(secrets.choice(ACCESS_CODE_ALPHABET) for _ in range(ACCESS_CODE_LENGTH))
    return format_access_code(code)


def normalise_access_code(raw: str) -> str:
    """Upper case without dashes or spaces: "k7qm 4xpa-9rtdw" is K7QM4XPA9RTDW."""
    return "".join(ch for ch in (raw or "")[:200].upper() if ch.isalnum())


def format_access_code(code: str) -> str:
    parts, start = [], 0
    for size in ACCESS_CODE_GROUPS:
        parts.append(code[start : start + size])
        start += size
    return "-".join(part for part in parts if part)


def is_access_code(normalised: str) -> bool:
    """The shape of a new code (letters of its alphabet, its length), not whether it exists."""
    return len(normalised) == ACCESS_CODE_LENGTH and all(
        ch in ACCESS_CODE_ALPHABET for ch in normalised
    )


def _code_key() -> bytes:
    # Keyed like IINs (IIN_HASH_KEY, so SECRET_KEY can rotate), with a key of its own.
    return hashlib.sha256(b"otbasy.registry_offices.access-code:" + iin_rules.hash_key()).digest()


def hash_access_code(code: str) -> str:
    """The stored form of a code. A new (short) code is hashed with a secret key: 60 bits are
    too few to leave to a plain SHA-256 in a stolen database copy. An old 32-character code keeps
    its plain SHA-256 (192 random bits, nothing to brute-force), so it works until it expires."""
    normalised = normalise_access_code(code)
    if is_access_code(normalised):
        return hmac.new(_code_key(), normalised.encode(), hashlib.sha256).hexdigest()
    return hashlib.sha256(code.strip().encode()).hexdigest()


def candidate_hashes(code: str) -> list[str]:
    """The hashes a typed code may be stored under: the new shape's keyed hash, or (for a code
    of the old length) the legacy SHA-256 of exactly what was typed."""
    hashes = [hash_access_code(code)]
    legacy = hashlib.sha256(code.strip().encode()).hexdigest()
    if len(code.strip()) == LEGACY_CODE_LENGTH and legacy not in hashes:
        hashes.append(legacy)
    return hashes
