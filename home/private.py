"""One decorator for pages that belong to one visitor without an account: a partner's lessons,
a self-paced learner's course, a pupil's class screen."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache


def private_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Per-visitor pages: never in the whole-page cache (home/pagecache.py skips `private` and
    `no-store` answers) nor in a browser's or proxy's, and referrers carry the origin only (the
    first URL may have carried a code). Not "no-referrer": browsers then send `Origin: null` with
    the forms and Django's CSRF check rightly refuses them."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "strict-origin"
        response["Cache-Control"] = "private, no-store"
        return response

    return never_cache(wrapped)
