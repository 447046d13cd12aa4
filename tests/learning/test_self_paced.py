"""Self-paced learning: anyone starts an open course with no code, keeps progress in a signed
cookie, resumes elsewhere with a resume code, and gets a completion PDF that is not a registry
certificate; the offices' figures never see them."""

from __future__ import annotations

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader
from wagtail.models import Locale

from certificates.models import Certificate
from courses.models import CoursePage
from learning import selfpaced
from learning.models import (
    Enrollment,
    LessonCompletion,
    QuizAttempt,
    SelfPacedCount,
    SelfPacedLearner,
)
from learning.progress import lessons_of
from registry_offices.figures import office_figures
from registry_offices.models import RegistryOffice
from tests.factories import assign, make_user, quiz_post, set_admin_language

pytestmark = pytest.mark.django_db


def open_course(course: CoursePage) -> CoursePage:
    """The course (and its translations) opened for self-paced learning, as an editor would."""
    CoursePage.objects.filter(translation_key=course.translation_key).update(self_paced=True)
    course.refresh_from_db()
    return course


@pytest.fixture
def family(course_factory) -> CoursePage:
    return open_course(course_factory(slug="family-open"))


def course_url(course: CoursePage, language: str = "ru") -> str:
    return f"/{language}/learn/self/{course.pk}/"


def start(client: Client, course: CoursePage, language: str = "ru"):
    response = client.post(course_url(course, language))
    assert response.status_code == 302 and response["Location"] == course_url(course, language)
    return response


def take_course(client: Client, course: CoursePage, language: str = "ru") -> None:
    """Every lesson as a self-paced learner: quizzes passed, the rest marked done."""
    for lesson_page in lessons_of(course):
        url = reverse("learning:self_lesson", args=[course.pk, lesson_page.pk])
        if lesson_page.quizzes():
            response = client.post(url, quiz_post(lesson_page))
        else:
            response = client.post(
                reverse("learning:self_lesson_done", args=[course.pk, lesson_page.pk])
            )
        assert response.status_code == 302


