"""Fixtures for the curriculum tests: a small catalogue in kk, ru and en."""

import pytest


@pytest.fixture
def catalogue(site_pages):
    """The sample courses, built by the same converter as the demo (courses.demo.load_courses)."""
    from courses.demo import load_courses

    from .sample import SAMPLE_COURSES

    return load_courses(SAMPLE_COURSES, homes=site_pages["home"])
