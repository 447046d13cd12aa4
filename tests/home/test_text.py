"""The one free-text rule (home/text.py): C0/C1 controls and direction overrides are refused with
a translated message; the joiners and selectors of real names and emoji are kept; exports strip
what older rows hold."""

import pytest
from django import forms
from django.utils import translation

from home.spreadsheets import spreadsheet_cell
from home.text import (
    RefuseControlCharactersMixin,
    has_control_characters,
    strip_control_characters,
)

EMOJI_FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man ZWJ woman ZWJ girl
SCOTLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"  # tag sequence


class Sample(RefuseControlCharactersMixin, forms.Form):
    name = forms.CharField()
    message = forms.CharField(widget=forms.Textarea, required=False)


@pytest.mark.parametrize(
    "text",
    [
        "AB\x01\x02\x1bCD",
        "Ерлан\x00",
        "Ерлан\nЖақсыбеков",
        "Ерлан\tЖақсыбеков",
        "C1\x85next line",
        "C1\x9bCSI",
        "line\u2028separator",
        *(
            f"Ерлан{ch}Жақсыбеков"
            for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        ),
    ],
)
def test_controls_and_direction_overrides_are_refused(text):
    assert has_control_characters(text)
    form = Sample({"name": text})
    assert not form.is_valid()
    assert "control_characters" in [e.code for e in form.errors.as_data()["name"]]


@pytest.mark.parametrize(
    "text",
    [
        f"Айгерім {EMOJI_FAMILY}",
        "\u2764\ufe0f Әсел",  # heart with variation selector 16
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # a Persian word with a ZWNJ
        "\u0915\u094d\u200d\u0937",  # Devanagari with a ZWJ
        f"Шотландия {SCOTLAND}",
        "Нұрлан Сейітқали-Ұлы",
        "O\u2019Brien \u200eLTR mark",
    ],
)
def test_joiners_selectors_and_marks_of_real_names_pass(text):
    assert not has_control_characters(text)
    form = Sample({"name": text})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["name"] == text


def test_a_message_keeps_line_breaks_and_tabs_but_not_other_controls():
    assert Sample({"name": "Әсел", "message": "Сәлем!\r\n\tКеңес керек."}).is_valid()
    refused = Sample({"name": "Әсел", "message": "Сәлем\u202e!"})
    assert not refused.is_valid() and "message" in refused.errors


@pytest.mark.parametrize(
    ("language", "text"),
    [("kk", "көрінбейтін басқару таңбалары"), ("ru", "невидимые управляющие символы")],
)
def test_the_refusal_is_translated(language, text):
    with translation.override(language):
        form = Sample({"name": "AB\x01CD"})
        assert text in form.errors["name"][0]


def test_exports_strip_what_older_rows_hold():
    assert strip_control_characters("AB\x01\x02\x1bCD") == "ABCD"
    assert strip_control_characters(f"x\u202ey{EMOJI_FAMILY}") == f"xy{EMOJI_FAMILY}"
    assert spreadsheet_cell("AB\x01\x02\x1bCD") == "ABCD"
    # A control character hiding a formula does not smuggle it past the apostrophe.
    assert spreadsheet_cell("\x01=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert spreadsheet_cell(12) == 12


@pytest.mark.parametrize("multiline", [True, False])
def test_the_fast_pattern_refuses_exactly_the_rule_for_every_code_point(multiline):
    """Exports check a million cells with one regular expression; it must say what the
    per-character rule says for every character Unicode has."""
    from home.text import REFUSED_PATTERNS, _refused

    pattern = REFUSED_PATTERNS[multiline]
    differ = [
        hex(point)
        for point in range(0x110000)
        if (pattern.match(chr(point)) is not None) != _refused(chr(point), multiline)
    ]
    assert differ == []
