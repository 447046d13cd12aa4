"""A part of the cluster that does not answer: a translated 503 page, never a traceback.

The database down (or restarting) and the object store down are not bugs in a page, so they do
not get the "something went wrong" page: the visitor is told the site (or file uploads) will be
back shortly, with a Retry-After a load balancer and a browser understand. Rendered without the
database and without the cache, as 500.html is.

Exceptions raised in a view reach `ServiceUnavailableMiddleware`; those raised in a middleware
(the session or the Site read before any view) reach `handler500`, which asks `unavailable_response`
first (home/views.py: server_error).
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _

from .storage import is_outage

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30

logger = logging.getLogger(__name__)


def _language(request: HttpRequest) -> str:
    return (
        translation.get_language_from_path(request.path)
        or translation.get_language()
        or settings.LANGUAGE_CODE
    )


def unavailable_response(request: HttpRequest, error: BaseException) -> HttpResponse | None:
    """The 503 page for a part that does not answer, or None for any other error."""
    if isinstance(error, DATABASE_ERRORS):
        kind = "database"
    elif is_outage(error):
        kind = "storage"
    else:
        return None
    # One line for the operator (no traceback, no request data): which part did not answer.
    logger.error("%s unavailable for %s %s: %s", kind, request.method, request.path, error)
    language = _language(request)
    with translation.override(language):
        if kind == "storage" and request.method == "POST":
            title = _("Files cannot be saved right now")
            message = _(
                "The file store is not answering, so the upload was not saved and nothing was "
                "changed. Please try again in a few minutes."
            )
        elif kind == "storage":
            title = _("The site is briefly unavailable")
            message = _(
                "Our file store is not answering right now. Please try again in a few minutes."
            )
        else:
            title = _("The site is briefly unavailable")
            message = _(
                "We cannot reach our database right now. Please try again in a few minutes."
            )
        body = loader.get_template("503.html").render(
            {"LANGUAGE_CODE": language, "title": title, "message": message}
        )
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class ServiceUnavailableMiddleware:
    """Turns a view's database or object-store failure into the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        return unavailable_response(request, exception)
