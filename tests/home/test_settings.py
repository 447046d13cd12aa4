"""Production settings: refuse a weak key, pass `check --deploy`, serve hashed compressed static."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEK = "k9Lm2-Qw8zR5tYp1Lm3Nv7Bc2Xd6Fg9Hj0Kl3Zx5Cv8Bn"
STRONG_KEY = "k8Jx2-Qw9zR4tYp7Lm3Nv6Bc1Xd5Fg0Hj8Kl2Zx4Cv7Bn9Mq3Wr6Et1Yu5Io0Pa"


def _run(*args: str, **env: str) -> subprocess.CompletedProcess:
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "SECRET_KEY",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "CACHE_URL",
            "EMAIL_BACKEND",
            "CSP_REPORT_ONLY",
            "TASKS_BACKEND",
            "DEMO_MODE",
            "AWS_STORAGE_BUCKET_NAME",
        }
    }
    full_env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SINGLE_INSTANCE": "1",
            "CERTIFICATE_KEYS_KEK": KEK,
            **env,
        }
    )
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("key", ["", "short", "django-insecure-" + "x" * 60, "a" * 60])
def test_production_refuses_to_start_without_a_real_secret_key(key):
    result = _run("manage.py", "check", SECRET_KEY=key)
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_production_check_deploy_is_clean(tmp_path):
    # On a fresh database file: start-up (URLs, admin hooks) must not need migrated tables. A real
    # mail server; no shared cache, so the one instance says it is one.
    result = _run(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="otbasy.kz",
        DATABASE_URL=f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        SINGLE_INSTANCE="1",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_serves_compressed_hashed_static_files():
    code = (
        "from django.conf import settings;"
        "print(settings.STORAGES['staticfiles']['BACKEND']);"
        "print(settings.MIDDLEWARE[1]); print(settings.DEBUG)"
    )
    result = _run(
        "-c", f"import django; django.setup(); {code}", SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="x"
    )
    lines = result.stdout.split()
    assert lines == [
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "whitenoise.middleware.WhiteNoiseMiddleware",
        "False",
    ], result.stderr


def test_database_comes_from_the_environment():
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    result = _run(
        "-c",
        f"import django; django.setup(); {code}",
        SECRET_KEY=STRONG_KEY,
        DATABASE_URL="postgres://u:p@db.example:5432/otbasy",
    )
    assert result.stdout.strip() == "django.db.backends.postgresql", result.stderr


def test_a_primary_and_its_standby_in_one_address_reach_libpq_as_host_and_port_lists():
    """libpq's multi-host address (dj-database-url cannot parse it): after a failover the app
    connects to whichever server takes writes (README: "Operating it")."""
    code = "d = settings.DATABASES['default']; print(d['HOST'], d['PORT'], d['NAME'], d['OPTIONS'])"
    result = _setting(
        code,
        SECRET_KEY=STRONG_KEY,
        DATABASE_URL="postgres://u@10.0.0.1:5433,10.0.0.2/otbasy?target_session_attrs=read-write",
    )
    assert result.stdout.split(" ", 3) == [
        "10.0.0.1,10.0.0.2",
        "5433,5432",
        "otbasy",
        "{'target_session_attrs': 'read-write'}\n",
    ], result.stderr


def _setting(code: str, **env: str) -> subprocess.CompletedProcess:
    return _run(
        "-c", f"import django; django.setup(); from django.conf import settings; {code}", **env
    )


def test_production_refuses_a_cache_of_one_process_unless_it_is_the_only_instance(tmp_path):
    refused = _setting("print(1)", SECRET_KEY=STRONG_KEY, SINGLE_INSTANCE="")
    assert refused.returncode != 0
    assert "CACHE_URL=redis://" in refused.stderr
    # One machine: its workers share a cache on disk, not each its own memory.
    single = _setting(
        "print(settings.CACHES['default']['BACKEND'])",
        SECRET_KEY=STRONG_KEY,
        CACHE_DIR=str(tmp_path),
    )
    assert single.stdout.strip() == "django.core.cache.backends.filebased.FileBasedCache"
    shared = _setting(
        "print(settings.CACHES['default']['BACKEND'], settings.SESSION_ENGINE)",
        SECRET_KEY=STRONG_KEY,
        SINGLE_INSTANCE="",
        CACHE_URL="redis://127.0.0.1:6379/0",
    )
    assert shared.stdout.split() == [
        "home.cache.TolerantRedisCache",
        "django.contrib.sessions.backends.cached_db",
    ], shared.stderr


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.mail.backends.console.EmailBackend",
        "django.core.mail.backends.filebased.EmailBackend",
        "django.core.mail.backends.locmem.EmailBackend",
    ],
)
def test_production_refuses_mail_backends_that_write_messages_where_people_read_them(backend):
    result = _setting("print(1)", SECRET_KEY=STRONG_KEY, EMAIL_BACKEND=backend)
    assert result.returncode != 0
    assert "writes messages where people can read them" in result.stderr


def test_production_sends_mail_by_smtp_by_default():
    result = _setting("print(settings.EMAIL_BACKEND)", SECRET_KEY=STRONG_KEY)
    assert result.stdout.strip() == "django.core.mail.backends.smtp.EmailBackend", result.stderr


@pytest.mark.django_db
def test_every_response_switches_off_unused_browser_features(client, site_pages):
    for path in ("/kk/", "/admin/login/", "/healthz"):
        policy = client.get(path).headers.get("Permissions-Policy", "")
        assert "camera=()" in policy and "geolocation=()" in policy, path


@pytest.mark.django_db
def test_admin_avatars_do_not_ask_gravatar(client, django_user_model):
    admin = django_user_model.objects.create_superuser(
        "avatar-admin", email="clerk@example.kz", password="pw-avatar-admin"
    )
    client.force_login(admin)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()
