"""Settings shared by every environment; anything that differs by machine comes from the environment."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_HASHES, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from home.headers import add_static_file_headers

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable as a list without blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def origin_of(url: str) -> str | None:
    """The scheme://host[:port] of an absolute URL (media on object storage), None for a path."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The project's apps, bottom layer first: each may import only the apps above it in this list.
    "home",
    "accounts",
    "resource_centers",
    "courses",
    "registry_offices",
    "certificates",
    "learning",
    "classroom",
    "notices",
    "evaluation",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "oauth2_provider",
    "ninja",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside every middleware that may answer early (the staff session and second-factor
    # redirects, the page cache, the 503 page), so every response says it may not be framed.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Counts and times every answer but static files' for Prometheus (home/metrics.py), served
    # apart from the site.
    "home.metrics.MetricsMiddleware",
    # nginx's request id (X-Request-ID) for the request's log lines and the tasks it queues.
    "home.logs.RequestIdMiddleware",
    # A database or object store that does not answer: a translated 503, never a traceback.
    "home.faults.ServiceUnavailableMiddleware",
    "home.pagecache.PageCacheMiddleware",
    "home.csp.SiteCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.SharedSiteMiddleware",
    "home.middleware.SiteLocaleMiddleware",
    "home.middleware.PermissionsPolicyMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "home.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.StaffSessionMiddleware",
    "accounts.middleware.StaffSecondFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Only a process_view: finds a Wagtail page from the route remembered in the shared cache.
    "home.routing.CachedRouteMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Form widgets render through TEMPLATES, so templates/wagtailadmin/widgets/ (the CSP nonce on
# Wagtail's date and time pickers) overrides Wagtail's own.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

WSGI_APPLICATION = "config.wsgi.application"


def database_from_url(url: str, **kwargs) -> dict:
    """dj-database-url's settings, and libpq's multi-host addresses, which it cannot parse.

    `postgres://user@10.0.0.1:5432,10.0.0.2:5432/otbasy?target_session_attrs=read-write` lists
    the primary and its standby: libpq tries them in order and keeps the one that takes writes,
    so after a failover the app finds the promoted standby without a proxy (README: "Operating
    it"). HOST and PORT become libpq's comma-separated lists; the query is OPTIONS as usual.
    """
    scheme, sep, rest = url.partition("://")
    authority, slash, tail = rest.partition("/")
    user, at, hosts = authority.rpartition("@")
    if not sep or "," not in hosts:
        return dj_database_url.parse(url, **kwargs)
    pairs = [host.rpartition(":") if ":" in host else (host, "", "") for host in hosts.split(",")]
    settings = dj_database_url.parse(f"{scheme}://{user}{at}multi-host{slash}{tail}", **kwargs)
    settings["HOST"] = ",".join(host for host, _colon, _port in pairs)
    settings["PORT"] = ",".join(port or "5432" for _host, _colon, port in pairs)
    return settings


DATABASES = {
    "default": database_from_url(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default, tuned as SQLite is meant to serve a web app: write-ahead logging
    # (readers never wait for a writer, and with synchronous=NORMAL a commit is an append, not
    # a disk sync: a learner's study-time write on every lesson view was 14 ms of fsync), and
    # write transactions that take their lock at BEGIN, so two workers writing at once queue
    # for `timeout` seconds instead of one failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Wagtail's sign-in form with a translated "Password" label (accounts/forms.py).
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.LoginForm"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # A common word, name or place dressed with digits (Astana2024!), offline (accounts/passwords.py).
    {"NAME": "accounts.passwords.GuessableWordValidator"},
    # Repeated or sequential characters (aaaaaaaaaaaa, abcdefghijkl, 123456789012).
    {"NAME": "accounts.passwords.RepetitiveValidator"},
    {"NAME": "accounts.passwords.PasswordChangeLog"},
]

# Staff authentication (accounts/): OWASP ASVS level 2 for everyone who can open the admin.
# django-axes checks every sign-in first; the model backend then checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, with each user's permissions in the shared cache (accounts/backends.py).
    "accounts.backends.CachedModelBackend",
]
# A second factor (TOTP app, recovery codes) for every staff role; off only in dev and test.
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", True)
OTP_TOTP_ISSUER = "Otbasy Academy"
# Staff sessions end after 30 minutes without a request, and 12 hours after signing in.
STAFF_SESSION_IDLE_SECONDS = int(os.environ.get("STAFF_SESSION_IDLE_SECONDS", str(30 * 60)))
STAFF_SESSION_MAX_SECONDS = int(os.environ.get("STAFF_SESSION_MAX_SECONDS", str(12 * 60 * 60)))
# Exports and certificate revoke/reissue need a proof of identity at most this old.
STAFF_REAUTH_SECONDS = int(os.environ.get("STAFF_REAUTH_SECONDS", str(5 * 60)))
# The security log (accounts.SecurityEvent) is kept this long; `purge_security_events` deletes older.
SECURITY_EVENT_RETENTION_DAYS = int(os.environ.get("SECURITY_EVENT_RETENTION_DAYS", "365"))
# "Forgotten password?" requests: per client address, and per e-mail from everywhere together.
PASSWORD_RESET_LIMIT = 5
PASSWORD_RESET_EMAIL_LIMIT = 3
PASSWORD_RESET_WINDOW_SECONDS = 60 * 60
# Login lockout (accounts/lockout.py): 5 failures on one account from one address lock that pair,
# 10 on one account from all addresses lock the account; 30 minutes either way. Never by address
# alone, so one address (an office behind NAT, or an attacker) cannot lock everyone out.
AXES_HANDLER = "accounts.lockout.StaffLockoutHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_FAILURE_LIMIT = 5
AXES_ACCOUNT_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = 0.5  # hours
AXES_RESET_ON_SUCCESS = True
# Failures during a lockout do not extend it, so an attacker cannot keep an account locked for ever.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "accounts.lockout.locked_out"
# The address the same way as every guessing limit: behind TRUSTED_PROXY_COUNT proxies.
AXES_CLIENT_IP_CALLABLE = "home.ratelimit.client_ip"
# Successful sign-ins go to the security log (hashed address), not to axes's raw-address log.
AXES_DISABLE_ACCESS_LOG = True
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "password", "code"]
AXES_VERBOSE = False

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

