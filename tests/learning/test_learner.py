"""The partner's journey with the Django test client: code, lessons, quizzes, progress, time."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from learning.models import Enrollment, LessonCompletion, QuizAttempt
from learning.views.shared import CODE_LIMIT
from registry_offices.models import CourseAssignment
from tests.factories import assign, finish_course, lessons_of, quiz_post, sign_in

pytestmark = pytest.mark.django_db

WRONG_CODE_MESSAGE = "This code does not work."


def test_the_slip_link_signs_in_and_drops_the_code_from_the_address(client, couple):
    response = client.get("/kk/learn/", {"code": couple.codes[0]})
    assert response.status_code == 302
    assert response["Location"] == "/kk/learn/course/"
    assert response["Referrer-Policy"] == "strict-origin"
    assert "no-store" in response["Cache-Control"]
    page = client.get("/kk/learn/course/")
    assert page.status_code == 200
    assert page["Referrer-Policy"] == "strict-origin"
    assert couple.codes[0] not in page.content.decode()
    assert "Отбасылық өмірге дайындық: қысқа курс" in page.content.decode()


def test_signing_in_makes_a_new_session_key(client, couple):
    client.get("/en/learn/")
    before = client.session.session_key
    sign_in(client, couple.codes[0], "en")
    assert client.session.session_key != before


def test_the_form_accepts_a_typed_code(client, couple):
    response = client.post("/ru/learn/", {"code": "  " + couple.codes[1] + " "})
    assert response.status_code == 302 and response["Location"] == "/ru/learn/course/"


def _without_csrf(html: str) -> str:
    """The page without its CSRF token and the typed code it shows again."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    return re.sub(r'(name="code" id="[^"]+") value="[^"]*"', r"\1", html)


def _message_for(client, code: str) -> str:
    with translation.override("en"):
        response = client.post("/en/learn/", {"code": code})
    assert response.status_code == 400
    return response.content.decode()


def test_wrong_cancelled_replaced_and_expired_codes_get_one_message(client, office_a, short):
    wrong = _message_for(client, "not-a-real-code-at-all")
    cancelled = assign(office_a, short, "A-2")
    cancelled.assignment.cancel(office_a.clerk)
    replaced = assign(office_a, short, "A-3")
    replaced.accesses[0].regenerate_code(office_a.clerk)
    expired = assign(office_a, short, "A-4")
    expired.application.planned_registration_date = timezone.localdate() - datetime.timedelta(
        days=1
    )
    expired.application.save()
    answers = [
        _message_for(client, code)
        for code in (cancelled.codes[0], replaced.codes[0], expired.codes[0])
    ]
    assert WRONG_CODE_MESSAGE in wrong
    for answer in answers:
        assert WRONG_CODE_MESSAGE in answer
        # Nothing about why: the form page is the same page.
        assert _without_csrf(answer) == _without_csrf(wrong)


def test_a_replaced_code_ends_an_open_session(client, couple, office_a):
    sign_in(client, couple.codes[0])
    assert client.get("/kk/learn/course/").status_code == 200
    couple.accesses[0].regenerate_code(office_a.clerk)
    response = client.get("/kk/learn/course/")
    assert response.status_code == 302 and response["Location"] == "/kk/learn/"


def test_code_guessing_is_rate_limited_with_a_translated_429(client, couple):
    for _ in range(CODE_LIMIT):
        assert client.post("/ru/learn/", {"code": "guess"}).status_code == 400
    response = client.post("/ru/learn/", {"code": couple.codes[0]})
    assert response.status_code == 429
    assert "Слишком много попыток" in response.content.decode()
    assert response["Retry-After"]


def test_course_page_lists_lessons_in_order_with_both_partners_progress(client, couple, short):
    lessons = lessons_of(short)
    partner = client.__class__()
    sign_in(partner, couple.codes[1], "ru")
    partner.post(reverse("learning:lesson", args=[lessons[0].pk]), quiz_post(lessons[0]))

    sign_in(client, couple.codes[0], "en")
    html = client.get("/en/learn/course/").content.decode()
    titles = [html.index(f"Lesson {n}: listening") for n in (1, 2, 3)]
    assert titles == sorted(titles)
    assert "0 of 3 lessons done (0%)" in html  # mine
    assert "1 of 3 lessons done (33%)" in html  # my partner's
    assert "Your partner" in html


