"""An editor (admin in Kazakh) translates a Kazakh lesson into Russian with wagtail-localize and
submits it to the moderation workflow; a moderator approves it from the editor; the Russian page
goes live at an address made from its own title (home/translation_workflow.py, home/slugs.py).

Real headless Chromium against the live server.
"""

import pytest
from playwright.sync_api import expect

from tests.journeys.admin import PASSWORD, admin_login
from tests.journeys.waiting import wait_for_row

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def kk_lesson(transactional_db):
    from wagtail.users.models import UserProfile

    from courses.demo import ensure_course, ensure_index
    from courses.models import LessonPage
    from home import demo
    from tests.courses.sample import SAMPLE_COURSES

    homes = demo.ensure_home_translations(demo.ensure_site())
    index = ensure_index(homes)["kk"]
    course = ensure_course(index, {**SAMPLE_COURSES[0], "lessons": []})
    for lang in ("ru", "en"):
        demo.translation_of(course, lang, title=SAMPLE_COURSES[0]["title"][lang])
    lesson = course.add_child(
        instance=LessonPage(
            title="Гүл өсіру",
            summary="Бірге күтім жасау.",
            body=[("paragraph", "<p>Гүлге күн сайын су құйыңыз.</p>")],
        )
    )
    lesson.save_revision().publish()
    for username, group in (("editor", "Editors"), ("moderator", "Moderators")):
        user, _ = demo.ensure_user(username, group, [group])
        user.set_password(PASSWORD)
        user.save()
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "kk"
        profile.save()
    return lesson


def test_an_editors_translation_is_approved_by_a_moderator_and_goes_live(
    kk_lesson, live_server, browser
):
    from wagtail.models import Locale, Page
    from wagtail_localize.models import StringTranslation

    base = live_server.url
    ru = Locale.objects.get(language_code="ru")

    editor_context, editor = admin_login(browser, base, "editor")
    editor.goto(f"{base}/admin/localize/submit/page/{kk_lesson.pk}/")
    editor.get_by_label("Русский").check()
    editor.get_by_role("button", name="Жіберу").click()
    editor.wait_for_url(lambda url: "/edit/" in url)
    ru_lesson = kk_lesson.get_translation(ru)

    # The translator types the title in Russian.
    editor.get_by_role("button", name="Аудару").first.click()
    editor.locator("textarea").first.fill("Выращивание цветов")
    editor.get_by_role("button", name="Сақтау").first.click()
    wait_for_row(lambda: StringTranslation.objects.filter(data="Выращивание цветов").exists())

    # The main button is the workflow's next step, in Kazakh, and Delete is not offered first.
    footer = editor.locator("#translation-workflow-form")
    submit = footer.locator('button[name="action-submit"]')
    expect(submit).to_be_visible()
    expect(submit).to_have_text("Модераторлар мақұлдауы жұмыс үдерісіне жіберу")
    # wagtail-localize's own English texts are in Kazakh too.
    expect(editor.get_by_text("Аударма: Қазақша → Русский").first).to_be_visible()
    expect(footer.get_by_role("link", name="Жою")).to_be_hidden()
    submit.click()
    expect(editor.locator(".messages")).to_contain_text("модерацияға жіберілді")
    ru_lesson.refresh_from_db()
    assert not ru_lesson.live
    assert ru_lesson.current_workflow_state is not None
    editor_context.close()

    moderator_context, moderator = admin_login(browser, base, "moderator")
    # The translation waits on the moderator's dashboard.
    expect(moderator.get_by_text("Выращивание цветов").first).to_be_visible()
    moderator.goto(f"{base}/admin/pages/{ru_lesson.pk}/edit/")
    approve = (
        moderator.locator("#translation-workflow-form")
        .locator('[data-workflow-action-name="approve"]')
        .first
    )
    expect(approve).to_be_visible()
    expect(approve).to_contain_text("және жариялау")
    approve.click()
    expect(moderator.locator(".messages")).to_contain_text("Выращивание цветов")
    moderator_context.close()

    published = Page.objects.get(pk=ru_lesson.pk)
    assert published.live and published.title == "Выращивание цветов"
    assert published.slug == "vyrashchivanie-tsvetov"
    visitor = browser.new_page()
    response = visitor.goto(base + published.url)
    assert response.status == 200
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Выращивание цветов")
