"""A small fixed-window rate limiter on the shared cache, for look-ups that guessing could abuse.

Counts live in the cache (Redis in production), never in process memory, so every instance
shares them. The client is identified by a hash of its address, so no address is stored.
"""

import hashlib
import time
from collections.abc import Callable
from functools import wraps

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


def ratelimit(
    scope: str,
    limit: int,
    window_seconds: int = 60,
    methods: tuple[str, ...] = ("GET", "POST"),
    too_many: Callable[[HttpRequest], HttpResponse] | None = None,
):
    """Decorate a view so that past `limit` requests a window the client gets HTTP 429."""

    def decorator(view):
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs):
            if request.method in methods and not allow(request, scope, limit, window_seconds):
                response = too_many(request) if too_many else too_many_requests(request)
                response["Retry-After"] = str(window_seconds)
                return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def too_many_requests(request: HttpRequest) -> HttpResponse:
    """The translated 429 page."""
    return render(request, "429.html", status=429)
