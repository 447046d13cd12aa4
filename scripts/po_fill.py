#!/usr/bin/env python
"""Fill the kk and ru catalogues from a JSON file of translations, and fix their headers.

    python scripts/po_fill.py translations.json

The JSON maps each msgid to {"kk": "...", "ru": "..."}; a plural entry maps to lists
({"kk": [one, other], "ru": [one, few, many]}). An entry with "context" is {"context": ..., ...}
keyed as "context\x04msgid". Entries that the JSON does not name are left as they are.
"""

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
HEADERS = {
    "kk": "nplurals=2; plural=(n!=1);",
    "ru": (
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<10 || n%100>=20) ? 1 : 2);"
    ),
}


def fill(language: str, translations: dict) -> int:
    path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(path))
    catalogue.metadata_is_fuzzy = False
    catalogue.metadata.update(
        {
            "Project-Id-Version": "Otbasy Academy",
            "Language": language,
            "Plural-Forms": HEADERS[language],
            "Language-Team": f"Otbasy Academy ({language})",
            "Last-Translator": "Otbasy Academy team",
            "PO-Revision-Date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M+0000"),
        }
    )
    changed = 0
    for entry in catalogue:
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        value = translations.get(key, {}).get(language)
        if value is None:
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = dict(enumerate(value))
        else:
            entry.msgstr = value
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        changed += 1
    catalogue.save(str(path))
    return changed


if __name__ == "__main__":
    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for lang in HEADERS:
        print(lang, fill(lang, data), "entries filled")
