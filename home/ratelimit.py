"""Fixed-window rate limits on the shared cache, for look-ups that guessing could abuse.

Counts live in the cache (Redis in production, which refuses to start with a per-process cache;
see config/settings/production.py), never in one process's memory, so every instance shares them.

Two buckets guard each look-up: one per client address, so one address cannot try many codes, and
one per target (e.g. a code's first characters), so many addresses cannot hammer one code and one
address cannot lock everyone else out. Addresses and targets enter keys only as keyed hashes.

When the shared cache cannot count (Redis down), every guarded look-up is refused: a limit that
cannot count would otherwise be no limit at all. The 429 then says that checks are paused, not
that the visitor tried too often.
"""

import hashlib
import ipaddress
import time

from django.conf import settings
from django.core.cache import cache, caches
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .cache import CACHE_ERRORS, CacheUnavailable, TolerantRedisCache

PAUSED_RETRY_SECONDS = 60


def _valid_ip(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The client's address, as the trusted proxies in front of the app saw it.

    With `TRUSTED_PROXY_COUNT = n`, each of those n proxies appended the address it was talking
    to, so the client is the n-th entry from the right of X-Forwarded-For. Entries left of it were
    written by the client and are never believed. With no trusted proxy, REMOTE_ADDR.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if trusted <= 0:
        return remote
    hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if not hops:
        return remote
    # Fewer hops than proxies means every entry came from a proxy: the left-most is the client.
    candidate = hops[-trusted] if len(hops) >= trusted else hops[0]
    return _valid_ip(candidate) or remote


def _digest(value: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:32]


def client_id(request: HttpRequest) -> str:
    """A stable, non-reversible id of the client (its address, hashed with the secret key)."""
    return _digest(client_ip(request))


def _now() -> float:
    """The clock the windows are cut from (tests hold it still: see tests/conftest.py)."""
    return time.time()


def _count_chain(steps: list[tuple[str, int]], timeout: int) -> list[int]:
    """One more attempt on each (key, limit) in order, stopping after the first over its limit;
    returns the counts made. Raises CacheUnavailable when nothing can count."""
    shared = caches["default"]
    if isinstance(shared, TolerantRedisCache):  # production: one round trip for the chain
        return shared.count_chain([(key, timeout, limit) for key, limit in steps])
    counts = []
    for key, limit in steps:
        try:
            cache.add(key, 0, timeout=timeout)
            try:
                count = cache.incr(key)
            except CacheUnavailable:
                raise
            except ValueError:  # the key expired between add and incr
                cache.set(key, 1, timeout=timeout)
                count = 1
        except CACHE_ERRORS as error:  # a plain RedisCache that is down
            raise CacheUnavailable(str(error)) from error
        counts.append(count)
        if count > limit:
            break
    return counts


def allow(
    request: HttpRequest,
    scope: str,
    limit: int,
    window_seconds: int,
    *,
    target: str | None = None,
    target_limit: int | None = None,
) -> bool:
    """Count one attempt in `scope`; False once this client passed `limit` in the window, or
    once everyone together passed `target_limit` on this `target`.

    A client already refused does not spend the target's budget, so one address cannot lock a
    target for others beyond its own limit. False, too, when the shared cache cannot count; the
    request remembers why, for the 429 page.
    """
    window = int(_now() // window_seconds)
    steps = [(f"ratelimit:{scope}:c:{client_id(request)}:{window}", limit)]
    if target and target_limit:
        steps.append((f"ratelimit:{scope}:t:{_digest(target)}:{window}", target_limit))
    try:
        counts = _count_chain(steps, window_seconds + 5)
    except CacheUnavailable:
        request.ratelimit_unavailable = True
        request.ratelimit_scope = scope  # the 429's limiter, for the metrics
        return False
    # The chain stops at the first count over its limit: all made and the last within it.
    allowed = len(counts) == len(steps) and counts[-1] <= steps[-1][1]
    if not allowed:
        request.ratelimit_scope = scope
    return allowed


def checks_paused(request: HttpRequest) -> bool:
    """Whether the last refusal was because the shared cache cannot count (not too many tries)."""
    return getattr(request, "ratelimit_unavailable", False)


def too_many_requests(request: HttpRequest, retry_after: int) -> HttpResponse:
    """The one 429 answer of the site: the translated page, and when to try again."""
    unavailable = checks_paused(request)
    response = render(request, "429.html", {"checks_paused": unavailable}, status=429)
    # Counting resumes as soon as the cache answers again, whatever the window.
    response["Retry-After"] = str(
        min(retry_after, PAUSED_RETRY_SECONDS) if unavailable else retry_after
    )
    return response