def test_quiz_is_graded_on_the_server_and_retries_are_stored(client, couple, short):
    first = lessons_of(short)[0]
    sign_in(client, couple.codes[0], "kk")
    url = reverse("learning:lesson", args=[first.pk])
    before = client.get(url).content.decode()
    assert 'name="quiz"' in before
    for block in first.body:
        if block.block_type == "quiz":
            for question in block.value["questions"]:
                assert question["explanation"] not in before
    assert "correct" not in before.lower().replace("correct_", "")

    failed = client.post(url, quiz_post(first, right=False), follow=True).content.decode()
    # The default policy: a failed attempt shows which questions were wrong, not the answers.
    assert "Дұрыс емес." in failed
    assert "Тыңдаушы естігенін өз сөзімен қайталайды." not in failed
    passed = client.post(url, quiz_post(first, right=True), follow=True)
    assert passed.status_code == 200
    assert "Тыңдаушы естігенін өз сөзімен қайталайды." in passed.content.decode()
    attempts = list(QuizAttempt.objects.order_by("id"))
    assert [(a.score_percent, a.passed) for a in attempts] == [(0, False), (100, True)]
    assert LessonCompletion.objects.filter(lesson=first).count() == 1


def test_a_lesson_with_a_quiz_cannot_be_marked_done_without_passing(client, couple, short):
    first = lessons_of(short)[0]
    sign_in(client, couple.codes[0])
    client.post(reverse("learning:lesson_done", args=[first.pk]))
    assert not LessonCompletion.objects.exists()


def test_a_lesson_of_another_course_is_404(client, couple, course_factory):
    other = course_factory(slug="other-course")
    sign_in(client, couple.codes[0])
    response = client.get(reverse("learning:lesson", args=[lessons_of(other)[0].pk]))
    assert response.status_code == 404


def test_progress_resumes_on_another_device_with_the_same_code(client, couple, short):
    sign_in(client, couple.codes[0], "kk")
    first = lessons_of(short)[0]
    client.post(reverse("learning:lesson", args=[first.pk]), quiz_post(first))
    phone = client.__class__()
    sign_in(phone, couple.codes[0], "ru")
    html = phone.get("/ru/learn/course/").content.decode()
    assert "1 из 3" in html or "1 of 3" in html
    assert "Урок 2" in html  # the next lesson to continue with, in Russian


def test_both_partners_finishing_issues_one_certificate(
    client, couple, short, django_capture_on_commit_callbacks
):
    partner = client.__class__()
    sign_in(client, couple.codes[0])
    sign_in(partner, couple.codes[1], "ru")
    with django_capture_on_commit_callbacks(execute=True):
        finish_course(client, short)
    assert not couple.assignment.certificates.exists()
    with django_capture_on_commit_callbacks(execute=True):
        finish_course(partner, short)
    certificate = couple.assignment.certificates.get()
    couple.assignment.refresh_from_db()
    assert couple.assignment.state == CourseAssignment.State.COMPLETED
    assert certificate.holder_1 == "Нұрлан Сейітқали"
    for who in (client, partner):
        html = who.get(reverse("learning:course")).content.decode()
        assert certificate.display_code in html
        pdf = who.get(reverse("learning:certificate"))
        assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"


def test_minimum_study_time_holds_the_certificate_and_says_how_much_is_left(
    client, office_a, course_factory, django_capture_on_commit_callbacks
):
    course = course_factory(slug="timed", min_minutes=5)
    couple = assign(office_a, course, "T-1")
    partner = client.__class__()
    sign_in(client, couple.codes[0], "en")
    sign_in(partner, couple.codes[1], "en")
    with django_capture_on_commit_callbacks(execute=True):
        finish_course(client, course)
        finish_course(partner, course)
    assert not couple.assignment.certificates.exists()
    html = client.get("/en/learn/course/").content.decode()
    assert "5 minutes of study left before the certificate." in html
    # The study time each learner has: the heartbeat credits at most 45 s at a time.
    enrollments = Enrollment.objects.filter(course=course)
    past = timezone.now() - datetime.timedelta(hours=3)
    # From nothing: the seconds between the requests above (one or two on a busy machine) were
    # credited as study time too.
    enrollments.update(last_seen_at=past, study_seconds=0)
    response = client.post(reverse("learning:heartbeat"))
    assert response.json()["minutes"] == 0
    assert Enrollment.objects.get(learner_key=couple.accesses[0].learner_key).study_seconds == 45
    enrollments.update(study_seconds=5 * 60, last_seen_at=past)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("learning:heartbeat"))
        partner.post(reverse("learning:heartbeat"))
    assert couple.assignment.certificates.count() == 1


