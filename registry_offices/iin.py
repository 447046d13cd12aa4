"""Kazakhstan's individual identification number (ЖСН / ИИН): validation and keyed hashing.

python-stdnum has no Kazakhstan module, so the rules live here: 12 digits, YYMMDD of the birth date,
a digit for the century and sex, a serial, and a check digit. The number itself is never stored:
only a keyed hash (to find an application by IIN) and its last four digits (to show the clerk).
"""

import datetime
import hashlib
import hmac
import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

WEIGHTS_FIRST = tuple(range(1, 12))
WEIGHTS_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# The seventh digit: 1/2 born in the 1800s, 3/4 in the 1900s, 5/6 in the 2000s (odd men, even women).
CENTURY_BY_DIGIT = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


def check_digit(first_eleven: str) -> int | None:
    """The check digit for the first 11 digits, or None when no valid check digit exists."""
    digits = [int(c) for c in first_eleven]
    total = sum(d * w for d, w in zip(digits, WEIGHTS_FIRST, strict=True)) % 11
    if total == 10:
        total = sum(d * w for d, w in zip(digits, WEIGHTS_SECOND, strict=True)) % 11
        if total == 10:
            return None
    return total


def birth_date(iin: str) -> datetime.date | None:
    """The date of birth an IIN encodes, or None if its date or century digit is impossible."""
    century = CENTURY_BY_DIGIT.get(int(iin[6]))
    if century is None:
        return None
    try:
        return datetime.date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return None


def normalise(value: str) -> str:
    """Spaces and dashes people type between groups of digits are dropped."""
    return "".join(ch for ch in value if ch not in " -\u00a0")


def validate_iin(value: str, date_of_birth: datetime.date | None = None) -> str:
    """Return the normalised IIN or raise ValidationError with a message the clerk can act on."""
    iin = normalise(value)
    if len(iin) != 12 or not iin.isascii() or not iin.isdigit():
        raise ValidationError(_("An IIN has exactly 12 digits."), code="iin_length")
    born = birth_date(iin)
    if born is None:
        raise ValidationError(
            _("The first seven digits of this IIN are not a valid date of birth."),
            code="iin_date",
        )
    expected = check_digit(iin[:11])
    if expected is None or expected != int(iin[11]):
        raise ValidationError(
            _("This IIN's check digit is wrong: please check the number for a typo."),
            code="iin_checksum",
        )
    if date_of_birth is not None and born != date_of_birth:
        raise ValidationError(
            _("The IIN does not match the date of birth."), code="iin_date_mismatch"
        )
    return iin


def hash_key() -> bytes:
    """IIN_HASH_KEY (setting or environment variable) if set, so SECRET_KEY can rotate without
    losing look-ups; otherwise a key derived from SECRET_KEY."""
    dedicated = getattr(settings, "IIN_HASH_KEY", "") or os.environ.get("IIN_HASH_KEY", "")
    if dedicated:
        return dedicated.encode()
    return hashlib.sha256(b"otbasy.registry_offices.iin:" + settings.SECRET_KEY.encode()).digest()


def iin_hash(iin: str) -> str:
    """A keyed HMAC-SHA256 of the normalised IIN: the same IIN always finds the same rows."""
    return hmac.new(hash_key(), normalise(iin).encode(), hashlib.sha256).hexdigest()


def make_iin(date_of_birth: datetime.date, female: bool, serial: int) -> str:
    """A valid IIN for a birth date (for demo data and tests); tries serials until one has a check digit."""
    century_digit = {1800: 1, 1900: 3, 2000: 5}[date_of_birth.year // 100 * 100] + int(female)
    for offset in range(100):
        first = f"{date_of_birth:%y%m%d}{century_digit}{(serial + offset) % 10000:04d}"
        digit = check_digit(first)
        if digit is not None:
            return f"{first}{digit}"
    raise ValueError("no valid serial found")  # unreachable: most serials have a check digit