# Media (Wagtail's images, renditions and documents): on S3-compatible object storage shared by
# every instance when a bucket is named (home/storage.py), else on this machine's disk.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    MEDIA_STORAGE = {
        "BACKEND": "home.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID", ""),
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY", ""),
            "region_name": os.environ.get("AWS_S3_REGION_NAME", "us-east-1"),
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "otbasy",
    }
}
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL.startswith(("redis://", "rediss://")):
    # One cache for every instance: guessing limits, fragments, and sessions' fast copy.
    # With Redis down, pages still answer from the database and guessing limits refuse (home/cache.py);
    # the short timeouts keep a hung server from holding every request.
    CACHES["default"] = {
        "BACKEND": "home.cache.TolerantRedisCache",
        "LOCATION": CACHE_URL,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Entries whose key names their version (page-cache generation, revision): read from the shared
# cache once, then from a copy in the process (home/localcopy.py). `{% cache %}` uses it too.
CACHES["template_fragments"] = {
    "BACKEND": "home.localcopy.LocalCopyCache",
    "OPTIONS": {"SHARED": "default"},
}

# Whole anonymous pages in the shared cache (home.pagecache): how long an entry lives (a change
# to what pages show drops them all at once anyway), and what browsers and a CDN may keep.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_BROWSER_SECONDS = 0  # browsers ask again each time (a 304 when nothing changed)
PAGE_CACHE_SHARED_SECONDS = int(os.environ.get("PAGE_CACHE_SHARED_SECONDS", "60"))
# Never from the cache: the admin, the learner's pages, certificate checks (each look-up counts
# against the guessing limit), the APIs, documents (permission-checked), the language switch.
# The centre directory's HSDS API (/api/hsds/) is public and the same for everyone: cached.
PAGE_CACHE_EXCLUDE = [
    r"^/admin/",
    r"^/[a-z]{2}/learn/",
    r"^/[a-z]{2}/verify/",
    r"^/api/(?!hsds/)",
    # Signed status lists and the DID document keep their own signed copies (certificates app),
    # purged from a CDN when a bit flips.
    r"^/credentials/",
    r"^/\.well-known/",
    r"^/verify-sw\.js",
    r"^/documents/",
    r"^/i18n/",
    r"^/healthz",
    r"^/media/",
]

# A CDN or caching proxy in front keeps public pages for PAGE_CACHE_SHARED_SECONDS; publishing or
# unpublishing a page purges its URLs there (wagtail.contrib.frontend_cache): a proxy that takes
# HTTP PURGE (nginx, Varnish) at FRONTEND_CACHE_PURGE_URL, or Cloudflare by zone and token.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
    }

