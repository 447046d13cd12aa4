"""Phone numbers as people type them (Kazakh numbers with or without +7): read, checked with a
message a clerk can act on, and stored in E.164. Used by the application form and by the notices
that send SMS, so neither imports the other."""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PHONE_REGION = "KZ"
PHONE_EXAMPLE = "+7 701 234 56 78"
# Why phonenumbers refused a number, said the way a clerk can act on it.
PARSE_REASONS = {
    phonenumbers.NumberParseException.NOT_A_NUMBER: _(
        "This is not a phone number: type digits (spaces, brackets, dashes and a leading + are "
        "fine), for example %(example)s."
    ),
    phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: _(
        "The country code is not known: start with +7 for Kazakhstan, for example %(example)s."
    ),
    phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: _(
        "The number is too short, for example %(example)s."
    ),
    phonenumbers.NumberParseException.TOO_SHORT_NSN: _(
        "The number is too short, for example %(example)s."
    ),
    phonenumbers.NumberParseException.TOO_LONG: _(
        "The number is too long, for example %(example)s."
    ),
}
LENGTH_REASONS = {
    phonenumbers.ValidationResult.TOO_SHORT: PARSE_REASONS[
        phonenumbers.NumberParseException.TOO_SHORT_NSN
    ],
    phonenumbers.ValidationResult.TOO_LONG: PARSE_REASONS[
        phonenumbers.NumberParseException.TOO_LONG
    ],
    phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: PARSE_REASONS[
        phonenumbers.NumberParseException.INVALID_COUNTRY_CODE
    ],
}
WRONG_LENGTH = _("The number has the wrong number of digits, for example %(example)s.")
NOT_ASSIGNED = _(
    "No phone number starts like this: check the operator or city code, for example %(example)s."
)
NOT_MOBILE = _("SMS can only go to a mobile number, for example %(example)s.")


def invalid_phone(message) -> ValidationError:
    return ValidationError(message, code="invalid_phone", params={"example": PHONE_EXAMPLE})


def parse_phone(raw: str) -> phonenumbers.PhoneNumber:
    """The number as phonenumbers reads it (Kazakh numbers may be typed without +7), or a
    ValidationError that says why it is not one."""
    try:
        number = phonenumbers.parse(raw, PHONE_REGION)
    except phonenumbers.NumberParseException as error:
        reason = PARSE_REASONS.get(error.error_type, PARSE_REASONS[error.NOT_A_NUMBER])
        raise invalid_phone(reason) from None
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible == phonenumbers.ValidationResult.INVALID_LENGTH:
        possible = _length_reason(number)
    if possible != phonenumbers.ValidationResult.IS_POSSIBLE:
        raise invalid_phone(LENGTH_REASONS.get(possible, WRONG_LENGTH))
    if not phonenumbers.is_valid_number(number):
        raise invalid_phone(NOT_ASSIGNED)
    return number


def _length_reason(number: phonenumbers.PhoneNumber) -> int:
    """Too short or too long for the country's numbers (phonenumbers says only "invalid length"
    when the length falls between two possible ones)."""
    region = phonenumbers.region_code_for_number(
        number
    ) or phonenumbers.region_code_for_country_code(number.country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    # The lengths of ordinary (mobile and landline) numbers: special services stretch the
    # general range (Kazakhstan's reaches 14 digits, where a person's number has 10).
    lengths = ()
    if metadata is not None:
        lengths = (metadata.mobile.possible_length or ()) + (
            metadata.fixed_line.possible_length or ()
        )
    digits = len(phonenumbers.national_significant_number(number))
    if lengths and digits > max(lengths):
        return phonenumbers.ValidationResult.TOO_LONG
    if lengths and digits < min(lengths):
        return phonenumbers.ValidationResult.TOO_SHORT
    return phonenumbers.ValidationResult.INVALID_LENGTH


def normalise_phone(raw: str) -> str:
    """A phone number in E.164 (+77001234567)."""
    return phonenumbers.format_number(parse_phone(raw), phonenumbers.PhoneNumberFormat.E164)


def can_take_sms(e164: str) -> bool:
    """A mobile number (or one the numbering plan cannot tell from a landline)."""
    kind = phonenumbers.number_type(phonenumbers.parse(e164, PHONE_REGION))
    return kind in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
