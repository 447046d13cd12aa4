"""The demo's ru and en pages are wagtail-localize translations of the Kazakh ones
(home/demo_localize.py): a change to a Kazakh paragraph shows up in the Translations report,
"Sync translated pages" brings it to the translation as the one segment left to translate, and
every other segment keeps its translation."""

import json
import re
from html import unescape

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation

from courses.curricula import read_courses
from courses.models import LessonPage
from home.demo import ensure_user

pytestmark = pytest.mark.django_db

COURSE = read_courses()[0]
LESSON = COURSE["lessons"][0]
CHANGED = "<p>Жаңа мәтін: жұптар бір-бірін тыңдауды үйренеді.</p>"


@pytest.fixture
def demo(demo_content):
    """The demo, loaded once for the tests that read it (tests/shared_data.py)."""


def _lesson(lang: str) -> LessonPage:
    return LessonPage.objects.get(slug=LESSON["slug"], locale__language_code=lang)


def _untranslated(translation: Translation) -> list[str]:
    return list(
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .values_list("string__data", flat=True)
    )


def test_every_demo_translation_is_a_synced_wagtail_localize_translation(demo):
    translated = Page.objects.exclude(locale__language_code="kk").exclude(depth=1)
    translations = Translation.objects.filter(enabled=True).select_related("target_locale")
    by_key = {(str(t.source.object_id), t.target_locale.language_code): t for t in translations}
    for page in translated.select_related("locale"):
        translation = by_key[(str(page.translation_key), page.locale.language_code)]
        # Every segment carries the data file's text: nothing falls back to Kazakh.
        assert _untranslated(translation) == [], page.url_path


def test_a_changed_kazakh_paragraph_is_marked_for_translation_after_sync(
    demo, client, django_capture_on_commit_callbacks
):
    kk, ru = _lesson("kk"), _lesson("ru")
    ru_locale = Locale.objects.get(language_code="ru")
    translation = Translation.objects.get(
        source__object_id=kk.translation_key, target_locale=ru_locale
    )
    ru_before = ru.body.raw_data
    first_paragraph = next(i for i, b in enumerate(kk.body.raw_data) if b["type"] == "paragraph")
    old_kk_text = kk.body.raw_data[first_paragraph]["value"]
    blocks = list(kk.body.raw_data)
    blocks[first_paragraph] = {**blocks[first_paragraph], "value": CHANGED}
    kk.body = blocks
    kk.save_revision().publish()

    admin = ensure_user("boss", "admin", superuser=True)[0]
    client.force_login(admin)
    edit_url = f"/admin/pages/{ru.pk}/edit/"
    report = "/admin/localize/reports/translations/results/?out_of_date=true"
    assert f'href="{edit_url}"' in client.get(report).content.decode()
    # "Sync translated pages", as the source's Actions menu or the translator's warning offers.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/localize/update/{translation.source_id}/", {"publish_translations": "on"}
        )
    assert response.status_code == 302
    assert f'href="{edit_url}"' not in client.get(report).content.decode()

    # The changed paragraph is the one segment without a translation; the others kept theirs.
    assert _untranslated(translation) == ["Жаңа мәтін: жұптар бір-бірін тыңдауды үйренеді."]
    assert old_kk_text not in json.dumps(
        list(StringSegment.objects.filter(source=translation.source).values_list("string__data"))
    )
    ru = _lesson("ru")
    after = {block["id"]: block for block in ru.body.raw_data}
    for block in ru_before:
        if block["id"] == kk.body.raw_data[first_paragraph]["id"]:
            assert after[block["id"]]["value"] == CHANGED  # Kazakh until it is translated
        else:
            assert after[block["id"]]["value"] == block["value"], block["type"]
    assert ru.title == LESSON["title"]["ru"]

    # The translation editor offers that segment to translate, the others already translated.
    html = client.get(edit_url).content.decode()
    props = json.loads(unescape(re.search(r'data-props="([^"]*)"', html).group(1)))
    strings = [s for s in props["segments"] if s["type"] == "string"]
    translated_ids = {t["segment_id"] for t in props["initialStringTranslations"]}
    untranslated = [s["source"] for s in strings if s["id"] not in translated_ids]
    assert untranslated == ["Жаңа мәтін: жұптар бір-бірін тыңдауды үйренеді."]
