"""The shapes of the codes people type: access codes (slips) and certificate codes.

One alphabet for both, one case, without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), so a code
read aloud, typed from paper or on a phone is not misread.
"""

import math
import secrets

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
