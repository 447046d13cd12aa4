"""Fixtures shared by the registry-office, certificate, learning and journey tests (made by
tests/factories.py)."""

import pytest

from home.demo import translation_of
from tests import factories


@pytest.fixture
def office_a(db, django_user_model) -> factories.Office:
    return factories.make_office(django_user_model, "astana-1", "astana")


@pytest.fixture
def office_b(db, django_user_model) -> factories.Office:
    return factories.make_office(django_user_model, "almaty-1", "almaty")


@pytest.fixture
def analyst(db, django_user_model):
    return factories.make_user(django_user_model, "analyst", "Ministry analysts")


@pytest.fixture
def course(site_pages):
    """A published premarital course in Kazakh (with a Russian translation), like an editor's."""
    page = factories.editors_course(site_pages["home"]["kk"])
    translation_of(page.get_parent(), "ru", title="Курсы")
    translation_of(page, "ru", title="Подготовка к семейной жизни")
    return page


@pytest.fixture
def course_factory(site_pages):
    """Make a short premarital course in kk, ru and en: `course_factory(lessons=30)`."""
    return lambda **kwargs: factories.make_course(site_pages["home"], **kwargs)


@pytest.fixture
def short(course_factory):
    """Three lessons; the last one has no quiz."""
    return course_factory()


@pytest.fixture
def couple(office_a, short) -> factories.Couple:
    return factories.assign(office_a, short)
