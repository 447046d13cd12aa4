"""A cache backend that keeps a copy of what it reads from the shared cache in the process.

Only for keys that name the version of what they hold (the page-cache generation, a revision):
such an entry never changes, it is only replaced by an entry under another key, so a copy cannot
go stale. The shared cache (Redis) stays the one every instance reads and writes; the copy saves
the round trips of the shared fragments a page reads every time (the site, the menu, the footer,
routes, view restrictions, centre cards), which add up to more than rendering them.

Each entry is kept as its pickle and unpickled on every read, as a read from Redis would be: no
two requests share an object. The copy holds MAX_ENTRIES at most (least recently used go first)
for COPY_SECONDS at most.

    CACHES["template_fragments"] = {
        "BACKEND": "home.localcopy.LocalCopyCache",
        "OPTIONS": {"SHARED": "default"},
    }
"""

from __future__ import annotations

import pickle
import threading
import time
from collections import OrderedDict
from typing import Any

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

_MISSING = object()


class LocalCopyCache(BaseCache):
    def __init__(self, location: str, params: dict) -> None:
        super().__init__(params)
        options = params.get("OPTIONS", {})
        self._shared_alias = options.get("SHARED", "default")
        self._max_entries = int(options.get("MAX_ENTRIES", 2000))
        self._copy_seconds = float(options.get("COPY_SECONDS", 300))
        self._copies: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def shared(self) -> BaseCache:
        return caches[self._shared_alias]

    def _copy_key(self, key: str, version: int | None) -> str:
        return self.make_and_validate_key(key, version=version)

    def _read_copy(self, copy_key: str) -> Any:
        with self._lock:
            found = self._copies.get(copy_key)
            if found is None:
                return _MISSING
            expires, data = found
            if expires < time.monotonic():
                del self._copies[copy_key]
                return _MISSING
            self._copies.move_to_end(copy_key)
        return pickle.loads(data)  # noqa: S301 - our own pickle of our own value

    def _keep_copy(self, copy_key: str, value: Any, timeout: float | None) -> None:
        seconds = self._copy_seconds if timeout in (None, DEFAULT_TIMEOUT) else timeout
        seconds = min(seconds, self._copy_seconds)
        if seconds <= 0:
            return
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._copies[copy_key] = (time.monotonic() + seconds, data)
            self._copies.move_to_end(copy_key)
            while len(self._copies) > self._max_entries:
                self._copies.popitem(last=False)

    def get(self, key: str, default: Any = None, version: int | None = None) -> Any:
        copy_key = self._copy_key(key, version)
        value = self._read_copy(copy_key)
        if value is not _MISSING:
            return value
        value = self.shared.get(key, _MISSING, version=version)
        if value is _MISSING:
            return default
        self._keep_copy(copy_key, value, None)
        return value

    def get_many(self, keys: list[str], version: int | None = None) -> dict[str, Any]:
        found = {}
        missing = []
        for key in keys:
            value = self._read_copy(self._copy_key(key, version))
            if value is _MISSING:
                missing.append(key)
            else:
                found[key] = value
        if missing:
            for key, value in self.shared.get_many(missing, version=version).items():
                self._keep_copy(self._copy_key(key, version), value, None)
                found[key] = value
        return found

    def set(self, key: str, value: Any, timeout=DEFAULT_TIMEOUT, version: int | None = None):
        self.shared.set(key, value, timeout, version=version)
        self._keep_copy(self._copy_key(key, version), value, timeout)

    def set_many(self, data: dict, timeout=DEFAULT_TIMEOUT, version: int | None = None) -> list:
        failed = self.shared.set_many(data, timeout, version=version)
        for key, value in data.items():
            if key not in failed:
                self._keep_copy(self._copy_key(key, version), value, timeout)
        return failed

    def add(self, key: str, value: Any, timeout=DEFAULT_TIMEOUT, version: int | None = None):
        added = self.shared.add(key, value, timeout, version=version)
        if added:
            self._keep_copy(self._copy_key(key, version), value, timeout)
        return added

    def delete(self, key: str, version: int | None = None) -> bool:
        with self._lock:
            self._copies.pop(self._copy_key(key, version), None)
        return self.shared.delete(key, version=version)

    def touch(self, key: str, timeout=DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return self.shared.touch(key, timeout, version=version)

    def has_key(self, key: str, version: int | None = None) -> bool:
        return self.get(key, _MISSING, version=version) is not _MISSING

    def clear(self) -> None:
        self.forget_copies()
        self.shared.clear()

    def forget_copies(self) -> None:
        """Drop this process's copies (the shared entries stay)."""
        with self._lock:
            self._copies.clear()
