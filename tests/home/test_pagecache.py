"""The whole-page cache: anonymous pages come from the shared cache; changes show at once; nobody
signed in, no form with a CSRF token and no certificate look-up is ever served from it."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from home import pagecache
from home.models import FooterText
from home.pagecache import PageCacheMiddleware

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


def _state(response) -> str | None:
    return response.headers.get("X-Page-Cache")


def test_an_anonymous_page_is_stored_then_served_with_validators(client, site_pages):
    first = client.get("/kk/")
    second = client.get("/kk/")
    assert (_state(first), _state(second)) == ("miss", "hit")
    assert second.content == first.content
    assert second["Cache-Control"].startswith("public, max-age=0, s-maxage=")
    assert "Set-Cookie" not in second.headers and not second.cookies
    again = client.get("/kk/", HTTP_IF_NONE_MATCH=second["ETag"])
    assert again.status_code == 304 and again.content == b""


def test_each_language_is_cached_apart(client, site_pages):
    pages = {lang: client.get(f"/{lang}/") for lang in ("kk", "ru", "en")}
    cached = {lang: client.get(f"/{lang}/") for lang in ("kk", "ru", "en")}
    assert {_state(r) for r in cached.values()} == {"hit"}
    assert len({r.content for r in cached.values()}) == 3
    assert all(cached[lang].content == pages[lang].content for lang in pages)
    assert cached["ru"]["Content-Language"] == "ru"


def test_publishing_shows_on_the_next_request(client, site_pages):
    about = site_pages["about"]["ru"]
    client.get(about.url)
    assert _state(client.get(about.url)) == "hit"
    about.title = "О проекте — обновлено"
    about.save_revision().publish()
    fresh = client.get(about.url)
    assert _state(fresh) == "miss"
    assert "О проекте — обновлено" in fresh.content.decode()


def test_a_snippet_change_shows_on_every_page(client, site_pages):
    client.get("/ru/")
    assert _state(client.get("/ru/")) == "hit"
    footer = FooterText.objects.get(locale__language_code="ru")
    footer.body = "<p>Новый текст подвала</p>"
    footer.save()
    assert "Новый текст подвала" in client.get("/ru/").content.decode()


def test_signed_in_people_never_get_a_cached_page(client, site_pages, django_user_model):
    client.get("/ru/")  # an anonymous visitor fills the cache
    editor = django_user_model.objects.create_superuser("pc-editor", "e@example.kz", "pw-12345")
    signed_in = Client()
    signed_in.force_login(editor)
    response = signed_in.get("/ru/")
    assert _state(response) is None
    assert response["Cache-Control"] == "private, no-store"
    assert "wagtail-userbar" in response.content.decode()
    # ...and what they were shown is not given to the next anonymous visitor either.
    assert "wagtail-userbar" not in Client().get("/ru/").content.decode()


def test_learner_and_verify_pages_never_come_from_the_cache(client, site_pages, couple):
    from tests.factories import sign_in

    for path in ("/kk/verify/", "/kk/verify/ABCD-EFGH-JKMN/", "/kk/learn/"):
        client.get(path)
        response = client.get(path)
        assert _state(response) is None, path
        assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    sign_in(client, couple.codes[0])
    assert _state(client.get("/kk/learn/course/")) is None


def test_a_self_paced_learners_cookie_still_gets_the_cached_public_page(client, site_pages):
    """Their own pages are private (learning/selfpaced.py); the public ones are the same for
    everyone, so the learner's cookie does not make every public page uncached for them."""
    client.get("/ru/")
    client.cookies["otbasy_learner"] = "a-signed-learner-key"
    assert _state(client.get("/ru/")) == "hit"
    client.cookies["sessionid"] = "someone-signed-in"
    assert _state(client.get("/ru/")) is None


def test_not_found_and_posts_are_not_stored(client, site_pages):
    client.get("/ru/no-such-page/")
    assert _state(client.get("/ru/no-such-page/")) is None
    assert client.post("/ru/").status_code != 200 or _state(client.post("/ru/")) is None


def test_every_verify_lookup_counts_against_the_guessing_limit(client, site_pages):
    from certificates.views.verify import lookup_limit

    for _ in range(lookup_limit()):
        assert client.get("/ru/verify/ABCD-EFGH-JKMN/").status_code == 404
    assert client.get("/ru/verify/ABCD-EFGH-JKMN/").status_code == 429


