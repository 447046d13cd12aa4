"""Translations go through the moderation workflow (home/translation_workflow.py) and take their
slug from their own title (home/slugs.py)."""

import json
import re

import pytest
from django.contrib.messages import get_messages
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from courses.models import CourseIndexPage, LessonPage
from home.demo import ensure_user

from .sample import SAMPLE_COURSES

pytestmark = pytest.mark.django_db


@pytest.fixture
def ru_draft(catalogue, client, django_capture_on_commit_callbacks):
    """An editor's kk lesson (slug made from its title) sent for translation into ru."""
    from courses.demo import ensure_course

    index = CourseIndexPage.objects.get(locale__language_code="kk")
    course = ensure_course(index, {**SAMPLE_COURSES[0], "slug": "to-translate", "lessons": []})
    lesson = course.add_child(
        instance=LessonPage(
            title="Гүл өсіру",
            summary="Бір-бірін тыңдау.",
            body=[("paragraph", "<p>Жұптар жиі тыңдамайды.</p>")],
        )
    )
    lesson.save_revision().publish()
    assert lesson.slug == "gul-osiru"
    admin = ensure_user("boss", "admin", superuser=True)[0]
    client.force_login(admin)
    ru = Locale.objects.get(language_code="ru")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/localize/submit/page/{course.pk}/",
            {"locales": [ru.pk], "include_subtree": "on"},
        )
    client.logout()
    ru_lesson = lesson.get_translation(ru).specific
    return Translation.objects.get(
        source__object_id=lesson.translation_key, target_locale=ru
    ), ru_lesson


def _translate(translation: Translation, texts: dict[str, str]) -> None:
    """What the translator types in the editor, by source text."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": texts.get(segment.string.data, "RU " + segment.string.data)},
        )


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_an_editors_translation_is_submitted_and_a_moderator_approves_it(
    ru_draft, client, django_capture_on_commit_callbacks
):
    translation, ru_lesson = ru_draft
    editor = ensure_user("ed", "editor", ["Editors"])[0]
    moderator = ensure_user("mod", "moderator", ["Moderators"])[0]
    client.force_login(editor)
    edit_url = f"/admin/pages/{ru_lesson.pk}/edit/"
    page = client.get(edit_url).content.decode()
    # The main button is the workflow's next step, not Delete; nothing to publish for an editor.
    footer = page[page.index('id="translation-workflow-form"') :]
    first_button = re.search(r"<button[^>]*>.*?</button>", footer, re.S).group(0)
    assert 'name="action-submit"' in first_button
    assert "action-publish" not in footer
    _translate(translation, {"Гүл өсіру": "Выращивание цветов"})
    response = client.post(edit_url, {"action-submit": "1"})
    assert response.status_code == 302
    assert _messages(response) == ["«Выращивание цветов» беті модерацияға жіберілді."]
    ru_lesson.refresh_from_db()
    state = ru_lesson.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not ru_lesson.live
    assert ru_lesson.get_latest_revision_as_object().title == "Выращивание цветов"

    client.force_login(moderator)
    page = client.get(edit_url).content.decode()
    footer = page[page.index('id="translation-workflow-form"') :]
    assert 'data-workflow-action-name="approve"' in re.search(r"<button[^>]*>", footer).group(0)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            edit_url, {"action-workflow-action": "true", "workflow-action-name": "approve"}
        )
    assert response.status_code == 302
    ru_lesson.refresh_from_db()
    assert ru_lesson.live and ru_lesson.title == "Выращивание цветов"
    # Its slug comes from its own title, not the Kazakh one.
    assert ru_lesson.slug == "vyrashchivanie-tsvetov"
    assert client.get(ru_lesson.url).status_code == 200
    assert ru_lesson.current_workflow_state is None


def test_a_live_translation_changes_only_when_the_moderator_approves(
    ru_draft, client, django_capture_on_commit_callbacks
):
    translation, ru_lesson = ru_draft
    _translate(translation, {"Гүл өсіру": "Цветы"})
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    ru_lesson.refresh_from_db()
    assert ru_lesson.live and ru_lesson.slug == "tsvety"

    editor = ensure_user("ed", "editor", ["Editors"])[0]
    client.force_login(editor)
    _translate(translation, {"Гүл өсіру": "Цветы", "Жұптар жиі тыңдамайды.": "Новый текст."})
    client.post(f"/admin/pages/{ru_lesson.pk}/edit/", {"action-submit": "1"})
    assert "Новый текст." not in client.get(ru_lesson.url).content.decode()
    ru_lesson.refresh_from_db()
    assert ru_lesson.slug == "tsvety"  # a published page keeps its address


def test_publishing_every_shown_segment_is_not_called_incomplete(
    ru_draft, client, django_capture_on_commit_callbacks
):
    translation, ru_lesson = ru_draft
    moderator = ensure_user("mod", "moderator", ["Moderators"])[0]
    client.force_login(moderator)
    edit_url = f"/admin/pages/{ru_lesson.pk}/edit/"
    html = client.get(edit_url).content.decode()
    props = json.loads(
        re.search(r'data-props="([^"]*)"', html)
        .group(1)
        .replace("&quot;", '"')
        .replace("&amp;", "&")
    )
    shown = {s["source"] for s in props["segments"] if s["type"] == "string"}
    assert "gul-osiru" not in shown  # the slug is not a string to translate
    _translate(translation, {text: "RU " + text for text in shown})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {"action-publish": "1"})
    # Not "Published … with missing translations" (the slug was a hidden, untranslated string).
    assert _messages(response) == ["'Гүл өсіру' Русский тілінде жарияланды."]
    ru_lesson.refresh_from_db()
    assert ru_lesson.live and ru_lesson.slug == "ru-gul-osiru"


def test_the_translator_is_told_the_source_changed_and_syncs_from_the_editor(
    ru_draft, client, django_capture_on_commit_callbacks
):
    translation, ru_lesson = ru_draft
    _translate(translation, {"Гүл өсіру": "Цветы"})
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    editor = ensure_user("ed", "editor", ["Editors"])[0]
    client.force_login(editor)
    edit_url = f"/admin/pages/{ru_lesson.pk}/edit/"
    sync_url = f"/admin/localize/update/{translation.source_id}/"
    assert sync_url not in client.get(edit_url).content.decode()

    kk_lesson = translation.source.get_source_instance()
    kk_lesson.body = [("paragraph", "<p>Гүлге күн сайын су құйыңыз.</p>")]
    kk_lesson.save_revision().publish()
    html = client.get(edit_url).content.decode()
    assert "беті соңғы синхрондаудан кейін өзгерді" in html  # "has changed since … synced"
    assert f"{sync_url}?next=" in html
    # The Translations report lists it as out of date.
    report = "/admin/localize/reports/translations/results/?out_of_date=true"
    assert f'href="{edit_url}"' in client.get(report).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url + f"?next={edit_url}", {})
    assert response.status_code == 302
    html = client.get(edit_url).content.decode()
    assert sync_url + "?next=" not in html
    assert f'href="{edit_url}"' not in client.get(report).content.decode()
    # The editor now offers the new text to translate and keeps the title's translation.
    segments = StringSegment.objects.filter(source=translation.source)
    assert segments.filter(string__data="Гүлге күн сайын су құйыңыз.").exists()
    assert not segments.filter(string__data="Жұптар жиі тыңдамайды.").exists()
    assert StringTranslation.objects.filter(data="Цветы", locale=translation.target_locale).exists()
