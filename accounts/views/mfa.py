"""The second factor's pages: set-up on first sign-in, the second step, the account's own page,
and an administrator's reset of someone else's.

Set-up and the second step use the sign-in page's look (the rest of the admin is closed until
they are done); the account page is an ordinary admin page.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.admin.auth import user_passes_test

from .. import mfa
from ..forms import EnrolForm, VerifyForm
from ..models import SecurityEvent
from ..reauth import reauthentication_required

Kind = SecurityEvent.Kind
FEW_RECOVERY_CODES = 3


def next_url(request: HttpRequest) -> str:
    """Where to go afterwards: a local URL from `next`, else the admin home."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def _with_next(name: str, next_to: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': next_to})}"


def _is_verified(request: HttpRequest) -> bool:
    return bool(getattr(request.user, "is_verified", lambda: False)())


def _wrong_code(form, check: mfa.CodeCheck) -> None:
    if check.wait_seconds:
        form.add_error(
            "code",
            ngettext(
                "Too many wrong codes. Wait %(seconds)d second and try again.",
                "Too many wrong codes. Wait %(seconds)d seconds and try again.",
                check.wait_seconds,
            )
            % {"seconds": check.wait_seconds},
        )
    else:
        form.add_error("code", _("That code is not right. Check the app and type the new code."))


@never_cache
def enrol(request: HttpRequest) -> HttpResponse:
    """First sign-in: scan the QR code (or type the secret), confirm with a code, then see the
    ten recovery codes once."""
    user = request.user
    after = next_url(request)
    if mfa.has_second_factor(user):
        if _is_verified(request):
            return redirect("accounts:mfa")
        return redirect(_with_next("accounts:mfa_verify", after))
    device = mfa.pending_totp(user)
    form = EnrolForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        wait = mfa.seconds_to_wait(device)
        codes = None if wait else mfa.confirm_enrolment(request, device, form.cleaned_data["code"])
        if codes is not None:
            SecurityEvent.objects.record(request, Kind.MFA_ENROLLED)
            return TemplateResponse(
                request,
                "accounts/recovery_codes.html",
                {"codes": codes, "next": after, "layout": "accounts/sign_in_base.html"},
            )
        if not wait:
            SecurityEvent.objects.record(request, Kind.MFA_FAILED, step="enrolment")
        _wrong_code(form, mfa.CodeCheck(None, wait))
    return TemplateResponse(
        request,
        "accounts/enrol.html",
        {
            "form": form,
            "next": after,
            "qr_svg": mfa.qr_svg(device),
            "secret": mfa.secret_text(device),
        },
    )


@never_cache
def verify(request: HttpRequest) -> HttpResponse:
    """The second step of every sign-in: a code from the app, or a recovery code."""
    user = request.user
    after = next_url(request)
    if _is_verified(request):
        return redirect(after)
    if not mfa.has_second_factor(user):
        return redirect(_with_next("accounts:mfa_enrol", after))
    form = VerifyForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        check = mfa.check_code(user, form.cleaned_data["code"])
        if check.ok:
            mfa.sign_in_second_step(request, check.kind)
            if check.kind == "recovery":
                left = mfa.recovery_codes_left(user)
                SecurityEvent.objects.record(request, Kind.MFA_RECOVERY_CODE_USED, left=left)
                if left <= FEW_RECOVERY_CODES:
                    messages.warning(
                        request,
                        ngettext(
                            "You have %(count)d recovery code left. Make new ones under Account "
                            "→ Two-step verification.",
                            "You have %(count)d recovery codes left. Make new ones under Account "
                            "→ Two-step verification.",
                            left,
                        )
                        % {"count": left},
                    )
            else:
                SecurityEvent.objects.record(request, Kind.MFA_VERIFIED)
            return redirect(after)
        if not check.wait_seconds:
            SecurityEvent.objects.record(request, Kind.MFA_FAILED, step="sign-in")
        _wrong_code(form, check)
    return TemplateResponse(request, "accounts/verify.html", {"form": form, "next": after})


@never_cache
def manage(request: HttpRequest) -> HttpResponse:
    """The account's own page: state, recovery codes left, new codes, reset."""
    user = request.user
    return TemplateResponse(
        request,
        "accounts/manage.html",
        {
            "page_title": _("Two-step verification"),
            "header_icon": "key",
            "enabled": mfa.has_second_factor(user),
            "codes_left": mfa.recovery_codes_left(user),
            "code_count": mfa.RECOVERY_CODE_COUNT,
        },
    )


@never_cache
@require_POST
@reauthentication_required
def regenerate_codes(request: HttpRequest) -> HttpResponse:
    """Ten new recovery codes replace the old ones (all of them stop working), shown once."""
    if not mfa.has_second_factor(request.user):
        return redirect("accounts:mfa")
    codes = mfa.new_recovery_codes(request.user)
    SecurityEvent.objects.record(request, Kind.MFA_RECOVERY_CODES_REGENERATED)
    return TemplateResponse(
        request,
        "accounts/recovery_codes.html",
        {
            "codes": codes,
            "next": reverse("accounts:mfa"),
            "layout": "wagtailadmin/generic/base.html",
            "page_title": _("Your new recovery codes"),
            "header_icon": "key",
        },
    )


@never_cache
@require_POST
@reauthentication_required
def reset_own(request: HttpRequest) -> HttpResponse:
    """A lost or replaced phone: remove the authenticator and codes, then set up a new one."""
    mfa.reset(request.user)
    SecurityEvent.objects.record(request, Kind.MFA_RESET, target=request.user.get_username())
    messages.success(request, _("Two-step verification was reset. Set up your app again."))
    return redirect("accounts:mfa_enrol")


@never_cache
@user_passes_test(lambda user: user.is_superuser)
@reauthentication_required
def reset_user(request: HttpRequest, pk: int) -> HttpResponse:
    """An administrator resets someone's second factor (a lost phone and no codes left); they
    set up a new one at their next sign-in."""
    target = get_object_or_404(get_user_model(), pk=pk)
    back = reverse("wagtailusers_users:index")
    if request.method == "POST":
        mfa.reset(target)
        SecurityEvent.objects.record(
            request, Kind.MFA_RESET, target=target.get_username(), target_id=target.pk
        )
        messages.success(
            request,
            _("Two-step verification of %(user)s was reset.") % {"user": target.get_username()},
        )
        return redirect(back)
    return TemplateResponse(
        request,
        "accounts/confirm.html",
        {
            "page_title": _("Reset two-step verification"),
            "header_icon": "key",
            "message": (
                _(
                    "Reset two-step verification of %(user)s? Their authenticator and recovery "
                    "codes stop working, and they set up a new one at their next sign-in."
                )
                if mfa.has_second_factor(target)
                else _("%(user)s has not set up two-step verification; resetting changes nothing.")
            )
            % {"user": target.get_username()},
            "submit_label": _("Reset"),
            "destructive": True,
            "back_url": back,
        },
    )
