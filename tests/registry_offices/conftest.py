"""Fixtures of the registry office tests: a minimal premarital course like an editor's.

Offices, staff and couples come from tests/factories.py (fixtures in tests/fixtures.py).
"""

import pytest


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
