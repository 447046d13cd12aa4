"""Fixtures shared by the registry-office, certificate, learning and journey tests (made by
tests/factories.py)."""

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

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


@pytest.fixture
def wsgi_app(db):
    """The site as a WSGI app inside this test's transaction, as Django's test client runs it:
    otherwise `close_old_connections` closes the test's connection at each request (on
    PostgreSQL; SQLite's in-memory database ignores it) and every later test fails with it. Like
    the test client, it steps aside around each request (the client connects it again after its
    own requests), the response read whole before `request_finished`."""
    handler = WSGIHandler()

    def app(environ, start_response):
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            response = handler(environ, start_response)
            try:
                return [b"".join(response)]
            finally:
                response.close()
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)

    return app
