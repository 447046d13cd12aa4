"""What /healthz reports: whether each part this instance uses answers right now.

Each check is a real round trip (a query, a cache write and read, a bucket look-up), short and
cheap, so a load balancer polling every few seconds sees a part go down within one poll.
"""

from __future__ import annotations

import secrets

from django.core.cache import cache
from django.core.files.storage import storages
from django.db import DatabaseError, connection

from .cache import CACHE_ERRORS
from .storage import MediaStorage

OK, DOWN, LOCAL = "ok", "down", "local"


def database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return DOWN
    return OK


def cache_state() -> str:
    """A value written and read back: a cache that swallows its errors (home/cache.py) reads
    nothing back when Redis is down."""
    key = f"healthz:{secrets.token_hex(8)}"
    token = secrets.token_hex(8)
    try:
        cache.set(key, token, 10)
        answered = cache.get(key) == token
        cache.delete(key)
    except CACHE_ERRORS:
        return DOWN
    return OK if answered else DOWN


def storage_state() -> str:
    """`local` for media on this machine's disk (nothing to reach), else whether the bucket answers."""
    storage = storages["default"]
    if not isinstance(storage, MediaStorage):
        return LOCAL
    return OK if storage.answers() else DOWN


def health_report() -> dict[str, str]:
    return {"database": database_state(), "cache": cache_state(), "storage": storage_state()}
