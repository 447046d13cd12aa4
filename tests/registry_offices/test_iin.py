"""IIN rules: 12 digits, birth date and century digit, check digit with the second weights."""

import datetime
import itertools

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from registry_offices import iin


def _first_eleven_where(first_is_ten: bool, second_is_ten: bool) -> str:
    """Search 11-digit prefixes (born 1 Jan 1990, a man) for one with the wanted sums."""
    for serial in itertools.count():
        prefix = f"9001013{serial:04d}"
        digits = [int(c) for c in prefix]
        first = sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11
        second = (
            sum(d * w for d, w in zip(digits, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True))
            % 11
        )
        if (first == 10) == first_is_ten and (second == 10) == second_is_ten:
            return prefix
    raise AssertionError


def test_a_valid_iin_passes_and_keeps_its_digits():
    number = iin.make_iin(datetime.date(1995, 5, 17), female=True, serial=42)
    assert number[:7] == "9505174"
    assert iin.validate_iin(number, datetime.date(1995, 5, 17)) == number
    assert iin.validate_iin(f"{number[:6]} {number[6:]}") == number  # spaces are fine


def test_second_weights_are_used_when_the_first_sum_is_ten():
    prefix = _first_eleven_where(first_is_ten=True, second_is_ten=False)
    digit = iin.check_digit(prefix)
    digits = [int(c) for c in prefix]
    assert (
        digit
        == sum(d * w for d, w in zip(digits, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
    )
    assert iin.validate_iin(f"{prefix}{digit}")


def test_a_number_whose_second_sum_is_ten_again_is_never_valid():
    prefix = _first_eleven_where(first_is_ten=True, second_is_ten=True)
    assert iin.check_digit(prefix) is None
    for last in range(10):
        with pytest.raises(ValidationError) as error:
            iin.validate_iin(f"{prefix}{last}")
        assert error.value.code == "iin_checksum"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("12345", "iin_length"),
        ("1234567890123", "iin_length"),
        ("95051740004a", "iin_length"),
        ("９５０５１７４０００４２", "iin_length"),  # full-width digits are not ASCII digits
        ("951317400042", "iin_date"),  # month 13
        ("950517900042", "iin_date"),  # century digit 9
    ],
)
def test_malformed_numbers_are_refused_with_a_reason(value, code):
    with pytest.raises(ValidationError) as error:
        iin.validate_iin(value)
    assert error.value.code == code


def test_a_wrong_check_digit_is_refused():
    number = iin.make_iin(datetime.date(1995, 5, 17), female=False, serial=7)
    wrong = number[:11] + str((int(number[11]) + 1) % 10)
    with pytest.raises(ValidationError) as error:
        iin.validate_iin(wrong)
    assert error.value.code == "iin_checksum"


def test_the_birth_date_must_agree():
    number = iin.make_iin(datetime.date(2001, 2, 3), female=True, serial=3)
    assert number[6] == "6"  # a woman born in the 2000s
    with pytest.raises(ValidationError) as error:
        iin.validate_iin(number, datetime.date(2001, 2, 4))
    assert error.value.code == "iin_date_mismatch"


def test_the_hash_is_keyed_and_stable():
    number = iin.make_iin(datetime.date(1990, 1, 1), female=False, serial=1)
    first = iin.iin_hash(number)
    assert first == iin.iin_hash(number)
    assert number not in first and len(first) == 64
    with override_settings(IIN_HASH_KEY="a-dedicated-key"):
        assert iin.iin_hash(number) != first
    with override_settings(SECRET_KEY="another-secret"):
        assert iin.iin_hash(number) != first
