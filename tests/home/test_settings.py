"""Production settings: refuse a weak key, pass `check --deploy`, serve hashed compressed static."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
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
        }
    }
    full_env.update({"DJANGO_SETTINGS_MODULE": "config.settings.production", **env})
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
