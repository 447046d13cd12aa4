"""Re-authentication before sensitive acts: exports, revoking and reissuing certificates.

A session that proved who it is in the last `STAFF_REAUTH_SECONDS` (signing in, the second step,
or the re-authentication page) goes ahead; any other is sent to the re-authentication page and
back. Every method is guarded, POST too, so a stolen session cannot skip the form.
"""

from collections.abc import Callable
from functools import wraps
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from . import sessions
from .models import SecurityEvent


def reauthentication_url(next_url: str) -> str:
    return f"{reverse('accounts:reauthenticate')}?{urlencode({'next': next_url})}"


def redirect_to_reauthenticate(request: HttpRequest) -> HttpResponse:
    """Back to this URL once proved (a POST comes back as the GET of its form)."""
    return HttpResponseRedirect(reauthentication_url(request.get_full_path()))


def reauthentication_required(view: Callable) -> Callable:
    """Decorate a view that must not run without a recent proof of identity."""

    @wraps(view)
    def guarded(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not sessions.recently_authenticated(request.session):
            return redirect_to_reauthenticate(request)
        return view(request, *args, **kwargs)

    guarded.reauthentication_required = True
    return guarded


def record_export(request: HttpRequest, name: str, export_format: str = "csv", **detail) -> None:
    """One line in the security log per export: which list, in which format, with which filters."""
    SecurityEvent.objects.record(
        request, SecurityEvent.Kind.EXPORT, export=name, format=export_format, **detail
    )


class ReauthenticatedExportMixin:
    """For Wagtail listing views with `list_export` (`?export=csv|xlsx`): the list itself stays
    open, the download asks for a recent proof of identity and is written to the security log."""

    export_log_name = ""

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        export_format = request.GET.get("export")
        if getattr(self, "is_export", False) and self.list_export:
            if not sessions.recently_authenticated(request.session):
                return redirect_to_reauthenticate(request)
            filters = sorted(key for key in request.GET if key not in {"export", "p"})
            record_export(
                request,
                self.export_log_name or self.model._meta.label_lower,
                export_format,
                filters=filters,
            )
        return super().get(request, *args, **kwargs)
