"""Flat query counts: the learner's course and lesson pages with 3 and 30 lessons; verification."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from learning.progress import lessons_of
from tests.factories import assign, certified, quiz_post, sign_in

pytestmark = pytest.mark.django_db


def _count(client, method: str, url: str, data=None) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url, data) if data else getattr(client, method)(url)
    assert response.status_code in (200, 302), url
    return len(queries)


def _counts(client, office, course_factory, lesson_count: int) -> dict[str, int]:
    course = course_factory(slug=f"course-{lesson_count}", lessons=lesson_count)
    couple = assign(office, course, f"Q-{lesson_count}")
    sign_in(client, couple.codes[0], "ru")
    lessons = lessons_of(course)
    client.post(reverse("learning:lesson", args=[lessons[0].pk]), quiz_post(lessons[0]))
    client.get("/ru/learn/course/")  # warm the site caches as a running server would
    url = reverse("learning:lesson", args=[lessons[1].pk])
    return {
        "course page": _count(client, "get", "/ru/learn/course/"),
        "lesson page": _count(client, "get", url),
        "quiz answer": _count(client, "post", url, quiz_post(lessons[1])),
    }


def test_learner_pages_do_not_grow_with_lessons(client, office_a, course_factory, capsys):
    small = _counts(client, office_a, course_factory, 3)
    large = _counts(client.__class__(), office_a, course_factory, 30)
    with capsys.disabled():
        print(f"\nlearner queries, 3 lessons: {small}; 30 lessons: {large}")
    assert small == large
    # Issue 12: at most 12 each (the session read included: tests keep sessions in the database).
    assert small["course page"] <= 12 and small["lesson page"] <= 12


def test_verify_page_and_json(client, couple, short, capsys, django_assert_max_num_queries):
    certificate = certified(couple, short)
    client.get(f"/ru/verify/{certificate.code}/")
    page = _count(client, "get", f"/ru/verify/{certificate.code}/")
    api = _count(client, "get", f"/api/certificates/{certificate.code}/")
    with capsys.disabled():
        print(f"\nverify queries: page {page}, JSON {api}")
    assert page <= 12 and api <= 4


def _self_paced_counts(client, course_factory, lesson_count: int) -> dict[str, int]:
    from .test_self_paced import open_course, start

    course = open_course(course_factory(slug=f"open-{lesson_count}", lessons=lesson_count))
    start(client, course)
    lessons = lessons_of(course)
    first = reverse("learning:self_lesson", args=[course.pk, lessons[0].pk])
    client.post(first, quiz_post(lessons[0]))
    home = reverse("learning:self_course", args=[course.pk])
    client.get(home)  # warm the site caches as a running server would
    url = reverse("learning:self_lesson", args=[course.pk, lessons[1].pk])
    return {
        "course page": _count(client, "get", home),
        "lesson page": _count(client, "get", url),
        "quiz answer": _count(client, "post", url, quiz_post(lessons[1])),
    }


def test_self_paced_pages_do_not_grow_with_lessons(client, course_factory, capsys):
    small = _self_paced_counts(client, course_factory, 3)
    large = _self_paced_counts(client.__class__(), course_factory, 30)
    with capsys.disabled():
        print(f"\nself-paced queries, 3 lessons: {small}; 30 lessons: {large}")
    assert small == large
    assert small["course page"] <= 12 and small["lesson page"] <= 12
