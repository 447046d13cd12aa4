"""Shared fixtures: the site tree, and headless Chromium from Debian for Playwright journeys."""

import os
import shutil
import time

import pytest

from tests import shared_data

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytest_plugins = ["tests.fixtures"]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


def _site_pages_build() -> dict[str, dict[str, object]]:
    from home import demo

    home = demo.ensure_site()
    homes = demo.ensure_home_translations(home)
    about = demo.standard_page(homes, "about", demo.ABOUT_TEXT)
    privacy = demo.standard_page(homes, "privacy", demo.PRIVACY_TEXT)
    demo.ensure_footer()
    return {"home": homes, "about": about, "privacy": privacy}


@shared_data.layer("site_pages")
def _site_pages_ids() -> dict[str, dict[str, int]]:
    pages = _site_pages_build()
    return {
        key: {lang: page.pk for lang, page in by_lang.items()} for key, by_lang in pages.items()
    }


@pytest.fixture
def site_pages(db, _shared_data):
    """The demo site tree: home, About and Privacy in kk, ru and en.

    Database tests share one build (see tests/shared_data.py) and get fresh instances of it;
    transactional tests build it in the test.
    """
    ids = _shared_data.value("site_pages")
    if ids is None:
        return _site_pages_build()
    from wagtail.models import Page

    pages = Page.objects.filter(
        pk__in=[pk for by_lang in ids.values() for pk in by_lang.values()]
    ).specific()
    by_pk = {page.pk: page for page in pages}
    return {key: {lang: by_pk[pk] for lang, pk in by_lang.items()} for key, by_lang in ids.items()}


def _load_demo() -> None:
    import io

    from django.core.management import call_command

    call_command("load_demo", stdout=io.StringIO())


@shared_data.layer("demo_content")
def _demo_content_layer() -> bool:
    _load_demo()
    return True


@pytest.fixture
def demo_content(db, _shared_data) -> None:
    """Everything `manage.py load_demo` makes, for tests that only read it.

    Database tests asking for it share one load (see tests/shared_data.py); transactional tests
    load it in the test. Tests of load_demo itself (first run, timing) should call it directly.
    """
    if _shared_data.value("demo_content") is None:
        _load_demo()


@pytest.fixture(scope="session")
def _shared_data_stack(django_db_setup, django_db_blocker):
    stack = shared_data.Stack()
    yield stack
    with django_db_blocker.unblock():
        stack.align(())


@pytest.fixture
def _shared_data(request, _shared_data_stack, django_db_blocker):
    """Open the layers this test reads and close the others, before its own transaction."""
    with django_db_blocker.unblock():
        _shared_data_stack.align(shared_data.wanted_layers(request.node))
    return _shared_data_stack


@pytest.fixture
def _django_db_helper(_shared_data, _django_db_helper):
    """pytest-django's per-test database set-up, run inside the shared layers (if any)."""
    return _django_db_helper


def pytest_collection_modifyitems(items):
    """After pytest-django's ordering: database tests reading the same layers run together."""
    items.sort(key=shared_data.sort_key)


@pytest.fixture(autouse=True)
def _one_rate_limit_window(monkeypatch):
    """Limits count in fixed windows of the clock (home/ratelimit.py): a test that makes its
    limit's worth of attempts must not see the minute turn halfway and start a fresh count, so the
    windows' clock stands still during each test."""
    from home import ratelimit

    frozen = time.time()
    monkeypatch.setattr(ratelimit, "_now", lambda: frozen)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache (rate-limit counts, cached summaries of the tree)."""
    from django.core.cache import caches

    from home import pagecache
    from resource_centers import invalidation

    def forget() -> None:
        caches["template_fragments"].clear()  # this process's copies, and the shared cache
        # The generation this thread remembered for a second is gone with the cache.
        pagecache.generation.reset()
        invalidation.version.reset()  # the statistics version, likewise

    forget()
    yield
    forget()


@pytest.fixture(autouse=True)
def _transactional_tests_keep_the_migrated_rows(request):
    """A transactional test must restore the migrated rows (serialized_rollback): without it, its
    flush ends with post_migrate making content types under new ids, and every later test that
    restores the snapshot fails on a duplicate content type, far from the cause."""
    if {"transactional_db", "live_server"}.isdisjoint(request.fixturenames):
        return
    marker = request.node.get_closest_marker("django_db")
    serialized = "django_db_serialized_rollback" in request.fixturenames or bool(
        marker and marker.kwargs.get("serialized_rollback")
    )
    if not serialized:
        pytest.fail(
            "a transactional test needs @pytest.mark.django_db(transaction=True, "
            "serialized_rollback=True)",
            pytrace=False,
        )


QUERY_COUNTING = {"django_assert_num_queries", "django_assert_max_num_queries"}


@pytest.fixture(autouse=True)
def _uncached_pages_when_counting_queries(request):
    """A test that counts a page's queries counts its rendering: a page-cache hit makes none, and
    a flat-count test would pass on nothing (tests/home/test_pagecache.py tests the cache)."""
    if QUERY_COUNTING.isdisjoint(request.fixturenames):
        yield
        return
    from django.test import override_settings

    with override_settings(PAGE_CACHE_ENABLED=False):
        yield


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Keep the migrated data snapshot that serialized rollback restores, for every connection.

    Django keeps the snapshot on the connection object, and connections live in context-local
    storage. Playwright's sync API runs tests in a greenlet with its own context, so after the
    first browser test a test can get a fresh connection object without the snapshot: its
    "serialized rollback" then restores nothing and the groups, workflow and pages made by
    migrations are gone. Putting the snapshot on the connection class makes every object see it.
    """
    from django.db import connections

    for connection in connections.all():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents is not None:
            type(connection)._test_serialized_contents = contents
    return django_db_setup
