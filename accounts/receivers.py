"""Sign-in, failure, lockout and sign-out, whichever view caused them, reach the security log.

Django's auth signals (and axes's `user_locked_out`) are the one place that sees every sign-in:
Wagtail's login view, the re-authentication page and the test client's `force_login` all send
them. Connected by AccountsConfig.ready(), after the models (axes's too) are loaded.
"""

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.http import HttpRequest

from . import sessions
from .models import SecurityEvent

Kind = SecurityEvent.Kind


def signed_in(sender, request: HttpRequest, user, **kwargs) -> None:
    """A password sign-in starts the session clocks (and counts as a recent authentication)."""
    if request is None:
        return
    if hasattr(request, "session"):
        sessions.start(request.session)
    SecurityEvent.objects.record(request, Kind.LOGIN_SUCCEEDED, user=user)


def sign_in_failed(sender, credentials: dict, request: HttpRequest | None = None, **kwargs) -> None:
    """A wrong password at sign-in or re-authentication (`path` tells which); Django has already
    masked the password in `credentials`, and only the username is kept."""
    SecurityEvent.objects.record(
        request,
        Kind.LOGIN_FAILED,
        username=str(credentials.get("username") or ""),
        path=request.path_info if request is not None else "",
    )


def signed_out(sender, request: HttpRequest, user, **kwargs) -> None:
    if user is None:
        return
    reason = getattr(request, "accounts_logout_reason", None)
    if reason:
        SecurityEvent.objects.record(request, Kind.SESSION_EXPIRED, user=user, reason=reason)
    else:
        SecurityEvent.objects.record(request, Kind.LOGGED_OUT, user=user)


def locked_out(sender, request: HttpRequest, username: str | None, **kwargs) -> None:
    SecurityEvent.objects.record(request, Kind.LOCKED_OUT, username=username or "")


def connect() -> None:
    user_logged_in.connect(signed_in, dispatch_uid="accounts.signed_in")
    user_login_failed.connect(sign_in_failed, dispatch_uid="accounts.sign_in_failed")
    user_logged_out.connect(signed_out, dispatch_uid="accounts.signed_out")
    user_locked_out.connect(locked_out, dispatch_uid="accounts.locked_out")
