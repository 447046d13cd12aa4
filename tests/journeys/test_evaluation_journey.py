"""A partner takes a course with both knowledge checks and the survey in Chromium, and the
ministry dashboard's counts move: nine other learners are seeded first, so the tenth lifts this
month's learning gain and feedback out of "<10"."""

import json

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.journeys.admin import PASSWORD, admin_login

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CHECK = [
    {
        "type": "question",
        "id": f"kq-{n}",
        "value": {
            "question": f"Сұрақ {n}?",
            "kind": "single",
            "explanation": "",
            "choices": [
                {"type": "item", "id": f"right-{n}", "value": {"text": "Иә", "correct": True}},
                {"type": "item", "id": f"wrong-{n}", "value": {"text": "Жоқ", "correct": False}},
            ],
        },
    }
    for n in range(5)
]


@pytest.fixture
def world(transactional_db, django_user_model):
    from courses.demo import load_courses
    from home import demo
    from learning.models import Enrollment, Feedback, KnowledgeCheck
    from tests import factories

    homes = demo.ensure_home_translations(demo.ensure_site())
    spec = factories.short_course(slug="evaluation-journey")
    course = load_courses([spec], homes=homes)[spec["slug"]]
    course.knowledge_check = json.dumps(CHECK)
    course.save()
    office = factories.make_office(django_user_model, "astana-1", "astana")
    analyst = factories.make_user(django_user_model, "analyst", "Ministry analysts")
    analyst.set_password(PASSWORD)
    analyst.save()
    now = timezone.now()
    for n in range(9):  # nine others finished this month with both checks and an answer
        other = factories.assign(office, course, f"E-{n}")
        enrollment = Enrollment.objects.create(
            course=course, learner_key=other.accesses[0].learner_key, completed_at=now
        )
        KnowledgeCheck.objects.create(
            enrollment=enrollment,
            phase="before",
            score_percent=40,
            correct_count=2,
            question_count=5,
        )
        KnowledgeCheck.objects.create(
            enrollment=enrollment,
            phase="after",
            score_percent=80,
            correct_count=4,
            question_count=5,
        )
        Feedback.objects.create(
            course=course,
            office=office.office,
            month=now.date().replace(day=1),
            language="kk",
            usefulness=4,
            clarity=4,
            would_recommend=True,
        )
    couple = factories.assign(office, course, "E-MAIN")
    return {"course": course, "code": couple.codes[0]}


def _gain_people(page, base: str) -> str:
    page.goto(base + "/admin/evaluation/")
    return page.get_by_test_id("gain").locator("tbody tr").last.locator("td").first.inner_text()


def _tick_check(page, right: int) -> None:
    for n in range(5):
        page.locator(
            f'input[name="q-kq-{n}"][value="{"right" if n < right else "wrong"}-{n}"]'
        ).check()
    page.locator("form.learn-quiz button[type=submit]").click()


def test_a_partner_takes_both_checks_and_the_survey_and_the_dashboard_moves(
    world, live_server, browser
):
    from courses.models import LessonPage
    from tests.factories import lessons_of

    base = live_server.url
    admin_context, admin = admin_login(browser, base, "analyst")
    assert _gain_people(admin, base) == "<10"

    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/kk/learn/?code={world['code']}")
    offer = page.get_by_test_id("knowledge-check")
    expect(offer).to_be_visible()
    offer.get_by_role("link").click()
    _tick_check(page, right=2)
    expect(page.get_by_test_id("knowledge-check")).to_contain_text("40%")

    for lesson in lessons_of(world["course"]):
        page.goto(f"{base}/kk/learn/lesson/{lesson.pk}/")
        blocks = LessonPage.objects.get(pk=lesson.pk).quizzes()
        if not blocks:
            page.locator(".learn-done-form button").click()
            continue
        for block in blocks:
            for question in block.value["questions"].bound_blocks:
                for choice in question.value["choices"].bound_blocks:
                    if choice.value["correct"]:
                        page.locator(f'input[name="q-{question.id}"][value="{choice.id}"]').check()
        page.locator(".learn-quiz button[type=submit]").click()
        expect(page.get_by_test_id("quiz-result")).to_contain_text("100%")

    page.goto(f"{base}/kk/learn/course/")
    page.get_by_test_id("knowledge-check").get_by_role("link").click()
    _tick_check(page, right=5)
    expect(page.get_by_test_id("knowledge-check")).to_contain_text("100%")
    page.get_by_test_id("feedback-offer").get_by_role("link").click()
    page.locator('input[name="usefulness"][value="5"]').check()
    page.locator('input[name="clarity"][value="4"]').check()
    page.locator('input[name="would_recommend"][value="yes"]').check()
    page.locator("#id_comment").fill("Өте пайдалы, рахмет!")
    page.locator("form.learn-form button[type=submit]").click()
    expect(page.get_by_test_id("feedback-offer")).to_have_count(0)
    context.close()

    assert _gain_people(admin, base) == "10"
    feedback_people = admin.get_by_test_id("feedback").locator("tbody tr").last.locator("td").first
    expect(feedback_people).to_have_text("10")
    admin_context.close()
