"""Staff session timeouts, and the second factor enforced on every admin URL.

Both sit after AuthenticationMiddleware, OTPMiddleware and MessageMiddleware (see settings).
"""

from functools import cache

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from . import mfa, sessions
from .staff import is_staff_user

TIMEOUT_MESSAGES = {
    "idle": lambda: (
        _("You were signed out after %(minutes)d minutes without activity.")
        % {"minutes": settings.STAFF_SESSION_IDLE_SECONDS // 60}
    ),
    "max": lambda: (
        _("You were signed out %(hours)d hours after signing in. Sign in again.")
        % {"hours": settings.STAFF_SESSION_MAX_SECONDS // 3600}
    ),
    "unknown": lambda: _("Your session has ended. Sign in again."),
}


@cache
def admin_prefix() -> str:
    return reverse("wagtailadmin_home")


def is_admin_path(path: str) -> bool:
    return path.startswith(admin_prefix())


class StaffSessionMiddleware:
    """A signed-in session ends after `STAFF_SESSION_IDLE_SECONDS` without a request and
    `STAFF_SESSION_MAX_SECONDS` after signing in. Every account of this site is staff (couples
    learn with access codes, in anonymous sessions, which this leaves alone), so the check needs
    only the session, not a query for the user. The next admin request goes to the sign-in page
    with a message saying why; elsewhere the visitor just continues signed out."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # Without a session cookie there is no signed-in session to end (and nothing to read).
        has_cookie = settings.SESSION_COOKIE_NAME in request.COOKIES
        if has_cookie and SESSION_KEY in request.session:
            reason = sessions.expiry_reason(request.session)
            if reason is None:
                sessions.touch(request.session)
            else:
                message = TIMEOUT_MESSAGES[reason]()
                request.accounts_logout_reason = reason
                logout(request)
                if is_admin_path(request.path_info):
                    messages.warning(request, message)
                    return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        return self.get_response(request)


@cache
def open_paths() -> tuple[str, ...]:
    """Admin URLs a staff member may open before the second step: signing in and out, password
    reset, the second-factor pages themselves, and what the sign-in page loads."""
    return (
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_logout"),
        reverse("wagtailadmin_password_reset"),  # and the reset link's pages below it
        reverse("wagtailadmin_javascript_catalog"),
        reverse("wagtailadmin_sprite"),
        reverse("accounts:mfa_enrol"),
        reverse("accounts:mfa_verify"),
    )


class StaffSecondFactorMiddleware:
    """With `STAFF_MFA_REQUIRED`, a staff member who signed in with a password only is sent to
    the second step (or to set it up) from every admin URL; nothing else is served to them."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if (
            settings.STAFF_MFA_REQUIRED
            and is_admin_path(path)
            and not path.startswith(open_paths())
            and is_staff_user(request.user)
            and not request.user.is_verified()
        ):
            step = (
                "accounts:mfa_verify"
                if mfa.has_second_factor(request.user)
                else "accounts:mfa_enrol"
            )
            return redirect_to_login(request.get_full_path(), reverse(step))
        return self.get_response(request)
