"""Local development: DEBUG on, a fixed insecure key, demo data allowed."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "django-insecure-dev-only-key-never-used-in-production")
DEMO_MODE = True
# The demo logins work with a password only; set STAFF_MFA_REQUIRED=1 to try the second factor.
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", False)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
