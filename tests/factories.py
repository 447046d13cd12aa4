"""The one set-up of offices, staff, couples and courses that every test folder uses.

Plain functions (the fixtures in tests/fixtures.py call them) so a test can make a second office
or couple as easily as the first.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from certificates.demo import ensure_keys
from certificates.models import Certificate
from courses.demo import load_courses
from courses.models import CourseIndexPage, CoursePage
from learning import journey
from learning.models import Enrollment, LessonCompletion
from learning.progress import lessons_of
from registry_offices import iin as iin_rules
from registry_offices.models import (
    CourseAssignment,
    MarriageApplication,
    OfficeMembership,
    Partner,
    RegistryOffice,
)
from registry_offices.roles import ensure_roles
from tests.courses.sample import lesson, t

ADULT = datetime.date(1995, 5, 17)
ADULT_2 = datetime.date(1997, 11, 2)
COURSE_TITLE_KK = "Отбасылық өмірге дайындық: қысқа курс"


# --- Offices and their staff ---------------------------------------------------------------------


@dataclass
class Office:
    office: RegistryOffice
    clerk: object
    head: object


def set_admin_language(user, language: str) -> None:
    """Wagtail's admin speaks the user's preferred language (the site default, Kazakh, otherwise)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def make_user(django_user_model, username: str, group: str):
    """A staff user in one of the registry groups, reading the admin in English."""
    user = django_user_model.objects.create_user(username=username, password="pw-" + username)
    user.groups.add(ensure_roles()[group])
    set_admin_language(user, "en")  # assertions read the English messages
    return user


def make_office(django_user_model, code: str, city: str) -> Office:
    """An office with a clerk and a head (users `clerk-<code>` and `head-<code>`)."""
    office = RegistryOffice.objects.create(
        code=code,
        city=city,
        name_kk=f"{city} АХАТ",
        name_ru=f"ЗАГС {city}",
        name_en=f"{city} registry office",
        address="Main street 1",
        phone="+7 700 000 00 00",
    )
    clerk = make_user(django_user_model, f"clerk-{code}", "Clerks")
    head = make_user(django_user_model, f"head-{code}", "Office heads")
    OfficeMembership.objects.create(office=office, user=clerk, role="clerk")
    OfficeMembership.objects.create(office=office, user=head, role="head")
    ensure_keys()  # its signing keys (and the project CA), as `certificate_keys create` makes
    return Office(office, clerk, head)


# --- Applications and couples ------------------------------------------------------------------


def make_application(
    office: RegistryOffice,
    number: str = "A-1",
    *,
    names: tuple[str, str] = ("Нұрлан Сейітқали", "Айгерім Нұрланқызы"),
    languages: tuple[str, str] = ("kk", "ru"),
    iins: tuple[str | None, str | None] = (None, None),
    emails: tuple[str, str] = ("", ""),
    planned_in_days: int = 20,
) -> MarriageApplication:
    today = timezone.localdate()
    application = MarriageApplication.objects.create(
        office=office,
        number=number,
        application_date=today,
        planned_registration_date=today + datetime.timedelta(days=planned_in_days),
    )
    for position, (name, born, language, iin, email) in enumerate(
        zip(names, (ADULT, ADULT_2), languages, iins, emails, strict=True)
    ):
        partner = Partner(
            application=application,
            sort_order=position,
            full_name=name,
            date_of_birth=born,
            preferred_language=language,
            email=email,
        )
        if iin:
            partner.set_iin(iin)
        partner.save()
    return application


def iin_for(born: datetime.date, female: bool = False, serial: int = 1) -> str:
    return iin_rules.make_iin(born, female, serial)


@dataclass
class Couple:
    application: MarriageApplication
    assignment: CourseAssignment
    codes: list[str]  # partner 1, partner 2
    accesses: list[object]


