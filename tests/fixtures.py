"""Fixtures shared by the registry-office, certificate, learning and journey tests (made by
tests/factories.py)."""

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from home.demo import translation_of
from tests import factories, shared_data


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


def layer_homes() -> dict:
    """The home page in each language, for a layer built on the site_pages layer below it."""
    from home.models import HomePage

    return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


@shared_data.layer("short")
def _short_course_id() -> int:
    return factories.make_course(layer_homes()).pk


@pytest.fixture
def short(course_factory, _shared_data):
    """Three lessons; the last one has no quiz.

    Database tests share one build (see tests/shared_data.py: the most used course, about 2 s to
    build in kk, ru and en) and get a fresh instance of it; transactional tests build it in the
    test."""
    pk = _shared_data.value("short")
    if pk is None:
        return course_factory()
    from courses.models import CoursePage

    return CoursePage.objects.get(pk=pk)


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
