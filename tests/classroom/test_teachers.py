"""The teacher's screens: the Teachers group, starting, presenting, counts, reveal, close; own
sessions only; staff security; the safety box on school lessons."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client, RequestFactory
from django.urls import reverse

from classroom import admin_views
from classroom.models import ClassSession, Pupil, PupilAnswer, QuestionTally
from classroom.roles import TEACHERS_GROUP
from courses.models import LessonPage
from tests import factories
from tests.accounts.helpers import enrolled, totp_code

from .conftest import answer_all, join, make_teacher

pytestmark = pytest.mark.django_db


def test_the_migration_made_the_teachers_group():
    group = Group.objects.get(name=TEACHERS_GROUP)
    perms = set(group.permissions.values_list("content_type__app_label", "codename"))
    assert ("wagtailadmin", "access_admin") in perms
    assert ("classroom", "add_classsession") in perms
    assert not any(app in ("wagtailimages", "wagtaildocs") for app, _ in perms)


def test_the_teacher_lists_school_lessons_and_starts_a_session(teacher_client, school_lesson):
    index = teacher_client.get("/admin/class-sessions/")
    assert index.status_code == 200
    # Listed in the teacher's admin language (English here).
    assert school_lesson.in_language("en").title in index.content.decode()
    response = teacher_client.post(f"/admin/class-sessions/start/{school_lesson.pk}/")
    session = ClassSession.objects.get()
    assert response["Location"] == f"/admin/class-sessions/{session.pk}/"
    page = teacher_client.get(response["Location"]).content.decode()
    assert session.code in page
    assert 'class="class-qr"' in page and 'role="img"' in page
    assert "http://testserver/kk/class/" in page  # the address to type, in the lesson's language
    request = RequestFactory().get("/")
    assert admin_views.join_link(request, session) == (
        f"http://testserver/kk/class/#code={session.code}"  # what the QR carries
    )
    assert "w-sidebar" not in page  # the projector screen has no admin chrome


def test_only_school_lessons_with_a_quiz_can_be_started(teacher_client, course_factory):
    premarital = course_factory()
    lesson = LessonPage.objects.child_of(premarital).first()
    assert teacher_client.post(f"/admin/class-sessions/start/{lesson.pk}/").status_code == 404
    assert not ClassSession.objects.exists()


def test_the_counts_follow_the_answers(teacher_client, class_session, school_lesson):
    url = f"/admin/class-sessions/{class_session.pk}/counts/"
    assert teacher_client.get(url).json()["pupils"] == 0
    pupils = [Client() for _ in range(3)]
    for number, pupil in enumerate(pupils):
        join(pupil, class_session.code, f"Pupil {number}")
        answer_all(pupil, school_lesson, right=number != 2)
    counts = teacher_client.get(url).json()
    assert counts["pupils"] == 3 and counts["open"] and not counts["revealed"]
    quiz_id, questions = next(iter(counts["quizzes"].items()))
    first = next(iter(questions.values()))
    assert first["answered"] == 3
    assert sorted(first["choices"].values(), reverse=True)[:2] == [2, 1]
    assert first["correct"] is None and first["right_choices"] == []  # not before the reveal

    teacher_client.post(f"/admin/class-sessions/{class_session.pk}/reveal/")
    counts = teacher_client.get(url).json()
    first = next(iter(counts["quizzes"][quiz_id].values()))
    assert counts["revealed"] and first["correct"] == 2 and len(first["right_choices"]) == 1


def test_closing_keeps_the_counts_and_deletes_names_and_answers(
    teacher_client, class_session, school_lesson
):
    pupil = Client()
    join(pupil, class_session.code, "Dana")
    answer_all(pupil, school_lesson)
    response = teacher_client.post(f"/admin/class-sessions/{class_session.pk}/close/")
    assert response.status_code == 302
    assert not Pupil.objects.exists() and not PupilAnswer.objects.exists()
    assert QuestionTally.objects.filter(session=class_session).count() == 2
    counts = teacher_client.get(f"/admin/class-sessions/{class_session.pk}/counts/").json()
    assert counts["open"] is False and counts["pupils"] == 1 and counts["names"] == []
    kept = next(iter(counts["quizzes"].values()))
    assert [q["correct"] for q in kept.values()] == [1, 1]  # the answers show once it is over
    page = teacher_client.get(f"/admin/class-sessions/{class_session.pk}/").content.decode()
    assert "This session is closed. 1 pupil took part" in page
    assert "Dana" not in page
    assert "This class session has ended" in pupil.get("/en/class/lesson/").content.decode()


def test_a_teacher_sees_and_closes_only_their_own_sessions(
    class_session, django_user_model, school_lesson
):
    other = Client()
    other.force_login(make_teacher(django_user_model, "other-teacher"))
    base = f"/admin/class-sessions/{class_session.pk}/"
    for url in (base, base + "counts/"):
        assert other.get(url).status_code == 404
    for url in (base + "reveal/", base + "close/"):
        assert other.post(url).status_code == 404
    class_session.refresh_from_db()
    assert class_session.is_open and not class_session.revealed
    assert class_session.code not in other.get("/admin/class-sessions/").content.decode()


def test_other_staff_cannot_reach_class_sessions(class_session, django_user_model):
    office = factories.make_office(django_user_model, "astana-9", "astana")
    clerk = Client()
    clerk.force_login(office.clerk)
    for url in ("/admin/class-sessions/", f"/admin/class-sessions/{class_session.pk}/counts/"):
        response = clerk.get(url)
        # Wagtail's answer to a missing permission: back to the admin home, nothing shown.
        assert response.status_code == 302 and response["Location"] == "/admin/"
    assert "/admin/class-sessions/" not in clerk.get("/admin/").content.decode()


def test_the_teachers_menu_offers_class_sessions(teacher_client):
    assert "/admin/class-sessions/" in teacher_client.get("/admin/").content.decode()


def test_teachers_sign_in_with_the_second_factor(client, teacher, class_session, settings):
    settings.STAFF_MFA_REQUIRED = True
    client.force_login(teacher)
    url = f"/admin/class-sessions/{class_session.pk}/counts/"
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:mfa_enrol"))
    device, _codes = enrolled(teacher)
    client.post(reverse("accounts:mfa_verify"), {"code": totp_code(device), "next": url})
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "language, heading",
    [("en", "Safeguarding: for the teacher"), ("ru", "Защита детей: для учителя")],
)
def test_the_safety_box_of_a_school_lesson_is_a_note_for_the_teacher(
    client, school_lesson, language, heading
):
    page = school_lesson.in_language(language)
    text = client.get(page.url).content.decode()
    label = re.search(r'<p class="callout__label">([^<]*)</p>', text)
    assert label is not None and label.group(1) == heading


def test_the_safety_box_elsewhere_still_speaks_to_the_reader(client, course_factory):
    course = course_factory()
    lesson = LessonPage.objects.child_of(course).first().in_language("en")
    assert "Your safety" in client.get(lesson.url).content.decode()
