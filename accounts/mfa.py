"""The second factor: one TOTP authenticator per staff user, plus one-time recovery codes.

Built on django-otp (otp_totp, otp_static), which keeps the devices, refuses a code used twice
and slows down guessing (each wrong code doubles the wait). Recovery codes are stored as keyed
hashes, never as the codes themselves: otp_static would otherwise keep them in plain text, and
they are a password's equal.
"""

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

import segno
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_otp import login as otp_login
from django_otp import verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import sessions

RECOVERY_CODE_COUNT = 10
RECOVERY_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread
RECOVERY_CODE_LENGTH = 10  # about 49 bits each
TOTP_DEVICE_NAME = "authenticator"
RECOVERY_DEVICE_NAME = "recovery"


def confirmed_totp(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_second_factor(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_totp(user) -> TOTPDevice:
    """The authenticator being set up: the same secret on every reload until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)
    return device


def secret_text(device: TOTPDevice) -> str:
    """The base32 secret as authenticator apps take it when typed, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device: TOTPDevice) -> SafeString:
    """An inline SVG QR code of the otpauth:// URI, labelled for screen readers."""
    svg = segno.make(device.config_url, error="m").svg_inline(scale=4, border=2, svgclass="mfa-qr")
    label = _("QR code to scan with your authenticator app")
    labelled = svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)
    return mark_safe(labelled)  # noqa: S308 - segno's own SVG of a URI we built


def _normalised(code: str) -> str:
    return "".join(ch for ch in code.lower() if ch.isalnum())


def _stored(user, code: str) -> str:
    """What the database keeps of a recovery code: an HMAC keyed by the secret key and the user."""
    message = f"{user.pk}:{_normalised(code)}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:16]


def _new_code() -> str:
    code = "".join(secrets.choice(RECOVERY_CODE_ALPHABET) for _ in range(RECOVERY_CODE_LENGTH))
    return f"{code[:5]}-{code[5:]}"


@transaction.atomic
def new_recovery_codes(user) -> list[str]:
    """Ten fresh codes replace any left; returned once, to be shown once."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [_new_code() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(
        [StaticToken(device=device, token=_stored(user, code)) for code in codes]
    )
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@dataclass
class CodeCheck:
    """The outcome of a typed code: which kind matched, or why none did."""

    kind: str | None  # "totp", "recovery" or None
    wait_seconds: int = 0  # > 0 when guessing was slowed down and nothing was tried

    @property
    def ok(self) -> bool:
        return self.kind is not None


def seconds_to_wait(device) -> int:
    allowed, info = device.verify_is_allowed()
    if allowed:
        return 0
    locked_until = (info or {}).get("locked_until")
    if locked_until is None:
        return 1
    return max(1, int((locked_until - timezone.now()).total_seconds()) + 1)


def check_code(user, code: str) -> CodeCheck:
    """A six-digit code goes to the authenticator, anything else to the recovery codes; each
    device counts its own failures, so typing a recovery code never slows the authenticator."""
    code = _normalised(code)
    if len(code) == 6 and code.isdigit():
        device = confirmed_totp(user)
        if device is None:
            return CodeCheck(None)
        wait = seconds_to_wait(device)
        if wait:
            return CodeCheck(None, wait)
        return CodeCheck("totp" if verify_token(user, device.persistent_id, code) else None)
    device = StaticDevice.objects.filter(user=user, confirmed=True).first()
    if device is None or not code:
        return CodeCheck(None)
    wait = seconds_to_wait(device)
    if wait:
        return CodeCheck(None, wait)
    matched = verify_token(user, device.persistent_id, _stored(user, code))
    return CodeCheck("recovery" if matched else None)


def sign_in_second_step(request: HttpRequest, kind: str) -> None:
    """Mark the session verified (django-otp) by the device that matched, and recently proved."""
    model = TOTPDevice if kind == "totp" else StaticDevice
    device = model.objects.filter(user=request.user, confirmed=True).first()
    _verified(request, device)


def _verified(request: HttpRequest, device) -> None:
    # A new session key at the new level of trust, as at the password step (no fixation).
    request.session.cycle_key()
    otp_login(request, device)
    sessions.mark_authenticated(request.session)


@transaction.atomic
def confirm_enrolment(request: HttpRequest, device: TOTPDevice, code: str) -> list[str] | None:
    """The first code from the new authenticator: the device becomes the user's one confirmed
    authenticator, the session is verified, and ten recovery codes are returned (shown once)."""
    code = _normalised(code)
    if not (len(code) == 6 and code.isdigit()) or not device.verify_token(code):
        return None
    user = request.user
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = new_recovery_codes(user)
    _verified(request, device)
    return codes


@transaction.atomic
def reset(user) -> int:
    """Remove every second factor of `user`: at the next admin request they set up a new one."""
    deleted = TOTPDevice.objects.filter(user=user).delete()[0]
    deleted += StaticDevice.objects.filter(user=user).delete()[0]
    return deleted


def status_line(user) -> str:
    """One sentence for the account page."""
    if not has_second_factor(user):
        return _("Two-step verification is not set up.")
    left = recovery_codes_left(user)
    return ngettext(
        "Two-step verification is on; %(count)d recovery code left.",
        "Two-step verification is on; %(count)d recovery codes left.",
        left,
    ) % {"count": left}
