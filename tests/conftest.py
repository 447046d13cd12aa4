"""Shared fixtures: the site tree, and headless Chromium from Debian for Playwright journeys."""

import os
import shutil

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

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