def assign(office: Office, course, number: str = "A-1", languages=("kk", "ru")) -> Couple:
    """An application with two partners and the course assigned by the office's clerk."""
    application = make_application(office.office, number, languages=languages)
    due = timezone.localdate() + datetime.timedelta(days=10)
    issued = CourseAssignment.objects.assign(application, course, due, office.clerk)
    accesses = list(issued.assignment.accesses.order_by("partner__sort_order"))
    return Couple(
        application=application,
        assignment=issued.assignment,
        codes=[issued.codes[a.partner_id] for a in accesses],
        accesses=accesses,
    )


# --- Courses and progress -------------------------------------------------------------------------


def short_course(slug: str = "short-premarital", lessons: int = 3, min_minutes: int = 0) -> dict:
    """A premarital course whose last lesson has no quiz (it is marked done by the learner)."""
    return {
        "slug": slug,
        "audience": "premarital",
        "title": t(COURSE_TITLE_KK, "Подготовка к семейной жизни: краткий курс", "Short course"),
        "summary": t("Қысқа курс.", "Короткий курс.", "A short course."),
        "outcomes": [t("Тыңдай білу", "Уметь слушать", "Listen well")],
        "estimated_minutes": 30,
        "min_study_minutes": min_minutes,
        "validity_months": 12,
        "pass_mark": 70,
        "lessons": [lesson(f"lesson-{n}", n, quiz=n < lessons) for n in range(1, lessons + 1)],
    }


def editors_course(home) -> CoursePage:
    """A published premarital course without lessons, as an editor makes it in the admin."""
    index = home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))
    index.save_revision().publish()
    page = index.add_child(
        instance=CoursePage(
            title="Отбасылық өмірге дайындық",
            slug="premarital",
            audience="premarital",
            summary="Некеге дейінгі курс.",
        )
    )
    page.save_revision().publish()
    return page


def make_course(homes, **kwargs):
    spec = short_course(**kwargs)
    return load_courses([spec], homes=homes)[spec["slug"]]


def finish_partner(access, course, completed: bool = True) -> Enrollment:
    """Record every lesson of the course as done for one partner and (by default) mark them
    finished; with `completed=False` only `journey.check_finished` is left to do."""
    enrollment = Enrollment.objects.for_learner(course, access.learner_key)
    LessonCompletion.objects.bulk_create(
        [LessonCompletion(enrollment=enrollment, lesson=lesson) for lesson in lessons_of(course)],
        ignore_conflicts=True,
    )
    enrollment.study_seconds = 1800
    enrollment.completed_at = timezone.now() if completed else None
    enrollment.save()
    return enrollment


def certified(couple: Couple, course) -> Certificate:
    """Both partners finished (without going through the pages) and their certificate issued."""
    enrollments = [finish_partner(access, course) for access in couple.accesses]
    certificate = journey.certify_couple(enrollments[-1])
    assert certificate is not None
    return certificate


# --- The learner's pages ---------------------------------------------------------------------------


def quiz_post(lesson_page, right: bool = True) -> dict:
    """The form data a learner posts for the lesson's first quiz: all right, or all wrong."""
    for block in lesson_page.quizzes():
        data: dict = {"quiz": block.id}
        for question in block.value["questions"].bound_blocks:
            choices = question.value["choices"].bound_blocks
            picked = [c.id for c in choices if bool(c.value["correct"]) == right]
            if not right and question.value["kind"] == "single":
                picked = picked[:1]
            data[f"q-{question.id}"] = picked
        return data
    return {}


def finish_course(client, course) -> None:
    """Take every lesson of the course as the client's learner: pass quizzes, mark the rest done."""
    for lesson_page in lessons_of(course):
        if lesson_page.quizzes():
            url = reverse("learning:lesson", args=[lesson_page.pk])
            response = client.post(url, quiz_post(lesson_page))
        else:
            response = client.post(reverse("learning:lesson_done", args=[lesson_page.pk]))
        assert response.status_code == 302, response.status_code


def sign_in(client, code: str, language: str = "kk"):
    response = client.get(f"/{language}/learn/", {"code": code})
    assert response.status_code == 302, response.status_code
    return response


def assert_not_found(client, url: str, method: str = "get") -> None:
    """The URL answers 404 (not a redirect that would hint at anything)."""
    response = getattr(client, method)(url)
    assert response.status_code == 404, f"{url} answered {response.status_code}"
