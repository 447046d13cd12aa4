"""Shared fixtures: the site tree, and headless Chromium from Debian for Playwright journeys."""

import os
import shutil

import pytest

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


@pytest.fixture
def site_pages(db):
    """The demo site tree: home, About and Privacy in kk, ru and en."""
    from home import demo

    home = demo.ensure_site()
    homes = demo.ensure_home_translations(home)
    about = demo.standard_page(homes, "about", demo.ABOUT_TEXT)
    privacy = demo.standard_page(homes, "privacy", demo.PRIVACY_TEXT)
    demo.ensure_footer()
    return {"home": homes, "about": about, "privacy": privacy}


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache (rate-limit counts, cached summaries of the tree)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


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
