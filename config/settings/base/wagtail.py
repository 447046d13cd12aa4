"""Wagtail and its contrib apps: admin, search, documents, images, translations; the demo switch."""

import os

from django.utils.translation import gettext_lazy as _

from .data import DATABASES

# The admin's "new Wagtail version" notice asks releases.wagtail.org from each admin's browser.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Wagtail
WAGTAIL_SITE_NAME = "Otbasy Academy"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database search backend with prefix queries, so that site search finds word forms
# (home/search_backends/, one module per database). "simple" keeps PostgreSQL from stemming
# Kazakh and Russian as English; after changing it on a filled database run `update_index`.
SEARCH_BACKENDS_BY_ENGINE = {
    "django.db.backends.postgresql": "home.search_backends.postgres",
    "django.db.backends.sqlite3": "home.search_backends.sqlite",
}
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": SEARCH_BACKENDS_BY_ENGINE.get(
            DATABASES["default"]["ENGINE"], "wagtail.search.backends.database"
        ),
        "SEARCH_CONFIG": "simple",
    },
}
# Documents are always served by Wagtail's view after its permission check, streamed from the
# storage, never by a redirect to a storage URL (Wagtail's default for remote storage).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp"}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")]
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# New translations start as drafts, so a translated page is published by someone allowed to
# publish (the moderation workflow), not automatically because its source is live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# load_demo may only run where this is true (dev and test, never production).
DEMO_MODE = False

SITE_DESCRIPTION = _("Family-life education for couples, families and schools")