# How many proxies in front of the app append to X-Forwarded-For (the load balancer, a CDN);
# the client is the entry that many hops from the right (home.ratelimit.client_ip).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Background work (slip e-mails, password-reset e-mails): `immediate` runs a task inside the
# request that enqueues it (dev, tests); `db` queues it in the database for a worker
# (`manage.py db_worker`), so a slow or absent mail server never holds a request and a task
# enqueued while no worker runs is sent when one starts. Production defaults to `db`.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    # django-tasks-db's, keeping the id of the request that queued a task (home/logs.py).
    "db": "home.logs.DatabaseBackend",
}


def tasks_setting(default: str) -> dict:
    """TASKS for the `TASKS_BACKEND` environment variable (`db` or `immediate`)."""
    name = os.environ.get("TASKS_BACKEND", default).strip().lower()
    if name not in TASK_BACKENDS:
        raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}.")
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}


TASKS = tasks_setting("immediate")

# Notices to partners and centre staff (notices/): sent by the task worker, each logged without
# its body or address. A failed e-mail or SMS is tried again NOTICE_RETRY_SECONDS × the attempt
# later, NOTICE_MAX_ATTEMPTS times in all, then logged as failed.
NOTICE_MAX_ATTEMPTS = int(os.environ.get("NOTICE_MAX_ATTEMPTS", "5"))
NOTICE_RETRY_SECONDS = int(os.environ.get("NOTICE_RETRY_SECONDS", "300"))
# SMS: `console` prints each SMS (number masked) to the worker's output; `file` appends them
# to SMS_FILE_PATH (development: the number in full); `http` posts them to an SMS gateway.
SMS_BACKEND = os.environ.get("SMS_BACKEND", "console")
SMS_FILE_PATH = os.environ.get("SMS_FILE_PATH", str(BASE_DIR / "var" / "sms" / "sms.log"))
SMS_GATEWAY_URL = os.environ.get("SMS_GATEWAY_URL", "")
SMS_GATEWAY_TOKEN = os.environ.get("SMS_GATEWAY_TOKEN", "")
SMS_SENDER = os.environ.get("SMS_SENDER", "Otbasy")
SMS_GATEWAY_TIMEOUT = float(os.environ.get("SMS_GATEWAY_TIMEOUT", "10"))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Otbasy Academy <no-reply@otbasy.kz>")

