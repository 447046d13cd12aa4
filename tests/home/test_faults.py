"""A part of the cluster down: Redis, the object store, the database. The rest keeps answering,
with clear, translated messages, and nothing is half-saved.

Redis and the object store are "down" as they are in production when they die: the settings
point at a loopback port where nothing listens (connection refused).
"""

from __future__ import annotations

import io
import socket
import time
from unittest import mock

import pytest
import redis
from botocore.exceptions import ClientError, EndpointConnectionError
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCacheClient
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError, connection, transaction
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from home import cache as tolerant_cache
from home.ratelimit import allow
from home.storage import is_outage
from tests.factories import make_application

pytestmark = pytest.mark.django_db


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# As in config/settings/base/data.py: versioned fragments through a process copy of the shared cache.
FRAGMENTS = {"BACKEND": "home.localcopy.LocalCopyCache", "OPTIONS": {"SHARED": "default"}}


@pytest.fixture
def redis_down(settings):
    """Production's cache settings (config/settings/base/data.py) with Redis not running."""
    settings.CACHES = {
        "default": {
            "BACKEND": "home.cache.TolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{_dead_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        },
        "template_fragments": FRAGMENTS,
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    tolerant_cache._down_until.clear()
    yield
    tolerant_cache._down_until.clear()


# --- Redis down -----------------------------------------------------------------------------------


def test_with_redis_down_public_pages_answer(client, site_pages, redis_down):
    started = time.monotonic()
    for path in ("/kk/", "/ru/", site_pages["about"]["en"].url):
        assert client.get(path).status_code == 200
    assert time.monotonic() - started < 10  # one refused connection, not a timeout per call


def test_with_redis_down_the_certificate_look_up_refuses_with_a_clear_message(
    client, site_pages, redis_down
):
    page = client.get("/kk/verify/ABCD-EFGH-JKLM/")
    assert page.status_code == 429
    assert "Тексеру уақытша тоқтатылды" in page.content.decode()
    api = client.get("/api/certificates/ABCD-EFGH-JKLM/", HTTP_ACCEPT_LANGUAGE="ru")
    assert api.status_code == 429
    assert api.json()["error"] == "Проверка приостановлена на несколько минут. Попробуйте позже."
    assert api["Retry-After"] == "60"


def test_with_redis_down_the_access_code_sign_in_fails_closed(client, site_pages, redis_down):
    for _attempt in range(3):
        response = client.post("/ru/learn/", {"code": "a-guessed-code-0000000000000000"})
        assert response.status_code == 429
    html = response.content.decode()
    assert "проверка кодов приостановлена" in html
    assert "Вы пытались слишком много раз" not in html  # not blamed on the visitor


def test_a_plain_redis_cache_that_is_down_also_fails_closed(settings, rf):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{_dead_port()}/0",
        },
        "template_fragments": FRAGMENTS,
    }
    request = rf.get("/")
    assert allow(request, "test", 100, 60) is False
    assert request.ratelimit_unavailable is True


def test_with_redis_down_a_staff_session_lives_on_in_the_database(
    client, django_user_model, site_pages, redis_down, office_a
):
    client.force_login(office_a.clerk)
    make_application(office_a.office, "AST-F1")
    response = client.get(reverse("applications:index"))
    assert response.status_code == 200
    assert "AST-F1" in response.content.decode()


def test_healthz_says_cache_down_and_still_serves(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "down", "storage": "local"}


def test_a_dead_redis_is_asked_again_a_moment_later_not_on_every_call(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "home.cache.TolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{_dead_port()}/0",
        },
        "template_fragments": FRAGMENTS,
    }
    tolerant_cache._down_until.clear()
    refused = redis.exceptions.ConnectionError("Connection refused")
    with mock.patch.object(RedisCacheClient, "get", side_effect=refused) as redis_get:
        assert cache.get("a") is None and cache.get("b") is None
        assert redis_get.call_count == 1  # the second call did not wait for Redis
        later = time.monotonic() + tolerant_cache.RETRY_AFTER_SECONDS + 0.1
        with mock.patch.object(tolerant_cache.time, "monotonic", return_value=later):
            assert cache.get("c") is None
        assert redis_get.call_count == 2
    tolerant_cache._down_until.clear()


