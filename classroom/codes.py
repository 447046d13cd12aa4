"""Join codes: six characters from the alphabet of the slips' access codes (no look-alikes).

25^6 ≈ 244 million codes while a session lives for at most a day, and joining is rate limited
per client and per code, so guessing an open class is hopeless; a code is short enough to read
off a projector and type on a phone.
"""

import secrets

from registry_offices.codes import CODE_ALPHABET

JOIN_CODE_LENGTH = 6


def new_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalise_join_code(raw: str) -> str:
    """Upper case without spaces or dashes: "k7q m4x" is K7QM4X."""
    return "".join(ch for ch in (raw or "")[:50].upper() if ch.isalnum())


def is_join_code(normalised: str) -> bool:
    return len(normalised) == JOIN_CODE_LENGTH and all(ch in CODE_ALPHABET for ch in normalised)
