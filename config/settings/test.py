"""Tests: fast hasher, local-memory cache, immediate tasks, in-memory e-mail."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "django-insecure-test-only-key"  # noqa: S105
DEMO_MODE = True
# Tests of the second factor turn it on (tests/accounts); the others sign in with a password only.
STAFF_MFA_REQUIRED = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "otbasy-tests",
    },
    "template_fragments": {
        "BACKEND": "home.localcopy.LocalCopyCache",
        "OPTIONS": {"SHARED": "default"},
    },
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
# Static files straight from the apps' folders (no collectstatic before tests).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
