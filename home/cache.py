"""The shared Redis cache, made to degrade instead of fail when Redis is down.

What the cache holds here is either a copy (whole pages, fragments, the Site, sessions' fast copy,
all rebuilt from the database on a miss) or a count (guessing limits). With Redis down:

- reading or writing a copy behaves as a miss: pages still answer, only slower, and sessions
  fall back to their database rows (`cached_db`);
- counting raises `CacheUnavailable`, so a guessing limit fails closed (home/ratelimit.py): a miss
  there would mean "never counted", that is, unlimited guesses.

After a failure the cache is not asked again for `RETRY_AFTER_SECONDS`, so a dead Redis costs one
refused connection a second per process rather than one (or a timeout) for every cache call.
"""

from __future__ import annotations

import logging
import threading
import time

import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 1.0

# What a cache call raises when the server is down or slow (redis-py's errors, socket errors).
CACHE_ERRORS: tuple[type[BaseException], ...] = (redis.exceptions.RedisError, OSError)


class CacheUnavailable(ValueError):
    """The shared cache cannot count right now (Redis down).

    A ValueError, as Django's `incr` raises for a missing key: code that drops a version number
    (`incr`, else `set`) carries on as if the key were gone. The guessing limits catch it first.
    """


_down_until: dict[str, float] = {}
_lock = threading.Lock()


# Count a chain of keys in one round trip, stopping at the first that is over its limit; each
# key lives ARGV[2i-1] seconds from its first count. Returns the counts made.
_COUNT_CHAIN = """
local counts = {}
for i, key in ipairs(KEYS) do
  local n = redis.call('INCR', key)
  redis.call('EXPIRE', key, ARGV[2 * i - 1], 'NX')
  counts[i] = n
  if n > tonumber(ARGV[2 * i]) then break end
end
return counts
"""


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client makes a new `redis.Redis` object for every cache call; one per pool is
    enough (they are thread-safe) and saves that work on every request."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, redis.Redis] = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class TolerantRedisCache(RedisCache):
    """Django's RedisCache where copies miss and counts raise `CacheUnavailable` while Redis is
    down. Short socket timeouts (see config/settings/base/data.py) keep a hung server from holding
    requests."""

    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def _key(self) -> str:
        return ",".join(self._servers)

    def _is_down(self) -> bool:
        return time.monotonic() < _down_until.get(self._key(), 0.0)

    def _mark_down(self, error: BaseException) -> None:
        with _lock:
            was_down = self._is_down()
            _down_until[self._key()] = time.monotonic() + RETRY_AFTER_SECONDS
        if not was_down:
            logger.warning("The shared cache is not answering (%s): serving without it.", error)

    def _copy(self, fallback, method, *args, **kwargs):
        if self._is_down():
            return fallback
        try:
            return method(*args, **kwargs)
        except CACHE_ERRORS as error:
            self._mark_down(error)
            return fallback

    def _count(self, method, *args, **kwargs):
        if self._is_down():
            raise CacheUnavailable("the shared cache is down")
        try:
            return method(*args, **kwargs)
        except CACHE_ERRORS as error:
            self._mark_down(error)
            raise CacheUnavailable(str(error)) from error

    # Copies: a failure is a miss (or a write nobody will read).
    def get(self, key, default=None, version=None):
        return self._copy(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._copy(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._copy(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._copy(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._copy({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._copy(False, super().has_key, key, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._copy(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._copy(None, super().delete_many, keys, version)

    def clear(self):
        return self._copy(False, super().clear)

    # Counts: a failure must not look like "nothing counted yet".
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._count(super().add, key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        return self._count(super().incr, key, delta, version)

    def count_chain(self, steps: list[tuple[str, int, int]]) -> list[int]:
        """Count each (key, timeout, limit) in order, stopping after the first over its limit,
        in one round trip (a Lua script): a client's own count and a shared target's count
        cost one call instead of two. Returns the counts made."""

        def run() -> list[int]:
            keys = [self.make_and_validate_key(key) for key, _timeout, _limit in steps]
            args = [value for _key, timeout, limit in steps for value in (int(timeout), limit)]
            client = self._cache.get_client(keys[0], write=True)
            return [int(n) for n in client.eval(_COUNT_CHAIN, len(keys), *keys, *args)]

        return self._count(run)

    def get_or_set(self, key, default, timeout=DEFAULT_TIMEOUT, version=None):
        """The cached value, or `default` (computed, stored if the cache answers)."""
        value = self.get(key, version=version)
        if value is not None:
            return value
        if callable(default):
            default = default()
        try:
            self.add(key, default, timeout=timeout, version=version)
        except CacheUnavailable:
            return default
        return self.get(key, default, version=version)
