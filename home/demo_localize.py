"""Demo translations made through wagtail-localize, as a translator's would be.

The demo's ru and en texts come from data files (the curricula, the centres, the site pages). Made
with Wagtail's `copy_for_translation`, those pages were unknown to wagtail-localize: no
translation source, no string translations, so the Translations report, "Sync translated pages"
and the out-of-date warning did nothing for them. Here the source page gets its translation
source, the data's text for each of its segments is stored as that segment's string translation
(paired by the segment's place in the page: block ids are the same in every language), and the
translated page is made from them by wagtail-localize. A later change of the Kazakh text then shows
in the translation editor as one untranslated segment while the others keep their translation.
"""

from __future__ import annotations

import json
from collections import defaultdict

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def source_of(instance: models.Model) -> TranslationSource:
    """The translation source of a (source-language) page or snippet, made once and brought up
    to date when the object was published since (one extraction for all its languages)."""
    source, created = TranslationSource.get_or_create_from_instance(instance)
    published = getattr(instance, "last_published_at", None)
    if not created and published and published > source.last_updated_at:
        source, _ = TranslationSource.update_or_create_from_instance(instance)
    return source


def _align_ids(source: object, desired: object) -> None:
    """Give the desired stream's blocks (and list items) without an id the ids of the source's
    blocks in the same place, so that their segments pair up by path."""
    if isinstance(source, list) and isinstance(desired, list):
        known = {old.get("id") for old in source if isinstance(old, dict)}
        for old, new in zip(source, desired, strict=False):
            if isinstance(old, dict) and isinstance(new, dict):
                if "id" in old and old.get("type") == new.get("type") and new["id"] not in known:
                    new["id"] = old["id"]
                _align_ids(old.get("value", old), new.get("value", new))
    elif isinstance(source, dict) and isinstance(desired, dict):
        for key, value in desired.items():
            if key in source:
                _align_ids(source[key], value)


def _plain(value: object) -> object:
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def _wanted(instance: models.Model, fields: dict[str, object]):
    """The segments of the source object as it would read with `fields` in the other language."""
    desired = type(instance)._default_manager.get(pk=instance.pk)
    for name, value in fields.items():
        setattr(desired, name, value)
        field = desired._meta.get_field(name)
        if isinstance(field, StreamField):
            # Blocks given as (type, value) get fresh ids when saved: take the source's instead.
            raw = _plain(field.stream_block.get_prep_value(getattr(desired, name)))
            _align_ids(_plain(field.stream_block.get_prep_value(getattr(instance, name))), raw)
            setattr(desired, name, raw)
    strings: dict[str, list[str]] = defaultdict(list)
    overrides: dict[str, object] = {}
    for segment in extract_segments(desired):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
        elif isinstance(segment, OverridableSegmentValue):
            overrides[segment.path] = segment.data
    return strings, overrides


def store_translations(
    source: TranslationSource, instance: models.Model, locale: Locale, fields: dict[str, object]
) -> list[str]:
    """Store `fields`' text as the string translations of the source's segments in `locale`;
    returns the paths whose segments did not pair up (left to fall back to the source)."""
    strings, overrides = _wanted(instance, fields)
    by_path: dict[str, list[StringSegment]] = defaultdict(list)
    for segment in (
        StringSegment.objects.filter(source=source)
        .select_related("context", "string")
        .order_by("order")
    ):
        by_path[segment.context.path].append(segment)
    unpaired = []
    rows = []
    for path, segments in by_path.items():
        texts = strings.get(path, [])
        if len(texts) != len(segments):
            unpaired.append(path)
            continue
        rows.extend(
            StringTranslation(
                translation_of_id=segment.string_id,
                locale=locale,
                context_id=segment.context_id,
                data=text,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            for segment, text in zip(segments, texts, strict=True)
        )
    StringTranslation.objects.bulk_create(rows, ignore_conflicts=True)
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        wanted = overrides.get(segment.context.path)
        if wanted is not None and wanted != segment.data:
            SegmentOverride.objects.update_or_create(
                locale=locale, context=segment.context, defaults={"data_json": json.dumps(wanted)}
            )
    return unpaired


def translate(instance: models.Model, locale: Locale, fields: dict[str, object]) -> models.Model:
    """The translation of `instance` in `locale`, made by wagtail-localize from `fields`' text
    (a synced translation, listed in the Translations report) and published."""
    if isinstance(instance, Page):
        instance = instance.specific
    source = source_of(instance)
    store_translations(source, instance, locale, fields)
    Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    # Saved as a draft revision and published here: wagtail-localize would publish on commit,
    # after the rest of the demo (made in one transaction) has looked for the live page.
    drafts = isinstance(instance, DraftStateMixin)
    translated, _ = source.create_or_update_translation(locale, publish=not drafts, fallback=True)
    if drafts:
        translated.latest_revision.publish()
        translated = type(translated)._default_manager.get(pk=translated.pk)
    return translated
