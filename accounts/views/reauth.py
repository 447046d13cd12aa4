"""The re-authentication page: the password again, or a code from the authenticator app."""

from django.contrib.auth import authenticate, logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from .. import mfa, sessions
from ..forms import ReauthenticateForm
from ..models import SecurityEvent
from .mfa import next_url

Kind = SecurityEvent.Kind


def _proves_identity(request: HttpRequest, secret: str) -> tuple[bool, str, int]:
    """(proved, method, seconds to wait). Six digits go to the authenticator when the user has
    one (a password is at least 12 characters, so never six digits); anything else is the
    password, checked through `authenticate` so django-axes counts the failures."""
    user = request.user
    digits = secret.strip()
    if len(digits) == 6 and digits.isdigit() and mfa.has_second_factor(user):
        check = mfa.check_code(user, digits)
        if not check.ok and not check.wait_seconds:
            SecurityEvent.objects.record(request, Kind.MFA_FAILED, step="re-authentication")
        return check.kind == "totp", "totp", check.wait_seconds
    proved = authenticate(request, username=user.get_username(), password=secret)
    return proved is not None and proved.pk == user.pk, "password", 0


@never_cache
@sensitive_post_parameters("password")
def reauthenticate(request: HttpRequest) -> HttpResponse:
    after = next_url(request)
    form = ReauthenticateForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        proved, method, wait = _proves_identity(request, form.cleaned_data["password"])
        if getattr(request, "axes_locked_out", False):
            # Five wrong passwords from a signed-in session: whoever holds it is not its owner.
            logout(request)
            return redirect("wagtailadmin_login")
        if proved:
            sessions.mark_authenticated(request.session)
            SecurityEvent.objects.record(request, Kind.REAUTHENTICATED, method=method)
            return redirect(after)
        if wait:
            form.add_error("password", _("Too many wrong codes. Wait a little and try again."))
        else:
            form.add_error("password", _("That is not right. Try again."))
    return TemplateResponse(
        request,
        "accounts/reauthenticate.html",
        {
            "page_title": _("Confirm it is you"),
            "header_icon": "lock",
            "form": form,
            "next": after,
            "has_second_factor": mfa.has_second_factor(request.user),
        },
    )