# --- Object store down ----------------------------------------------------------------------------


@pytest.fixture
def store_down(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "home.storage.MediaStorage",
            "OPTIONS": {
                "bucket_name": "otbasy-media",
                "endpoint_url": f"http://127.0.0.1:{_dead_port()}",
                "access_key": "x",
                "secret_key": "y",
            },
        },
    }


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("fault-editor", password="x")
    client.force_login(user)
    return user


def _png(name: str = "family.png") -> SimpleUploadedFile:
    data = get_test_image_file(name, size=(64, 48)).file.getvalue()
    return SimpleUploadedFile(name, data, content_type="image/png")


def test_with_the_store_down_pages_without_images_answer(client, site_pages, store_down):
    assert client.get("/kk/").status_code == 200
    assert client.get(site_pages["about"]["ru"].url).status_code == 200


def test_with_the_store_down_an_image_upload_fails_clearly_and_saves_nothing(
    client, editor, store_down
):
    root = Collection.get_first_root_node().pk
    response = client.post(
        reverse("wagtailimages:add"), {"title": "Family", "file": _png(), "collection": root}
    )
    assert response.status_code == 503
    html = response.content.decode()
    assert "Файлдарды қазір сақтау мүмкін емес" in html
    assert "Traceback" not in html
    # The admin's drag-and-drop uploader, too. (Its save is not in a transaction of its own, and
    # the failed save marks the test's transaction for rollback; in production the request runs
    # in autocommit. A savepoint here stands for that.)
    with transaction.atomic():
        multiple = client.post(
            reverse("wagtailimages:add_multiple"),
            {"files[]": _png("other.png"), "collection": root},
            HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        )
    assert multiple.status_code == 503
    assert not get_image_model().objects.exists()


def test_with_the_store_down_a_document_upload_fails_clearly_and_saves_nothing(
    client, editor, store_down
):
    upload = io.BytesIO(b"Procedures")
    upload.name = "procedures.txt"
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Procedures", "file": upload, "collection": Collection.get_first_root_node().pk},
    )
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert not get_document_model().objects.exists()


def test_healthz_says_storage_down_and_still_serves(client, store_down):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["storage"] == "down"


# --- Database down --------------------------------------------------------------------------------


def _database_down():
    return mock.patch.object(
        connection, "ensure_connection", side_effect=OperationalError("connection refused")
    )


def test_with_the_database_down_healthz_answers_503(client):
    with _database_down():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "down", "cache": "ok", "storage": "local"}


@pytest.mark.parametrize("warm", [False, True])
def test_with_the_database_down_a_page_is_a_plain_translated_503(site_pages, warm):
    client = Client(raise_request_exception=False)
    cache.clear()
    if warm:
        # The Site and the menu come from the cache; the failure is then in the view itself.
        client.get("/kk/")
    with _database_down():
        response = client.get("/kk/search/?q=отбасы")
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Сайт уақытша қолжетімсіз" in html
    assert "Traceback" not in html and "OperationalError" not in html


def test_only_a_store_that_does_not_answer_counts_as_down():
    def answer(status: int, code: str) -> ClientError:
        response = {"Error": {"Code": code}, "ResponseMetadata": {"HTTPStatusCode": status}}
        return ClientError(response, "GetObject")

    assert is_outage(EndpointConnectionError(endpoint_url="http://127.0.0.1:1"))
    assert is_outage(answer(503, "SlowDown"))
    assert not is_outage(answer(404, "NoSuchKey"))  # one missing file is not an outage
    assert not is_outage(ValueError("bad"))
