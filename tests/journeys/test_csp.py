"""The site and the Wagtail admin work under the enforced Content-Security-Policy, in Chromium.

Every browser context reports each `securitypolicyviolation` event (of the page and of its frames,
such as the editor's preview) and every console message about the policy back to the test; a page
passes when it shows what a person came for and the browser blocked nothing on it. The demo
content gives the public pages, a couple's code from tests/factories.py the learner's pages, and
an administrator and a clerk the admin screens, with the usual clicks: typing in the rich text
editor, the live preview, choosing an image in the chooser, uploading one, "Translate", the
date picker.
"""

import io
import re

import PIL.Image
import pytest
from django.core.management import call_command
from playwright.sync_api import expect
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage
from home.models import HomePage, StandardPage
from tests import factories
from tests.journeys.admin import PASSWORD, admin_login

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.reportCspViolation({
        page: document.location.pathname,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
    });
});
"""


class PolicyWatch:
    """Collects what the browser refused in one context: violation events and console errors."""

    def __init__(self, context) -> None:
        self.problems: list[str] = []
        context.expose_function("reportCspViolation", self._violation)
        context.add_init_script(REPORT_VIOLATIONS)
        context.on("page", self.watch_page)

    def watch_page(self, page) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))

    def _violation(self, event: dict) -> None:
        self.problems.append(
            f"{event['page']}: {event['directive']} blocked {event['blocked']} "
            f"({event['source']}:{event['line']})"
        )

    def _console(self, message) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            self.problems.append(f"console: {message.text}")

    def check(self, page, where: str, settle: str = "networkidle") -> None:
        """Wait until the page has settled, then fail on anything blocked so far."""
        page.wait_for_load_state(settle)
        assert not self.problems, f"{where}: " + "\n".join(self.problems)


@pytest.fixture
def demo(transactional_db, django_user_model):
    """The demo content, an administrator and a clerk (admin in English), a couple of the clerk's
    office assigned the premarital course (with their two codes), and a page not yet translated."""
    call_command("load_demo", stdout=io.StringIO())
    admin = django_user_model.objects.create_superuser("csp-admin", password=PASSWORD)
    factories.set_admin_language(admin, "en")
    office = factories.make_office(django_user_model, "csp-1", "astana")
    kk = Locale.objects.get(language_code="kk")
    courses = {c.audience: c for c in CoursePage.objects.live().filter(locale=kk)}
    couple = factories.assign(office, courses["premarital"])
    lessons = LessonPage.objects.live().filter(locale=kk)
    quiz_lesson = lessons.child_of(courses["premarital"]).first()
    assert quiz_lesson.quizzes()
    untranslated = HomePage.objects.get(locale=kk).add_child(
        instance=StandardPage(title="Тексеру беті", slug="csp-check", intro="Аударылмаған бет.")
    )
    untranslated.save_revision().publish()
    return {
        "untranslated": untranslated,
        "office": office,
        "couple": couple,
        "courses": courses,
        "quiz_lesson": quiz_lesson,
        "school_lesson": lessons.child_of(courses["school"]).first(),
    }


def test_public_and_learner_pages_work_under_the_policy(demo, live_server, browser):
    base = live_server.url
    context = browser.new_context()
    watch = PolicyWatch(context)
    page = context.new_page()
    quiz_lesson, school_lesson = demo["quiz_lesson"], demo["school_lesson"]

    page.goto(base + "/kk/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    watch.check(page, "home")

    page.goto(base + "/kk/courses/")
    expect(page.locator("main a[href*='/kk/courses/']").first).to_be_visible()
    watch.check(page, "catalogue")

    page.goto(base + demo["courses"]["premarital"].url)
    expect(page.get_by_role("heading", level=1)).to_have_text(demo["courses"]["premarital"].title)
    watch.check(page, "course")

    page.goto(base + quiz_lesson.url)
    expect(page.locator(".quiz").first).to_be_visible()
    watch.check(page, "lesson with a quiz")

    page.goto(base + school_lesson.url)
    print_button = page.locator("[data-print]")
    expect(print_button).to_be_visible()
    # print.js (the file that replaced the inline script) is what opens the print dialog.
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    print_button.click()
    assert page.evaluate("window.printed") == 1
    watch.check(page, "school lesson plan")

    page.goto(base + "/kk/centres/")
    page.locator("main a[href*='/kk/centres/astana-1/']").first.click()
    expect(page).to_have_url(re.compile(r"/kk/centres/astana-1/$"))
    expect(page.locator("form button[type=submit]").last).to_be_visible()
    watch.check(page, "centre directory and a centre with its consultation form")

    page.goto(base + "/kk/statistics/")
    expect(page.locator("main svg").first).to_be_visible()
    watch.check(page, "statistics with charts")

    page.goto(base + "/kk/search/?q=отбасы")
    expect(page.get_by_role("status")).to_be_visible()
    watch.check(page, "search")

    page.goto(base + "/kk/verify/")
    page.locator("#id_code").fill("ABCD-EFGH-JKLM")
    page.locator("form.verify-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/kk/verify/ABCD-EFGH-JKLM/$"))
    watch.check(page, "verify form and its answer")

    # The learner: the slip's link signs in, then the course, a lesson, its quiz and the result.
    page.goto(f"{base}/kk/learn/?code={demo['couple'].codes[0]}")
    expect(page).to_have_url(f"{base}/kk/learn/course/")
    watch.check(page, "learner's course")
    page.clock.install()  # so that the 30 s study-time heartbeat can be fast-forwarded
    page.goto(f"{base}/kk/learn/lesson/{quiz_lesson.pk}/")
    for question in page.locator(".learn-quiz fieldset").all():
        question.locator("input").first.check()
    page.locator(".learn-quiz button[type=submit]").click()
    expect(page.get_by_test_id("quiz-result")).to_be_visible()
    # The study-time heartbeat (static/js/learn.js) posts to the same origin.
    with page.expect_response(re.compile(r"/learn/heartbeat/")) as heartbeat:
        page.clock.run_for(31_000)
    assert heartbeat.value.ok
    watch.check(page, "learner's lesson and quiz", settle="load")  # its clock is stopped
    context.close()


def test_admin_screens_work_under_the_policy(demo, live_server, browser, tmp_path):
    base = live_server.url
    quiz_lesson, course = demo["quiz_lesson"], demo["courses"]["premarital"]
    context, page = admin_login(browser, base, "csp-admin")
    watch = PolicyWatch(context)
    watch.watch_page(page)
    page.reload()
    watch.check(page, "dashboard")

    page.goto(base + quiz_lesson.url)  # the public page with Wagtail's user bar for staff
    page.locator("wagtail-userbar").get_by_role("button").first.click()
    expect(page.locator("wagtail-userbar").get_by_role("menuitem").first).to_be_visible()
    watch.check(page, "lesson with the user bar")

    # The lesson editor: StreamField with rich text; type, add a block, preview.
    page.goto(f"{base}/admin/pages/{quiz_lesson.pk}/edit/")
    editor = page.locator(".Draftail-Editor [contenteditable=true]").first
    editor.click()
    page.keyboard.type(" Тексерілді.")
    expect(editor).to_contain_text("Тексерілді.")
    page.locator("[data-side-panel-toggle=preview]").click()
    preview = page.frame_locator("#w-preview-iframe")  # Wagtail swaps in a fresh frame
    expect(preview.get_by_role("heading", level=1)).to_have_text(quiz_lesson.title)
    watch.check(page, "lesson editor with preview")

    # A chooser: another cover image for the course, picked in the modal.
    page.goto(f"{base}/admin/pages/{course.pk}/edit/")
    chooser = page.locator("#id_cover_image-chooser")
    chooser.get_by_role("button", name="Actions").click()
    chooser.get_by_role("button", name="Change image").click()
    # The demo's covers are titled in Kazakh, as its editors see them (courses/demo.py).
    modal_choice = page.locator("[data-chooser-modal-choice]", has_text="Некенің алғашқы жылдары")
    modal_choice.first.click()
    expect(chooser.locator("[data-chooser-title]")).to_contain_text("Некенің алғашқы жылдары")
    watch.check(page, "image chooser")

    # Uploading shows the chosen image from a blob: URL before it is sent.
    photo = tmp_path / "family.png"
    PIL.Image.new("RGB", (320, 200), (46, 90, 136)).save(photo)
    page.goto(f"{base}/admin/images/multiple/add/")
    page.locator("input[type=file]").set_input_files(photo)
    expect(page.locator("#upload-list")).to_contain_text("family.png")
    watch.check(page, "image upload")

    page.goto(f"{base}/admin/images/{course.cover_image_id}/")  # focal point tool (Jcrop)
    expect(page.locator(".focal-point-chooser")).to_be_visible()
    watch.check(page, "image editor")

    # wagtail-localize: "Translate" (its select-all box is a script), then its editor.
    page.goto(f"{base}/admin/localize/submit/page/{demo['untranslated'].pk}/")
    page.get_by_label("Select all").check()
    expect(page.get_by_label("Русский")).to_be_checked()
    page.get_by_label("English").uncheck()  # one language: the editor opens next
    page.get_by_role("button", name=re.compile("Submit")).click()
    expect(page.get_by_role("button", name="Translate").first).to_be_visible()
    watch.check(page, "translation editor")

    for path in (
        "/admin/snippets/home/footertext/",
        "/admin/reports/site-history/",
        f"/admin/applications/report/{demo['office'].office.pk}/",
        "/admin/users/",
    ):
        assert page.goto(base + path).ok, path
        watch.check(page, path)
    context.close()

    # The clerk's screens: the list, and a new application with the date picker.
    context, page = admin_login(browser, base, "clerk-csp-1", "pw-clerk-csp-1")
    watch = PolicyWatch(context)
    watch.watch_page(page)
    page.goto(base + "/admin/applications/")
    expect(page.get_by_text(demo["couple"].application.number)).to_be_visible()
    watch.check(page, "applications list")
    page.goto(base + "/admin/applications/new/")
    page.locator("#id_planned_registration_date").click()
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    watch.check(page, "new application with the date picker")
    page.goto(f"{base}/admin/applications/slips/{demo['couple'].assignment.pk}/")
    expect(page.locator("[data-print]")).to_be_visible()
    watch.check(page, "slips")
    context.close()
