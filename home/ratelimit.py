"""A small fixed-window rate limiter on the shared cache, for look-ups that guessing could abuse.

Counts live in the cache (Redis in production), never in process memory, so every instance
shares them. The client is identified by a hash of its address, so no address is stored.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def client_id(request: HttpRequest) -> str:
    """A stable, non-reversible id of the client: its address, as the proxy in front reports it."""
    address = request.META.get("REMOTE_ADDR", "")
    if getattr(settings, "RATELIMIT_TRUST_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            address = forwarded.split(",")[-1].strip()
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


def allow(request: HttpRequest, scope: str, limit: int, window_seconds: int) -> bool:
    """Count one attempt of this client in `scope`; False once `limit` is passed in the window."""
    window = int(time.time() // window_seconds)
    key = f"ratelimit:{scope}:{client_id(request)}:{window}"
    cache.add(key, 0, timeout=window_seconds + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=window_seconds + 5)
        count = 1
    return count <= limit


def too_many_requests(request: HttpRequest, retry_after: int) -> HttpResponse:
    """The one 429 answer of the site: the translated page, and when to try again."""
    response = render(request, "429.html", status=429)
    response["Retry-After"] = str(retry_after)
    return response
