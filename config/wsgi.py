"""WSGI entry point for gunicorn."""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

if getattr(settings, "CERTIFICATE_KEYS_KEK_REQUIRED", False):
    # Production refuses to start while a registry office has no signing key (apps are loaded
    # only now, so the check is imported here).
    from certificates.checks import require_office_keys

    require_office_keys()
