"""Content-Security-Policy: django-csp's middleware, a policy for the admin, and the request's
nonce where Wagtail writes inline scripts without a request at hand.

Only scripts with the response's nonce run. Our templates put `nonce="{{ request.csp_nonce }}"`
on their few inline scripts; Wagtail's admin writes its own (date pickers, choosers, inline
panels) from widgets and panels that never see the request, so the middleware also keeps the
nonce in a context variable that `{% csp_nonce %}` and the chooser widgets read.
"""

from __future__ import annotations

from contextvars import ContextVar

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from wagtail.admin.widgets.chooser import BaseChooser

_request_nonce: ContextVar[object | None] = ContextVar("csp_nonce", default=None)


def current_nonce() -> str:
    """The nonce of the response being rendered in this thread or task, "" outside a request."""
    nonce = _request_nonce.get()
    return str(nonce) if nonce is not None else ""


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, which also (1) makes the nonce readable without the request and
    (2) adds `CSP_ADMIN_DIRECTIVES` to the policy of the admin, whose own scripts and styles need a
    little more than the public site's (see settings)."""

    def __init__(self, get_response) -> None:
        super().__init__(get_response)
        nonce_wagtail_chooser_scripts()

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)
        request._csp_nonce_token = _request_nonce.set(request.csp_nonce)

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        token = getattr(request, "_csp_nonce_token", None)
        if token is not None:
            _request_nonce.reset(token)
            del request._csp_nonce_token
        return super().process_response(request, response)

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith("/admin/"):
            parts.replace = {**settings.CSP_ADMIN_DIRECTIVES, **(parts.replace or {})}
        return parts


def nonce_wagtail_chooser_scripts() -> None:
    """Wagtail's chooser widgets (page, image, document, snippet) end their HTML with
    `<script>new PageChooser(…)</script>` written in Python (BaseChooser.render, Wagtail 8.0).
    This is that method with the request's nonce on the script; everything else is unchanged."""
    if getattr(BaseChooser.render, "csp_nonce", False):
        return

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        try:
            id_ = attrs["id"]
        except (KeyError, TypeError) as e:
            raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
        value_data = self.get_value_data(value)
        widget_html = self.render_html(name, value_data, attrs)
        js = self.render_js_init(id_, name, value_data)
        # js is Wagtail's constructor call with JSON arguments, marked safe as Wagtail does.
        js = mark_safe(js)  # noqa: S308
        return format_html('{}<script nonce="{}">{}</script>', widget_html, current_nonce(), js)

    render.csp_nonce = True
    BaseChooser.render = render
