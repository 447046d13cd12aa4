"""Where data lives: the database, media storage, the caches (whole pages included) and the CDN
purge, the proxies in front, and the task queue."""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .environment import BASE_DIR, env_bool


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