def test_a_change_in_another_process_shows_within_a_second(client, site_pages, settings, tmp_path):
    """Two processes sharing one cache (a directory here, Redis in production): the other one
    publishes, this one stops serving the old page within a second."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        },
        "template_fragments": {
            "BACKEND": "home.localcopy.LocalCopyCache",
            "OPTIONS": {"SHARED": "default"},
        },
    }
    caches["default"].clear()
    pagecache.generation.reset()  # this process starts on the new cache as a fresh one would
    client.get("/ru/")
    assert _state(client.get("/ru/")) == "hit"
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "k8Jx2-Qw9zR4tYp7Lm3Nv6Bc1Xd5Fg0Hj8Kl2Zx4Cv7Bn9Mq3Wr6Et1Yu5Io0Pa",
        "CERTIFICATE_KEYS_KEK": "k9Lm2-Qw8zR5tYp1Lm3Nv7Bc2Xd6Fg9Hj0Kl3Zx5Cv8Bn",
        "SINGLE_INSTANCE": "1",
        "CACHE_DIR": str(tmp_path),
    }
    code = "import django; django.setup(); from home.pagecache import forget_pages; forget_pages()"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=60)
    time.sleep(1.1)
    assert _state(client.get("/ru/")) == "miss"


def test_the_middleware_is_outside_sessions_and_csp():
    from django.conf import settings

    order = settings.MIDDLEWARE
    mine = order.index(f"{PageCacheMiddleware.__module__}.{PageCacheMiddleware.__name__}")
    assert mine < order.index("django.contrib.sessions.middleware.SessionMiddleware")
    assert mine < order.index("home.csp.SiteCSPMiddleware")


def test_the_menu_and_settings_every_page_shows_follow_changes_when_uncached(
    client, site_pages, django_user_model, django_assert_max_num_queries
):
    """The chrome (menu, footer, settings) is kept in the shared cache for every page, cached or
    not; a signed-in visitor (never page-cached) still sees each change at once."""
    from home.models import SiteSettings, StandardPage

    editor = django_user_model.objects.create_superuser("pc-chrome", "c@example.kz", "pw-12345")
    client.force_login(editor)
    client.get("/ru/")
    with CaptureQueriesContext(connection) as warm:
        warm_response = client.get("/ru/")
    assert warm_response.status_code == 200
    warm_queries = len(warm)  # now: the next request clears the connection's query log
    settings_row = SiteSettings.objects.get()
    settings_row.emergency_phone = "150"
    settings_row.save()
    home = site_pages["home"]["ru"]
    news = home.add_child(
        instance=StandardPage(title="Новости", slug="novosti", show_in_menus=True)
    )
    news.save_revision().publish()
    html = client.get("/ru/").content.decode()
    assert 'href="tel:150"' in html
    assert '<a href="/ru/novosti/">Новости</a>' in html
    # Once warm again, the chrome costs no query of its own.
    client.get("/ru/")
    with django_assert_max_num_queries(warm_queries):
        client.get("/ru/")


def test_publishing_purges_the_page_from_a_caching_proxy_in_front(client, site_pages, settings):
    """With FRONTEND_CACHE_PURGE_URL set, a publish sends HTTP PURGE for the page's URL to the
    proxy (a real HTTP server on loopback here)."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    purged: list[tuple[str, str]] = []

    class Proxy(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            purged.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Proxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        settings.WAGTAILFRONTENDCACHE = {
            "proxy": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": f"http://127.0.0.1:{server.server_port}",
            }
        }
        about = site_pages["about"]["ru"]
        about.title = "О проекте (новое)"
        about.save_revision().publish()
    finally:
        server.shutdown()
        server.server_close()
    assert "/ru/about/" in [path for _host, path in purged], purged


def test_a_request_a_proxy_will_keep_reads_the_generation_now(client, site_pages):
    """Another instance moved the generation on a moment ago (straight in the shared cache, so
    this thread's copy is still the old one): a visitor may get the old page for up to a
    second, but what nginx asks for to keep (X-Page-Cache-Fill) is never the old page."""
    client.get("/ru/")
    assert _state(client.get("/ru/")) == "hit"
    caches["default"].set(pagecache.GENERATION_KEY, "moved-on-elsewhere", None)
    assert _state(client.get("/ru/")) == "hit"  # within this thread's second
    assert _state(client.get("/ru/", headers={"X-Page-Cache-Fill": "1"})) == "miss"
    assert _state(client.get("/ru/")) == "hit"  # the fresh copy, under the new generation


def test_private_answers_say_they_vary_by_cookie(client, site_pages, couple):
    """A learner's page: not for any shared cache, and keyed by the cookie for any that ignores
    `private` (so one learner's page can never be handed to another visitor)."""
    from tests.factories import sign_in

    sign_in(client, couple.codes[0])
    response = client.get("/kk/learn/course/")
    assert response.status_code == 200
    assert {"private", "no-store"} <= {d.strip() for d in response["Cache-Control"].split(",")}
    assert "Cookie" in response["Vary"]


def test_a_publish_purges_the_proxy_at_once_without_waiting_for_a_worker(
    client, site_pages, settings, django_capture_on_commit_callbacks
):
    """Wagtail queues its purge as a task; with no worker running (the dummy backend keeps it
    queued) the proxy in front is still purged by the time the publish returns."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    purged: list[str] = []

    class Proxy(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Proxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
        settings.WAGTAILFRONTENDCACHE = {
            "proxy": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": f"http://127.0.0.1:{server.server_port}",
            }
        }
        about = site_pages["about"]["ru"]
        about.title = "О проекте (сразу)"
        with django_capture_on_commit_callbacks(execute=True):
            about.save_revision().publish()
        assert "/ru/about/" in purged, purged
        purged.clear()
        with django_capture_on_commit_callbacks(execute=True):
            about.unpublish()
        assert "/ru/about/" in purged, purged
    finally:
        server.shutdown()
        server.server_close()
