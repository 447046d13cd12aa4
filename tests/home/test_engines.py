"""The engines a production process reads from its environment: tasks, media storage, demo mode."""

import pytest

from tests.home.test_settings import STRONG_KEY, _setting


def _print(expression: str, **env: str) -> str:
    result = _setting(f"print({expression})", SECRET_KEY=STRONG_KEY, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_queues_tasks_in_the_database_unless_told_otherwise():
    # django-tasks-db's backend, keeping the id of the request that queued a task (home/logs.py).
    assert _print("settings.TASKS['default']['BACKEND']") == "home.logs.DatabaseBackend"
    immediate = _print("settings.TASKS['default']['BACKEND']", TASKS_BACKEND="immediate")
    assert immediate == "django_tasks.backends.immediate.ImmediateBackend"


def test_a_misspelt_tasks_backend_stops_the_process():
    result = _setting("print(1)", SECRET_KEY=STRONG_KEY, TASKS_BACKEND="celery")
    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of immediate, db" in result.stderr


def test_development_runs_tasks_at_once():
    result = _setting(
        "print(settings.TASKS['default']['BACKEND'])",
        DJANGO_SETTINGS_MODULE="config.settings.dev",
    )
    assert result.stdout.strip() == "django_tasks.backends.immediate.ImmediateBackend"


def test_media_stay_on_disk_without_a_bucket():
    assert _print("settings.STORAGES['default']['BACKEND']") == (
        "django.core.files.storage.FileSystemStorage"
    )
    assert _print("settings.WAGTAILDOCS_SERVE_METHOD") == "serve_view"


def test_a_bucket_puts_media_on_object_storage():
    code = (
        "settings.STORAGES['default']['BACKEND'], "
        "sorted(settings.STORAGES['default']['OPTIONS'].items())"
    )
    out = _print(
        code,
        AWS_STORAGE_BUCKET_NAME="otbasy-media",
        AWS_S3_ENDPOINT_URL="http://127.0.0.1:8333",
        AWS_ACCESS_KEY_ID="key",
        AWS_SECRET_ACCESS_KEY="secret",
    )
    assert out == (
        "home.storage.MediaStorage [('access_key', 'key'), ('bucket_name', 'otbasy-media'), "
        "('endpoint_url', 'http://127.0.0.1:8333'), ('region_name', 'us-east-1'), "
        "('secret_key', 'secret')]"
    )


@pytest.mark.parametrize(("value", "expected"), [("", "False"), ("1", "True")])
def test_demo_mode_under_production_settings_only_when_asked(value, expected):
    env = {"DEMO_MODE": value} if value else {}
    assert _print("settings.DEMO_MODE", **env) == expected


def test_load_demo_refuses_under_production_settings_by_default(tmp_path):
    result = _setting(
        "from django.core.management import call_command; call_command('load_demo')",
        SECRET_KEY=STRONG_KEY,
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    )
    assert result.returncode != 0
    assert "DEMO_MODE is off" in result.stderr