def test_heartbeat_without_a_session_is_refused(client, couple):
    response = client.post("/kk/learn/heartbeat/")
    assert response.status_code == 403


def test_leaving_ends_the_session(client, couple):
    sign_in(client, couple.codes[0])
    client.post("/kk/learn/leave/")
    assert client.get("/kk/learn/course/").status_code == 302


def test_opening_a_lesson_puts_the_assignment_in_progress(client, couple, short):
    sign_in(client, couple.codes[0])
    client.get(reverse("learning:lesson", args=[lessons_of(short)[0].pk]))
    couple.assignment.refresh_from_db()
    assert couple.assignment.state == CourseAssignment.State.IN_PROGRESS


def test_lesson_without_quiz_is_marked_done(client, couple, short):
    last = lessons_of(short)[-1]
    assert not last.quizzes()
    sign_in(client, couple.codes[0])
    response = client.post(reverse("learning:lesson_done", args=[last.pk]))
    assert response.status_code == 302
    assert LessonCompletion.objects.filter(lesson=last).exists()


def test_checking_answers_lands_on_the_result_and_a_reload_stores_nothing(client, couple, short):
    """Post/redirect/get: the browser lands on the result; reloading it is a plain GET."""
    first = lessons_of(short)[0]
    sign_in(client, couple.codes[0], "en")
    url = reverse("learning:lesson", args=[first.pk])
    response = client.post(url, quiz_post(first, right=False))
    assert response.status_code == 302
    quiz_id = quiz_post(first)["quiz"]
    assert response["Location"].startswith(url + "?attempt=")
    assert response["Location"].endswith(f"#quiz-{quiz_id}-result")
    for _reload in range(2):
        page = client.get(response["Location"]).content.decode()
        assert f'id="quiz-{quiz_id}-result"' in page and "Not passed yet." in page
        assert "checked" in page  # the learner's own choices stay ticked
    assert QuizAttempt.objects.count() == 1


def test_another_learners_attempt_is_not_shown(client, couple, short):
    first = lessons_of(short)[0]
    partner = client.__class__()
    sign_in(partner, couple.codes[1], "en")
    location = partner.post(
        reverse("learning:lesson", args=[first.pk]), quiz_post(first, right=False)
    )["Location"]
    sign_in(client, couple.codes[0], "en")
    page = client.get(location).content.decode()
    assert "quiz-result" not in page and "Not passed yet." not in page


def test_a_wrong_code_from_a_link_leaves_the_address_and_is_not_kept(client):
    from django.contrib.sessions.models import Session

    typo = "abcdefghijklmnopqrstuvwxyz012345"
    response = client.get("/ru/learn/", {"code": typo})
    assert response.status_code == 302 and response["Location"] == "/ru/learn/"
    stored = [s.get_decoded() for s in Session.objects.all()]
    assert stored and typo not in repr(stored)  # a near-miss code is nearly a secret
    page = client.get("/ru/learn/")
    html = page.content.decode()
    assert page.status_code == 400
    assert "Этот код не подходит" in html and typo not in html and "?code=" not in html
    again = client.get("/ru/learn/")
    assert again.status_code == 200  # said once


def test_a_wrong_typed_code_is_shown_again_in_the_field(client):
    with translation.override("en"):
        response = client.post("/en/learn/", {"code": "almost-right-code"})
    assert response.status_code == 400
    assert 'value="almost-right-code"' in response.content.decode()


def test_the_russian_due_date_has_one_full_stop(client, couple):
    sign_in(client, couple.codes[1], "ru")
    html = client.get("/ru/learn/course/").content.decode()
    assert "г.." not in html
    assert re.search(r"Завершите до \d{1,2} \w+ \d{4} г\.", html)


def test_a_nul_byte_or_an_oversized_answer_is_dropped_not_stored(client, couple, short):
    from learning.forms import MAX_CHOICES_PER_QUESTION

    first = lessons_of(short)[0]
    sign_in(client, couple.codes[0], "kk")
    url = reverse("learning:lesson", args=[first.pk])
    data = quiz_post(first, right=True)
    question = next(key for key in data if key.startswith("q-"))
    data[question] = [*data[question], "abc\x00def", "x" * 10_000] + ["y"] * 500
    response = client.post(url, data)
    assert response.status_code == 302
    (attempt,) = QuizAttempt.objects.all()
    stored = attempt.answers[question.removeprefix("q-")]
    assert len(stored) <= MAX_CHOICES_PER_QUESTION
    assert all("\x00" not in value and len(value) <= 64 for value in stored)
