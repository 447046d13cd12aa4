"""kk → ru → en with wagtail-localize: a course and all its lessons, kept in sync with the source."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from courses.models import CourseIndexPage, CoursePage, LessonPage
from courses.quiz import grade
from home.demo import ensure_user

from .sample import SAMPLE_COURSES

pytestmark = pytest.mark.django_db


@pytest.fixture
def kk_course(catalogue):
    """A Kazakh course with two lessons that has no translation yet."""
    from courses.demo import ensure_course, ensure_lesson

    index = CourseIndexPage.objects.get(locale__language_code="kk")
    data = {**SAMPLE_COURSES[0], "slug": "to-translate"}
    course = ensure_course(index, data)
    for lesson in data["lessons"][:2]:
        ensure_lesson(course, data, lesson)
    return course


def _translate_all(translation: Translation, prefix: str) -> None:
    """Do what a translator does in the editor: give every string a translation."""
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"{prefix}{entry.msgid}"
    translation.import_po(po)
    translation.save_target(publish=True)


def test_an_editor_translates_a_course_and_its_lessons_and_they_stay_in_sync(
    kk_course, client, django_capture_on_commit_callbacks
):
    # wagtail-localize publishes translations when the transaction commits; run those callbacks.
    commits = django_capture_on_commit_callbacks
    editor = ensure_user("ed", "editor", ["Editors"])[0]
    client.force_login(editor)
    ru, en = Locale.objects.get(language_code="ru"), Locale.objects.get(language_code="en")
    with commits(execute=True):
        response = client.post(
            f"/admin/localize/submit/page/{kk_course.pk}/",
            {"locales": [ru.pk, en.pk], "include_subtree": "on"},
        )
    assert response.status_code == 302
    for locale in (ru, en):
        course = CoursePage.objects.get(translation_key=kk_course.translation_key, locale=locale)
        assert course.get_parent().specific.locale == locale
        lessons = LessonPage.objects.child_of(course).order_by("path")
        assert [lesson.slug for lesson in lessons] == ["listening", "budget"]
        # Not yet translated: the Kazakh text stands in, and the audience etc. are synced.
        assert course.audience == "premarital" and course.pass_mark_percent == 70
        # The translated course shows its lessons (guards against wagtail-localize issue #773).
        assert course.get_children().count() == 2
        # An editor's submission publishes nothing: translations start as drafts.
        assert not course.live
        assert not lessons.filter(live=True).exists()

    kk_lesson = LessonPage.objects.child_of(kk_course).get(slug="listening")
    for locale, prefix in ((ru, "RU "), (en, "EN ")):
        for page in [kk_course, *LessonPage.objects.child_of(kk_course)]:
            source = TranslationSource.objects.get_for_instance(page)
            translation = Translation.objects.get(source=source, target_locale=locale)
            assert translation.enabled  # synced mode: it follows the source
            with commits(execute=True):
                _translate_all(translation, prefix)

    ru_lesson = kk_lesson.get_translation(ru).specific
    assert ru_lesson.title == f"RU {kk_lesson.title}"
    kk_quiz = kk_lesson.quizzes()[0]
    ru_quiz = ru_lesson.quizzes()[0]
    assert ru_quiz.id == kk_quiz.id
    assert (
        ru_quiz.value["questions"][0]["question"]
        == "RU " + kk_quiz.value["questions"][0]["question"]
    )
    # The correct flags are synchronised, not translated: grading by ids agrees in both languages.
    right = {
        q.id: [c.id for c in q.value["choices"].bound_blocks if c.value["correct"]]
        for q in kk_quiz.value["questions"].bound_blocks
    }
    assert grade(ru_quiz.value, right).score_percent == 100
    assert client.get(ru_lesson.url).status_code == 200
    assert "RU " in client.get(ru_lesson.url).content.decode()

    # The source changes: a new block and a different length; the translation follows.
    kk_lesson.estimated_minutes = 35
    kk_lesson.body.append(("paragraph", "<p>Жаңа абзац.</p>"))
    kk_lesson.save_revision().publish()
    admin = ensure_user("boss", "admin", superuser=True)[0]
    client.force_login(admin)
    source = TranslationSource.objects.get_for_instance(kk_lesson)
    with commits(execute=True):
        response = client.post(
            f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
        )
    assert response.status_code == 302
    ru_lesson = LessonPage.objects.get(pk=ru_lesson.pk)
    assert ru_lesson.estimated_minutes == 35
    assert ru_lesson.title == f"RU {kk_lesson.title}"  # earlier translations are kept
    assert "Жаңа абзац." in str(
        ru_lesson.body
    )  # new text shows in the source language until translated
    assert ru_lesson.body[-1].id == kk_lesson.body[-1].id
