"""Languages (Kazakh first), formats, time zone, and static and media files' addresses."""

import os
from pathlib import Path

from home.headers import add_static_file_headers

from .environment import BASE_DIR, env_bool

# Languages: Kazakh is the default and the source language of all content.
LANGUAGE_CODE = "kk"
LANGUAGES = [
    ("kk", "Қазақша"),
    ("ru", "Русский"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# The project's strings first; then the Kazakh catalogue of Wagtail's admin, which Wagtail does
# not ship (scripts/wagtail_messages.py keeps it in step with the installed Wagtail).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]
# Django has no Kazakh formats module; ours (home/formats/kk) prints 11.12.2026, 08:11 and 1,0.
FORMAT_MODULE_PATH = ["home.formats"]
USE_I18N = True
TIME_ZONE = "Asia/Almaty"
USE_TZ = True
LANGUAGE_COOKIE_NAME = "otbasy_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# WhiteNoise serves /static/ before the middleware that adds security headers to pages.
WHITENOISE_ADD_HEADERS_FUNCTION = add_static_file_headers
