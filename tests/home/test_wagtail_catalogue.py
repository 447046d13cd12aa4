"""Wagtail's admin in Kazakh: the project's catalogue of Wagtail's messages is complete and sound."""

import importlib.util
import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "wagtail_messages", ROOT / "scripts/wagtail_messages.py"
)
wagtail_messages = importlib.util.module_from_spec(spec)
spec.loader.exec_module(wagtail_messages)

PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif]|\{[^{}\s]*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _catalogue(domain: str) -> polib.POFile:
    return polib.pofile(str(wagtail_messages.CATALOGUE / f"{domain}.po"))


def _shape(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text)) + sorted(TAG.findall(text))


@pytest.mark.parametrize("domain", wagtail_messages.DOMAINS)
def test_the_catalogue_has_every_message_of_the_installed_wagtail(domain):
    ours = {(e.msgctxt or "", e.msgid) for e in _catalogue(domain) if not e.obsolete}
    theirs = {(e.msgctxt or "", e.msgid) for e in wagtail_messages.source_entries(domain)}
    assert not theirs - ours, (
        f"run scripts/wagtail_messages.py and translate: {sorted(theirs - ours)[:10]}"
    )


@pytest.mark.parametrize("domain", wagtail_messages.DOMAINS)
def test_every_wagtail_message_is_translated_with_its_placeholders(domain, capsys):
    catalogue = _catalogue(domain)
    done, total = wagtail_messages.coverage(catalogue)
    with capsys.disabled():
        print(f"\nWagtail admin in kk ({domain}): {done}/{total} ({100 * done / total:.1f} %)")
    broken = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            pairs = [(entry.msgid_plural, text) for text in entry.msgstr_plural.values()]
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        for source, text in pairs:
            if _shape(text) != _shape(source) and _shape(text) != _shape(entry.msgid):
                broken.append(entry.msgid)
    assert done == total, f"{total - done} of {total} Wagtail messages are not translated"
    assert not broken, f"placeholders or tags differ from the English: {broken[:10]}"
    assert not catalogue.fuzzy_entries()
    assert catalogue.metadata["Plural-Forms"].startswith("nplurals=2")
