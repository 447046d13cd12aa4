"""The kk and ru catalogues hold every project string, translated, none fuzzy."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("kk", "ru")
SKIP_DIRS = {".venv", ".git", "media", "staticfiles", ".bench", "node_modules", "tests"}


def _po(root: Path, language: str) -> polib.POFile:
    return polib.pofile(str(root / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """A copy of the project with catalogues freshly extracted by makemessages."""
    copy = tmp_path_factory.mktemp("catalogues") / "project"
    shutil.copytree(ROOT, copy, ignore=lambda d, names: [n for n in names if n in SKIP_DIRS])
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", *[f"-l{lang}" for lang in LANGUAGES]],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        timeout=300,
    )
    return copy


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_holds_every_string_of_the_code(extracted, language):
    committed = {(e.msgctxt, e.msgid) for e in _po(ROOT, language) if not e.obsolete}
    missing = [
        entry.msgid
        for entry in _po(extracted, language)
        if not entry.obsolete and (entry.msgctxt, entry.msgid) not in committed
    ]
    assert not missing, f"{language}: run `make makemessages` and translate: {missing[:20]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_empty_or_fuzzy_translation(language):
    catalogue = _po(ROOT, language)
    untranslated = [e.msgid for e in catalogue.untranslated_entries() if not e.obsolete]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    incomplete_plurals = [
        e.msgid for e in catalogue if e.msgid_plural and not all(e.msgstr_plural.values())
    ]
    assert not untranslated, f"{language}: untranslated {untranslated[:20]}"
    assert not fuzzy, f"{language}: fuzzy {fuzzy[:20]}"
    assert not incomplete_plurals, f"{language}: plural forms missing {incomplete_plurals[:20]}"
    assert len(catalogue) > 20
