"""Free text typed by people: the one rule for what it may hold, and what exports strip.

Refused: C0 and C1 control characters (NUL, ESC, line breaks in one-line fields...), the line and
paragraph separators, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
U+2066–U+2069) that make a spreadsheet cell or a log line read backwards. Allowed: everything real
names and nicknames use, the zero-width joiner and non-joiner (emoji ZWJ sequences, Persian and
Indic names), variation selectors, emoji tags, and the left-to-right and right-to-left marks.
A multi-line field (a message) also keeps line breaks and tabs.

Every form field of the project that takes free text uses `refuse_control_characters` (or the
form mixin below), and every export cell goes through `strip_control_characters`
(home/spreadsheets.py), so rows saved before this rule cannot break an export either.
"""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
LINE_BREAKS = frozenset("\n\r\t")

CONTROL_CHARACTERS_MESSAGE = _(
    "This text contains invisible control characters (such as line breaks, tabs or "
    "text-direction marks) that cannot be saved. Type it again without them."
)


def _refused(ch: str, multiline: bool) -> bool:
    if multiline and ch in LINE_BREAKS:
        return False
    return ch in BIDI_CONTROLS or unicodedata.category(ch) in REFUSED_CATEGORIES


# The same rule as one character class, for exports that check a million cells: Cc is exactly
# U+0000–U+001F and U+007F–U+009F, Cs the surrogates, Zl and Zp one character each (fixed by
# Unicode's stability policy; tests/home/test_text.py checks every code point against _refused).
_ALWAYS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069"
REFUSED_PATTERNS = {
    True: re.compile(f"[{_ALWAYS}]"),
    False: re.compile(f"[{_ALWAYS}\t\n\r]"),
}


def has_control_characters(text: str, *, multiline: bool = False) -> bool:
    """Whether the text holds a character no free-text field accepts (see the module's note)."""
    return REFUSED_PATTERNS[multiline].search(text) is not None


def strip_control_characters(text: str, *, multiline: bool = True) -> str:
    """The text without those characters: what an export writes for rows saved before the rule
    (openpyxl refuses C0 controls in a cell; a bidi override turns a CSV row around)."""
    return REFUSED_PATTERNS[multiline].sub("", text)


@deconstructible
class ControlCharacterValidator:
    """A field validator refusing control characters with a translated message."""

    code = "control_characters"

    def __init__(self, multiline: bool = False) -> None:
        self.multiline = multiline

    def __call__(self, value: object) -> None:
        if isinstance(value, str) and has_control_characters(value, multiline=self.multiline):
            raise ValidationError(CONTROL_CHARACTERS_MESSAGE, code=self.code)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ControlCharacterValidator) and other.multiline == self.multiline


def refuse_control_characters(form: forms.BaseForm) -> None:
    """Give every text field of the form the validator: one line for inputs, several (line
    breaks and tabs allowed) for text areas. Hidden and password fields are left alone."""
    for field in form.fields.values():
        if not isinstance(field, forms.CharField):
            continue
        widget = field.widget
        if isinstance(widget, forms.PasswordInput | forms.HiddenInput):
            continue
        validator = ControlCharacterValidator(multiline=isinstance(widget, forms.Textarea))
        if validator not in field.validators:
            field.validators.append(validator)


class RefuseControlCharactersMixin:
    """A form whose text fields refuse control characters (see `refuse_control_characters`)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        refuse_control_characters(self)
