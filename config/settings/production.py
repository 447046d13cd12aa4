"""Production: everything from the environment; refuses to start without a real SECRET_KEY."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BASE_DIR, CACHES, MEDIA_STORAGE, env_bool, tasks_setting

DEBUG = env_bool("DEBUG", False)

# Tasks wait in the database for `manage.py db_worker` unless TASKS_BACKEND=immediate.
TASKS = tasks_setting("db")

# load_demo under production settings: only for the one-machine cluster demo (`make cluster`).
DEMO_MODE = env_bool("DEMO_MODE", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure") or len(set(SECRET_KEY)) < 5:
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random string of at least 50 characters "
        "(python -c 'import secrets; print(secrets.token_urlsafe(64))')."
    )

# The key that encrypts the registry offices' signing keys at rest (certificates/keystore.py):
# from the environment only, never beside the keys in the database.
CERTIFICATE_KEYS_KEK = os.environ.get("CERTIFICATE_KEYS_KEK", "")
CERTIFICATE_KEYS_KEK_REQUIRED = True
if len(CERTIFICATE_KEYS_KEK) < 32:
    raise ImproperlyConfigured(
        "Set CERTIFICATE_KEYS_KEK to a random string of at least 32 characters "
        "(python -c 'import secrets; print(secrets.token_urlsafe(48))'): it encrypts the registry "
        "offices' certificate signing keys at rest. Keep it outside the database and the "
        "repository, and keep a copy with the backups' keys: without it the keys cannot be read."
    )

# Guessing limits and sessions must be shared by every process that answers requests. Redis does
# that for a cluster; one machine may instead say so, and its workers share a cache on disk.
if not CACHES["default"]["BACKEND"].endswith("RedisCache"):
    if not env_bool("SINGLE_INSTANCE", False):
        raise ImproperlyConfigured(
            "Set CACHE_URL=redis://host:6379/0 (shared by every instance), or SINGLE_INSTANCE=1 "
            "when this is the only machine serving the site."
        )
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
    }
    # The workers share that cache, so sessions can be read from it too (written through).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Mail goes to a mail server; backends that write messages (reset links, access codes) to the
# log or to disk are refused.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
REFUSED_EMAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
}
if EMAIL_BACKEND in REFUSED_EMAIL_BACKENDS:
    raise ImproperlyConfigured(
        f"EMAIL_BACKEND={EMAIL_BACKEND} writes messages where people can read them; "
        "use django.core.mail.backends.smtp.EmailBackend (EMAIL_HOST, EMAIL_PORT, ...)."
    )
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10

STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# TLS ends at the proxy in front of gunicorn; it tells us with X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
LANGUAGE_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# Wagtail's page preview is an iframe of our own origin; DENY would break it (security.W019).
SILENCED_SYSTEM_CHECKS = ["security.W019"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False}},
}
# LOG_FORMAT=json: one JSON object a line, with nginx's request id (home/logs.py).
if os.environ.get("LOG_FORMAT", "").lower() == "json":
    LOGGING["formatters"] = {"json": {"()": "home.logs.JsonFormatter"}}
    LOGGING["filters"] = {"request_id": {"()": "home.logs.RequestIdFilter"}}
    LOGGING["handlers"]["console"].update(formatter="json", filters=["request_id"])
