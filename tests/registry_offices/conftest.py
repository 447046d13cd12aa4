"""Fixtures for the registry office tests: two offices with staff, and a minimal premarital course."""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from registry_offices import iin as iin_rules
from registry_offices.models import MarriageApplication, OfficeMembership, Partner, RegistryOffice
from registry_offices.roles import ensure_roles


@dataclass
class Office:
    office: RegistryOffice
    clerk: object
    head: object


def set_admin_language(user, language: str) -> None:
    """Wagtail's admin speaks the user's preferred language (the site default, Kazakh, otherwise)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def _user(django_user_model, username: str, group: str):
    user = django_user_model.objects.create_user(username=username, password="pw-" + username)
    user.groups.add(ensure_roles()[group])
    set_admin_language(user, "en")  # assertions below read the English messages
    return user


def _office(django_user_model, code: str, city: str) -> Office:
    office = RegistryOffice.objects.create(
        code=code,
        city=city,
        name_kk=f"{city} АХАТ",
        name_ru=f"ЗАГС {city}",
        name_en=f"{city} registry office",
        address="Main street 1",
        phone="+7 700 000 00 00",
    )
    clerk = _user(django_user_model, f"clerk-{code}", "Clerks")
    head = _user(django_user_model, f"head-{code}", "Office heads")
    OfficeMembership.objects.create(office=office, user=clerk, role="clerk")
    OfficeMembership.objects.create(office=office, user=head, role="head")
    return Office(office, clerk, head)


@pytest.fixture
def office_a(db, django_user_model) -> Office:
    return _office(django_user_model, "astana-1", "astana")


@pytest.fixture
def office_b(db, django_user_model) -> Office:
    return _office(django_user_model, "almaty-1", "almaty")


@pytest.fixture
def analyst(db, django_user_model):
    return _user(django_user_model, "analyst", "Ministry analysts")


@pytest.fixture
def course(site_pages):
    """A published premarital course in Kazakh (with a Russian translation), like an editor's."""
    from courses.models import CourseIndexPage, CoursePage
    from home.demo import translation_of

    home = site_pages["home"]["kk"]
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
    translation_of(index, "ru", title="Курсы")
    translation_of(page, "ru", title="Подготовка к семейной жизни")
    return page


ADULT = datetime.date(1995, 5, 17)
ADULT_2 = datetime.date(1997, 11, 2)


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


def assert_not_found(client, url: str, method: str = "get") -> None:
    """The URL answers 404 (not a redirect that would hint at anything)."""
    response = getattr(client, method)(url)
    assert response.status_code == 404, f"{url} answered {response.status_code}"
