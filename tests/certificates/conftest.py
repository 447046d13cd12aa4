"""Fixtures of the certificate tests: a minimal premarital course like an editor's.

Offices, staff and couples come from tests/factories.py (fixtures in tests/fixtures.py).
"""

import pytest

from home.demo import translation_of
from tests.factories import editors_course


@pytest.fixture
def course(site_pages):
    """A published premarital course in Kazakh (with a Russian translation), like an editor's."""
    page = editors_course(site_pages["home"]["kk"])
    translation_of(page.get_parent(), "ru", title="Курсы")
    translation_of(page, "ru", title="Подготовка к семейной жизни")
    return page
