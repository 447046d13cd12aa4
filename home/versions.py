"""Versions in the shared cache: a token naming the current state of something many requests
show, so cached copies keyed by it never go stale (a change moves the token on and the old
entries are simply not asked for again).

Three things use one: the page-cache generation (every public page), the statistics (one page
and its CSV) and the admin's chrome (the sidebar every staff screen draws). Each thread re-reads
a version at most once a second, so a request usually costs no round trip for it, and a change
shows on every instance within a second.

A token is random, not a counter: a key lost or evicted from the cache can never bring an old
version back (and with it the entries cached under it). A change made while the shared cache
does not answer is announced as soon as it answers again, so a Redis that comes back with its
old entries does not serve them.
"""

from __future__ import annotations

import secrets
import threading
import time

from django.core.cache import cache
from django.db import transaction

MEMO_SECONDS = 1.0


class _Memo(threading.local):
    value: str | None = None
    read_at: float = 0.0


class SharedVersion:
    _by_key: dict[str, SharedVersion] = {}

    def __init__(self, key: str) -> None:
        self.key = key
        self._memo = _Memo()
        self._unannounced = threading.Event()
        SharedVersion._by_key[key] = self

    @classmethod
    def named(cls, key: str) -> SharedVersion | None:
        """The version kept under `key` (a cached page names the versions it depends on)."""
        return cls._by_key.get(key)

    def current(self) -> str:
        """The shared token, re-read from the cache at most once a second per thread."""
        now = time.monotonic()
        memo = self._memo
        if memo.value is None or now - memo.read_at >= MEMO_SECONDS:
            if self._unannounced.is_set():
                self._move_on()
            memo.value = cache.get_or_set(self.key, _new_token, None)
            memo.read_at = now
        return memo.value

    def move_on(self, **kwargs) -> None:
        """A new token on every instance; takes a signal's arguments, so it can receive one.

        Inside a transaction, once more when it commits: a request that read the old rows
        meanwhile may have cached what it drew under the token moved on to first."""
        self._move_on()
        # An attribute, not get_autocommit(): that opens a connection, and a process that only
        # announces a change (a management command, a worker) may have no database to open.
        if transaction.get_connection().in_atomic_block:
            transaction.on_commit(self._move_on)

    def _move_on(self) -> None:
        token = _new_token()
        cache.set(self.key, token, None)
        if cache.get(self.key) == token:
            self._unannounced.clear()
        else:  # the shared cache is down (home/cache.py): try again once it answers
            self._unannounced.set()
        self._memo.value = None

    def forget_memo(self) -> None:
        """Read the token again on the next `current()`, as a second later."""
        self._memo.value = None

    def reset(self) -> None:
        """As a fresh process: nothing remembered, nothing waiting to be announced (tests)."""
        self._memo.value = None
        self._unannounced.clear()


def _new_token() -> str:
    return secrets.token_hex(8)