def pdf_text(content: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return " ".join(text.split())  # lines wrap anywhere on the page


# --- The public course page -----------------------------------------------------------------------


def test_an_open_course_offers_start_to_everyone_and_a_closed_one_does_not(
    client, family, course_factory
):
    ru_family = family.get_translation(Locale.objects.get(language_code="ru"))
    html = client.get(ru_family.url).content.decode()
    assert 'data-testid="self-paced-cta"' in html
    assert f'href="/ru/learn/self/{ru_family.pk}/"' in html
    closed = course_factory(slug="closed")
    assert 'data-testid="self-paced-cta"' not in client.get(closed.url).content.decode()
    # Not an open course: its self-paced pages do not exist.
    assert client.get(course_url(closed)).status_code == 404
    assert client.post(course_url(closed)).status_code == 404
    assert not SelfPacedLearner.objects.exists()


def test_the_public_page_is_the_same_for_a_learner_as_for_anyone(client, family):
    """The course page is cached for anonymous visitors: nothing of the learner may be in it."""
    before = Client().get(family.url).content
    start(client, family)
    assert client.get(family.url).content == before


# --- Starting, the cookie, progress ---------------------------------------------------------------


def test_start_needs_no_code_and_sets_a_signed_httponly_lax_cookie(client, family):
    page = client.get(course_url(family))
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert "Начать этот курс" in page.content.decode()
    response = start(client, family)
    cookie = response.cookies[selfpaced.COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and not cookie["secure"]
    learner = SelfPacedLearner.objects.get()
    assert str(learner.learner_key) in cookie.value and cookie.value != str(learner.learner_key)
    assert Enrollment.objects.filter(course=family, learner_key=learner.learner_key).exists()
    assert SelfPacedCount.objects.get(course=family).started == 1
    # Starting again (a second click) neither enrols nor counts twice.
    start(client, family)
    assert SelfPacedLearner.objects.count() == 1 and Enrollment.objects.count() == 1
    assert SelfPacedCount.objects.get(course=family).started == 1
    html = client.get(course_url(family)).content.decode()
    assert "Ваш прогресс" in html and "Начать первый урок" in html


@override_settings(SESSION_COOKIE_SECURE=True)
def test_the_cookie_is_secure_where_the_session_cookie_is(client, family):
    response = start(client, family)
    assert response.cookies[selfpaced.COOKIE_NAME]["secure"]


def test_a_forged_or_unsigned_cookie_is_a_stranger(client, family):
    start(Client(), family)
    learner = SelfPacedLearner.objects.get()
    client.cookies[selfpaced.COOKIE_NAME] = str(learner.learner_key)  # not signed
    first = lessons_of(family)[0]
    response = client.get(reverse("learning:self_lesson", args=[family.pk, first.pk]))
    assert response.status_code == 302 and response["Location"] == course_url(family)
    response = client.post(reverse("learning:self_heartbeat", args=[family.pk]))
    assert response.status_code == 403


def test_lessons_quizzes_and_the_end_with_a_completion_pdf(client, family):
    start(client, family)
    first = lessons_of(family)[0]
    url = reverse("learning:self_lesson", args=[family.pk, first.pk])
    page = client.get(url).content.decode()
    assert 'name="quiz"' in page and "correct" not in page.lower().replace("correct_", "")
    failed = client.post(url, quiz_post(first, right=False), follow=True).content.decode()
    assert "Пока не пройден." in failed and "Неверно." in failed
    assert QuizAttempt.objects.filter(passed=False).count() == 1
    assert client.get(reverse("learning:self_finished", args=[family.pk]))["Location"] == (
        course_url(family)
    )
    take_course(client, family)
    learner = SelfPacedLearner.objects.get()
    enrollment = Enrollment.objects.get(learner_key=learner.learner_key)
    assert enrollment.completed_at is not None
    assert LessonCompletion.objects.filter(enrollment=enrollment).count() == 3
    assert SelfPacedCount.objects.get(course=family).finished == 1
    assert 'data-testid="finished"' in client.get(course_url(family)).content.decode()

    finished = client.get(reverse("learning:self_finished", args=[family.pk]))
    html = finished.content.decode()
    assert finished.status_code == 200 and "Это не сертификат ЗАГСа" in html
    pdf_url = reverse("learning:self_certificate", args=[family.pk])
    assert client.get(pdf_url).status_code == 405  # posted: a name never travels in a URL
    response = client.post(pdf_url, {"name": "Айгерім Ж."})
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert "Айгерім Ж." in text and "Сертификат о прохождении" in text
    assert "не сертификат ЗАГСа" in text
    # The name was used for the PDF only: no row anywhere keeps it.
    from django.db import connection

    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (the schema's own names)
            assert "Айгерім" not in repr(cursor.fetchall()), table
    # Without a name the PDF names no one, and still says what it is not.
    plain = pdf_text(client.post(pdf_url).content)
    assert "Айгерім" not in plain and "не сертификат ЗАГСа" in plain
    assert not Certificate.objects.exists()


def test_a_finished_learner_without_a_pdf_name_gets_one_in_kazakh(client, family):
    start(client, family, "kk")
    take_course(client, family, "kk")
    response = client.post(reverse("learning:self_certificate", args=[family.pk]))
    assert "АХАТ сертификаты емес" in pdf_text(response.content)


# --- Resume codes ---------------------------------------------------------------------------------


def test_a_resume_code_continues_on_another_device(client, family):
    start(client, family)
    first = lessons_of(family)[0]
    client.post(reverse("learning:self_lesson", args=[family.pk, first.pk]), quiz_post(first))
    page = client.post(reverse("learning:self_resume_code", args=[family.pk]))
    code = page.context["code"]
    assert code in page.content.decode() and "no-store" in page["Cache-Control"]
    learner = SelfPacedLearner.objects.get()
    assert learner.resume_code_hash and code not in learner.resume_code_hash
    assert learner.resume_code_hash == selfpaced.hash_resume_code(code)

    phone = Client()
    response = phone.post("/ru/learn/resume/", {"code": code.lower().replace("-", " ")})
    assert response.status_code == 302 and response["Location"] == course_url(family)
    html = phone.get(course_url(family)).content.decode()
    assert "1 из 3 уроков пройдено" in html
    # A new code replaces the old one.
    newer = client.post(reverse("learning:self_resume_code", args=[family.pk])).context["code"]
    assert Client().post("/ru/learn/resume/", {"code": code}).status_code == 400
    assert Client().post("/ru/learn/resume/", {"code": newer}).status_code == 302
    # Leaving a shared device forgets the browser; the code brings the progress back.
    left = client.post(reverse("learning:self_leave", args=[family.pk]))
    assert left.cookies[selfpaced.COOKIE_NAME].value == ""
    assert "Начать этот курс" in client.get(course_url(family)).content.decode()
    client.post("/ru/learn/resume/", {"code": newer})
    assert "1 из 3 уроков пройдено" in client.get(course_url(family)).content.decode()


def test_starting_many_learners_from_one_client_is_limited(client, family):
    for _ in range(30):
        Client(REMOTE_ADDR="127.0.0.9").post(course_url(family))
    assert Client(REMOTE_ADDR="127.0.0.9").post(course_url(family)).status_code == 429
    assert SelfPacedLearner.objects.count() == 30
    start(client, family)  # another client is not affected


def test_a_wrong_resume_code_says_so_in_the_learners_language(client, family):
    response = client.post("/kk/learn/resume/", {"code": "K7QM-4XPA-9RTDW"})
    assert response.status_code == 400
    assert "Бұл жалғастыру коды жарамайды" in response.content.decode()
    response = client.post("/ru/learn/resume/", {"code": "nonsense"})
    assert "Этот код продолжения не подходит" in response.content.decode()
    assert selfpaced.COOKIE_NAME not in response.cookies


def test_guessing_resume_codes_is_rate_limited(client, family):
    for _ in range(20):
        client.post("/ru/learn/resume/", {"code": "K7QM-4XPA-9RTDW"})
    assert client.post("/ru/learn/resume/", {"code": "K7QM-4XPA-9RTDW"}).status_code == 429


# --- Never in the offices' figures ------------------------------------------------------------


def test_self_paced_learners_never_reach_the_offices_figures(client, office_a, family):
    couple = assign(office_a, family)
    offices = RegistryOffice.objects.all()

    def figures() -> list:
        return [
            (f.assigned, f.in_progress, f.completed, f.certificates_issued)
            for f in office_figures(offices)
        ]

    before = figures()
    for _ in range(2):
        learner_client = Client()
        start(learner_client, family)
        take_course(learner_client, family)
    assert Enrollment.objects.filter(completed_at__isnull=False).count() == 2
    assert figures() == before == [(1, 0, 0, 0)]
    assert not Certificate.objects.exists()
    keys = set(SelfPacedLearner.objects.values_list("learner_key", flat=True))
    assert not keys & {access.learner_key for access in couple.accesses}


# --- Retention --------------------------------------------------------------------------------


def test_learners_not_seen_for_a_year_are_purged_but_counts_stay(client, family):
    start(client, family)
    take_course(client, family)
    start(Client(), family)
    old = SelfPacedLearner.objects.order_by("pk").first()
    SelfPacedLearner.objects.filter(pk=old.pk).update(
        last_seen_at=timezone.now() - datetime.timedelta(days=366)
    )
    out = io.StringIO()
    call_command("purge_self_paced_learners", "--dry-run", stdout=out)
    assert "1 self-paced learner(s) would be deleted" in out.getvalue()
    call_command("purge_self_paced_learners", stdout=out)
    assert not SelfPacedLearner.objects.filter(pk=old.pk).exists()
    assert SelfPacedLearner.objects.count() == 1
    assert not Enrollment.objects.filter(learner_key=old.learner_key).exists()
    assert not QuizAttempt.objects.exists() and not LessonCompletion.objects.exists()
    counts = SelfPacedCount.objects.get(course=family)
    assert (counts.started, counts.finished) == (2, 1)
    # Its browser is a stranger now.
    response = client.get(
        reverse("learning:self_lesson", args=[family.pk, lessons_of(family)[0].pk])
    )
    assert response.status_code == 302


# --- The editors' statistics ------------------------------------------------------------------


def test_editors_see_anonymous_counts_and_clerks_do_not(
    client, family, office_a, django_user_model
):
    start(client, family)
    take_course(client, family)
    start(Client(), family)
    url = reverse("learning_self_paced_statistics")
    editor = django_user_model.objects.create_user(username="editor-sp", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    set_admin_language(editor, "en")
    staff = Client()
    staff.force_login(editor)
    response = staff.get(url)
    assert response.status_code == 200
    (row,) = response.context["rows"]
    assert (row.course_id, row.started, row.finished) == (family.pk, 2, 1)
    html = response.content.decode()
    assert "Self-paced learning" in html and family.title in html
    clerk = Client()
    clerk.force_login(office_a.clerk)
    assert clerk.get(url).status_code in (302, 403)
    analyst = Client()
    analyst.force_login(make_user(django_user_model, "analyst-sp", "Ministry analysts"))
    assert analyst.get(url).status_code in (302, 403)
