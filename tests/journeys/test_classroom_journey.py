"""A class session in real Chromium: a teacher (with the second factor) starts one on a school
lesson; three pupils' phones join at once from the QR's link, answer at once; the presenter screen
shows the counts from its poll; the teacher reveals the answers (each pupil's page shows them) and
closes the session (pupils see that it ended; names and answers are gone, the counts stay)."""

import re

import pytest
from playwright.sync_api import expect

from classroom.models import ClassSession, Pupil, PupilAnswer, QuestionTally
from classroom.roles import ensure_teachers_group
from courses.models import LessonPage
from tests import factories
from tests.axe import assert_accessible
from tests.classroom.conftest import make_school_course
from tests.journeys.admin import PASSWORD, admin_login

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
POLL_WAIT_MS = 15_000  # the presenter polls every 3 s, a pupil's page every 4 s


@pytest.fixture
def lesson(transactional_db, django_user_model, settings):
    from home import demo

    settings.STAFF_MFA_REQUIRED = True
    homes = demo.ensure_home_translations(demo.ensure_site())
    course = make_school_course(homes)
    teacher = django_user_model.objects.create_user(username="teacher-aigul", password=PASSWORD)
    teacher.groups.add(ensure_teachers_group())
    factories.set_admin_language(teacher, "en")
    return LessonPage.objects.child_of(course).get().in_language("en")


def _submit_all(pages, selector: str) -> None:
    """Post one form on every phone without waiting in between: the requests overlap."""
    for page in pages:
        page.evaluate(f"document.querySelector({selector!r}).requestSubmit()")


def test_a_teacher_runs_a_class_session_with_three_phones(lesson, live_server, browser):
    base = live_server.url
    context, teacher = admin_login(browser, base, "teacher-aigul")
    teacher.goto(base + "/admin/class-sessions/")
    assert_accessible(teacher)
    teacher.get_by_role("button", name=f"Start a class session: {lesson.title}").click()
    teacher.wait_for_url(re.compile(r"/admin/class-sessions/\d+/$"))
    code = teacher.locator("#join-code").inner_text()
    assert re.fullmatch(r"[34679ACDEFGHJKMNPQRTUVWXY]{6}", code)
    expect(teacher.locator("svg.class-qr")).to_be_visible()
    expect(teacher.locator("#pupil-count")).to_have_text("0")
    assert_accessible(teacher)

    # Three phones open the QR's link: the code arrives after "#", the pupil types a name.
    phones = [browser.new_context(**PHONE) for _ in range(3)]
    pupils = [phone.new_page() for phone in phones]
    names = ["Aruzhan", "Timur", "<i>Dana</i>"]
    for page, name in zip(pupils, names, strict=True):
        page.goto(f"{base}/en/class/#code={code}")
        expect(page.locator("#id_code")).to_have_value(code)
        assert "#" not in page.url
        page.fill("#id_nickname", name)
    assert_accessible(pupils[0])
    _submit_all(pupils, "#class-join-form")
    for page in pupils:
        page.wait_for_url(re.compile(r"/en/class/lesson/$"))
    expect(pupils[2].locator(".class-pupil__who")).to_have_text("You joined as <i>Dana</i>")
    assert_accessible(pupils[0])

    # Each answers: the first two right, the third wrong; all three send at once.
    quiz = lesson.quizzes()[0]
    for number, page in enumerate(pupils):
        right = number < 2
        for question in quiz.value["questions"].bound_blocks:
            choices = question.value["choices"].bound_blocks
            picked = [c.id for c in choices if bool(c.value["correct"]) == right]
            for choice_id in picked[:1] if not right else picked:
                page.locator(f'input[value="{choice_id}"]').check()
    _submit_all(pupils, "form[action*='/class/quiz/']")
    for page in pupils:
        expect(page.locator(".class-sent")).to_be_visible()

    # The presenter's poll brings the counts; the nicknames show as typed, never as HTML.
    expect(teacher.locator("#pupil-count")).to_have_text("3", timeout=POLL_WAIT_MS)
    expect(teacher.locator("[data-answered]").first).to_have_text("3", timeout=POLL_WAIT_MS)
    expect(teacher.locator("#pupil-names li")).to_have_count(3)
    expect(teacher.locator("#pupil-names")).to_contain_text("<i>Dana</i>")
    first = quiz.value["questions"].bound_blocks[0]
    right_id = next(c.id for c in first.value["choices"].bound_blocks if c.value["correct"])
    expect(teacher.locator(f'[data-choice="{right_id}"] [data-count]')).to_have_text("2")

    # Reveal: the presenter marks the right answers, each phone shows its own result.
    teacher.locator("#reveal").click()
    expect(teacher.locator(".presenter__choice.is-correct").first).to_be_visible()
    expect(teacher.locator("[data-right]").first).to_have_text("2", timeout=POLL_WAIT_MS)
    for number, page in enumerate(pupils):
        score = "2 of 2 right" if number < 2 else "0 of 2 right"
        expect(page.locator(".class-score")).to_have_text(score, timeout=POLL_WAIT_MS)
        expect(page.locator(".class-tag--right").first).to_be_visible()
        assert "Timur" not in page.content() or number == 1  # nobody sees another's answers
    assert_accessible(pupils[1])

    # Close: the phones say so, names and answers are deleted, the counts remain.
    teacher.locator("#close").click()
    expect(teacher.locator("#session-closed")).to_contain_text("3 pupils took part")
    for page in pupils:
        expect(page.locator("#class-ended")).to_have_text(
            "This class session has ended", timeout=POLL_WAIT_MS
        )
    assert_accessible(pupils[0])
    session = ClassSession.objects.get()
    assert session.closed_at is not None and session.pupil_count == 3
    assert not Pupil.objects.exists() and not PupilAnswer.objects.exists()
    tallies = QuestionTally.objects.filter(session=session)
    assert tallies.count() == 2 and all(t.answered == 3 for t in tallies)
    assert tallies.get(question_id=first.id).correct == 2
    for phone in phones:
        phone.close()
    context.close()