# Personal data never goes to logs: requests are logged without query strings by gunicorn's
# default format only when configured so; Django's own loggers log errors only.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Couples' personal data is removed this many months after their registration date, or after their
# certificate's expiry when later (`manage.py purge_couple_data`, daily from cron).
COUPLE_DATA_RETENTION_MONTHS = int(os.environ.get("COUPLE_DATA_RETENTION_MONTHS", "12"))

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Wagtail's preview renders the page in an iframe of the admin, so same-origin framing is allowed.
X_FRAME_OPTIONS = "SAMEORIGIN"
# Browser features the site never uses stay off for every page (home.middleware.PermissionsPolicyMiddleware).
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)
# Admin avatars are initials, not gravatar.com look-ups keyed by a hash of staff e-mails.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Content-Security-Policy (django-csp, home/csp.py): only our own files run, and inline scripts
# only with the response's nonce (no 'unsafe-inline', no eval), on public, learner and admin pages.
# Inline style attributes are allowed (progress bars, Wagtail's admin), <style> elements only in
# the admin. Images may also come from the media origin when media lives on object storage;
# frames from the video hosts the lesson video block accepts.
CSP_EXTRA_IMG_SRC = [*filter(None, [origin_of(MEDIA_URL)]), *env_list("CSP_EXTRA_IMG_SRC")]
CSP_VIDEO_FRAME_SRC = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CSP_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF, NONCE],
    "style-src": [SELF],
    "style-src-attr": [UNSAFE_INLINE],
    "img-src": [SELF, "data:", *CSP_EXTRA_IMG_SRC],
    "font-src": [SELF],
    "connect-src": [SELF],
    "frame-src": [SELF, *CSP_VIDEO_FRAME_SRC],
    "frame-ancestors": [SELF],
    "form-action": [SELF],
    "base-uri": [SELF],
    "object-src": [NONE],
}
# What Wagtail's admin needs on top, checked in Chromium (tests/journeys/test_csp.py): its scripts
# add <style> elements; uploads preview the chosen image from a blob: URL; the image cropper
# (Jcrop) tests event support with an `on…="return;"` attribute, the only inline handler allowed.
CSP_ADMIN_DIRECTIVES = {
    "style-src": [SELF, UNSAFE_INLINE],
    "style-src-attr": None,
    "img-src": [SELF, "data:", "blob:", *CSP_EXTRA_IMG_SRC],
    "script-src-attr": [UNSAFE_HASHES, "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='"],
}
# CSP_REPORT_ONLY=true in the environment sends the same policy as report-only (browsers report,
# block nothing). Not a setting of that name: django-csp 4 refuses its old 3.x setting names.
if env_bool("CSP_REPORT_ONLY", False):
    CONTENT_SECURITY_POLICY = None
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": CSP_DIRECTIVES}
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": CSP_DIRECTIVES}
    CONTENT_SECURITY_POLICY_REPORT_ONLY = None
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

# The registry API (registry_offices/api/): machine clients use OAuth2 client credentials
# (django-oauth-toolkit). A client may only ask for the scopes its administrator gave it
# (registry_offices.api.scopes); secrets are stored hashed and shown once.
OAUTH2_PROVIDER = {
    "SCOPES": {
        "applications:write": "File applications, assign courses, cancel",
        "applications:read": "Read applications, their courses and progress",
        "certificates:read": "Read the certificates of the client's offices",
        "webhooks:manage": "Subscribe to events",
    },
    "SCOPES_BACKEND_CLASS": "registry_offices.api.scopes.ClientScopes",
    "ACCESS_TOKEN_EXPIRE_SECONDS": int(os.environ.get("REGISTRY_API_TOKEN_SECONDS", "3600")),
    # Only the SHA-256 of an access token is kept (RFC 9700): a database copy holds no token.
    "COMPLIANT_BCP_RFC9700_TOKEN_STORAGE": True,
    # Every other RFC 9700 (OAuth 2.0 Security BCP) behaviour too: only client credentials are
    # used here, so nothing is lost, and `check --deploy` stays clean.
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
    "COMPLIANT_BCP_RFC9700_AUTHZ_RESPONSE_ISS": True,
    "COMPLIANT_BCP_RFC9700_REFRESH_TOKEN": True,
    "REFRESH_TOKEN_REUSE_PROTECTION": True,
    "ALLOWED_REDIRECT_URI_SCHEMES": ["https"],
}
OAUTH2_PROVIDER_APPLICATION_MODEL = "oauth2_provider.Application"
# Requests a minute per client (the shared limiter, home/ratelimit.py) and the largest body.
REGISTRY_API_RATE_LIMIT = int(os.environ.get("REGISTRY_API_RATE_LIMIT", "600"))
REGISTRY_API_MAX_BODY_BYTES = int(os.environ.get("REGISTRY_API_MAX_BODY_BYTES", "65536"))
# Webhook deliveries: seconds to wait for a receiver, tries in all, and the backoff base (seconds,
# doubled each try).
WEBHOOK_TIMEOUT_SECONDS = float(os.environ.get("WEBHOOK_TIMEOUT_SECONDS", "5"))
WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("WEBHOOK_MAX_ATTEMPTS", "6"))
WEBHOOK_RETRY_SECONDS = int(os.environ.get("WEBHOOK_RETRY_SECONDS", "30"))
