"""Helpers for staff-authentication tests: staff of every role, codes from their authenticator,
and a session's proof of identity made fresh or stale."""

from __future__ import annotations

import time

from django.contrib.auth.models import Group
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import mfa, sessions
from resource_centers.roles import ensure_centre_staff_group
from tests import factories

PASSWORD = "pw-long-enough-for-twelve"

ROLES = ["clerk", "head", "analyst", "centre staff", "editor", "moderator", "admin"]


def make_staff(django_user_model, role: str):
    """A user of `role`, as the project sets them up, with a known password."""
    if role in {"clerk", "head"}:
        office = factories.make_office(django_user_model, f"{role}-office", "astana")
        user = office.clerk if role == "clerk" else office.head
    elif role == "analyst":
        user = factories.make_user(django_user_model, "analyst", "Ministry analysts")
    elif role == "admin":
        user = django_user_model.objects.create_superuser("admin", "admin@example.kz", PASSWORD)
        factories.set_admin_language(user, "en")
    else:
        user = django_user_model.objects.create_user(username=role.replace(" ", "-"))
        group = (
            ensure_centre_staff_group()
            if role == "centre staff"
            else Group.objects.get(name={"editor": "Editors", "moderator": "Moderators"}[role])
        )
        user.groups.add(group)
        factories.set_admin_language(user, "en")
    user.set_password(PASSWORD)
    user.save()
    return user


def totp_code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The six digits the user's app shows now (or `steps_ahead` periods later)."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    if totp.t() <= device.last_t:  # this period's code was used: the app's next one is accepted
        totp.time += device.step
    return f"{totp.token():0{device.digits}d}"


def enrolled(user) -> tuple[TOTPDevice, list[str]]:
    """A confirmed authenticator and ten recovery codes, as after the set-up page."""
    device = TOTPDevice.objects.create(user=user, name=mfa.TOTP_DEVICE_NAME, confirmed=True)
    return device, mfa.new_recovery_codes(user)


def set_session(client, **values) -> None:
    session = client.session
    for key, value in values.items():
        session[key] = value
    session.save()


def authenticated_ago(client, seconds: int) -> None:
    """The session last proved who it is `seconds` ago (sign-in, second step or re-auth)."""
    set_session(client, **{sessions.AUTHENTICATED_AT: sessions.now() - seconds})


def reauthenticated(client) -> None:
    authenticated_ago(client, 0)


def stale(client) -> None:
    """Signed in long enough ago that exports and certificate acts ask again."""
    authenticated_ago(client, 10 * 60)
