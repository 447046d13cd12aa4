#!/usr/bin/env python
"""The Kazakh catalogue of Wagtail's admin: regenerate its list of messages from the installed
Wagtail, merge translations into it, and report its coverage.

    python scripts/wagtail_messages.py                  # sync with the installed Wagtail, report
    python scripts/wagtail_messages.py --import a.json  # also take translations from a JSON file

Wagtail ships no `kk` catalogue, so the project keeps one in `locale/wagtail/kk/LC_MESSAGES/`
(`django.po` and `djangojs.po`; a second entry of LOCALE_PATHS, after the project's own
catalogue). Syncing adds every message of the apps below that the installed Wagtail has and the
catalogue lacks (untranslated, so the catalogue test fails until someone translates it), and marks
messages Wagtail no longer has obsolete: after an upgrade, the diff shows what is new.

The JSON import takes a list of {"domain", "msgid", "context"?, "msgid_plural"?, "kk" | "kk_plural"}.
"""

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "locale" / "wagtail" / "kk" / "LC_MESSAGES"
DOMAINS = ("django", "djangojs")
# The installed apps whose messages reach the admin (INSTALLED_APPS in config/settings/base/apps.py).
APPS = (
    "wagtail/admin",
    "wagtail",
    "wagtail/contrib/forms",
    "wagtail/contrib/redirects",
    "wagtail/contrib/settings",
    "wagtail/documents",
    "wagtail/embeds",
    "wagtail/images",
    "wagtail/search",
    "wagtail/sites",
    "wagtail/snippets",
    "wagtail/users",
    "wagtail_localize",
    "wagtail_localize/locales",
    # Django's own messages that surface in the admin (form validation, login, passwords): its
    # kk catalogue is partial; what it has is taken as it is.
    "django/conf",
    "django/contrib/auth",
)
HEADER = {
    "Project-Id-Version": "Otbasy Academy: Wagtail admin in Kazakh",
    "Language": "kk",
    "Language-Team": "Otbasy Academy (kk)",
    "Last-Translator": "Otbasy Academy editors",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    # Kazakh nouns stay singular after a numeral; two forms keep gettext's n != 1 convention.
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}


def site_packages() -> Path:
    import wagtail

    return Path(wagtail.__file__).resolve().parent.parent


def source_entries(domain: str) -> list[polib.POEntry]:
    """Wagtail's English messages of `domain` for the apps above, first occurrence wins."""
    seen: dict[tuple[str, str], polib.POEntry] = {}
    for app in APPS:
        path = site_packages() / app / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if not path.exists():
            continue
        for entry in polib.pofile(str(path)):
            key = (entry.msgctxt or "", entry.msgid)
            if entry.obsolete or not entry.msgid or key in seen:
                continue
            seen[key] = polib.POEntry(
                msgid=entry.msgid,
                msgctxt=entry.msgctxt,
                msgid_plural=entry.msgid_plural,
                msgstr="" if not entry.msgid_plural else "",
                msgstr_plural={0: "", 1: ""} if entry.msgid_plural else {},
                occurrences=[(f"{app}", "")],
                flags=[flag for flag in entry.flags if flag != "fuzzy"],
            )
    return list(seen.values())


def shipped_translations(domain: str) -> dict[tuple[str, str], polib.POEntry]:
    """The kk translations the installed packages already ship (Django's partial catalogue)."""
    found = {}
    for app in APPS:
        path = site_packages() / app / "locale" / "kk" / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            for entry in polib.pofile(str(path)):
                if entry.translated() and not entry.obsolete:
                    found.setdefault((entry.msgctxt or "", entry.msgid), entry)
    return found


def load(domain: str) -> polib.POFile:
    path = CATALOGUE / f"{domain}.po"
    if path.exists():
        return polib.pofile(str(path), wrapwidth=100)
    catalogue = polib.POFile(wrapwidth=100)
    catalogue.metadata = dict(HEADER)
    return catalogue


def sync(domain: str, translations: dict) -> polib.POFile:
    """The catalogue with exactly the installed Wagtail's messages, translations kept or added."""
    old = {(e.msgctxt or "", e.msgid): e for e in load(domain) if not e.obsolete and e.translated()}
    shipped = shipped_translations(domain)
    catalogue = polib.POFile(wrapwidth=100)
    catalogue.metadata = {
        **HEADER,
        "PO-Revision-Date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M+0000"),
    }
    for entry in source_entries(domain):
        key = (entry.msgctxt or "", entry.msgid)
        previous = old.get(key) or shipped.get(key)
        if previous is not None:
            entry.msgstr, entry.msgstr_plural = previous.msgstr, dict(previous.msgstr_plural)
        new = translations.get((domain, *key))
        if new is not None:
            if entry.msgid_plural:
                entry.msgstr_plural = {0: new[0], 1: new[1]}
            else:
                entry.msgstr = new
        catalogue.append(entry)
    return catalogue


def read_json(paths: list[str]) -> dict:
    found = {}
    for path in paths:
        for item in json.loads(Path(path).read_text(encoding="utf-8")):
            key = (item["domain"], item.get("context") or "", item["msgid"])
            value = item.get("kk_plural") if item.get("msgid_plural") else item.get("kk")
            if value:
                found[key] = value
    return found


def coverage(catalogue: polib.POFile) -> tuple[int, int]:
    done = sum(
        1
        for e in catalogue
        if not e.obsolete
        and "fuzzy" not in e.flags
        and (all(e.msgstr_plural.values()) if e.msgid_plural else e.msgstr)
    )
    return done, len([e for e in catalogue if not e.obsolete])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--import", dest="imports", nargs="*", default=[], metavar="JSON")
    args = parser.parse_args()
    translations = read_json(args.imports)
    CATALOGUE.mkdir(parents=True, exist_ok=True)
    for domain in DOMAINS:
        catalogue = sync(domain, translations)
        catalogue.save(str(CATALOGUE / f"{domain}.po"))
        done, total = coverage(catalogue)
        print(f"kk {domain}: {done}/{total} translated ({100 * done / max(total, 1):.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
