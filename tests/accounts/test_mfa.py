"""The second factor: required for every staff role, set up on first sign-in, asked at each one."""

import re

import pytest
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import mfa
from accounts.models import SecurityEvent

from .helpers import PASSWORD, ROLES, enrolled, make_staff, reauthenticated, stale, totp_code

pytestmark = pytest.mark.django_db

HOME = "/admin/"


@pytest.fixture
def mfa_required(settings):
    settings.STAFF_MFA_REQUIRED = True


def _path(response) -> str:
    return response["Location"].split("?")[0]


@pytest.mark.parametrize("role", ROLES)
def test_every_staff_role_needs_the_second_factor(client, django_user_model, mfa_required, role):
    user = make_staff(django_user_model, role)
    client.force_login(user)

    # Without an authenticator: every admin URL sends them to set one up, nothing is served.
    for url in (HOME, reverse("wagtailadmin_account"), "/admin/pages/"):
        response = client.get(url)
        assert response.status_code == 302, (role, url)
        assert _path(response) == reverse("accounts:mfa_enrol"), (role, url)

    # With one: to the second step, keeping where they were going.
    device, _codes = enrolled(user)
    response = client.get(reverse("wagtailadmin_account"))
    assert _path(response) == reverse("accounts:mfa_verify")
    assert "next=/admin/account/" in response["Location"]

    response = client.post(
        reverse("accounts:mfa_verify"), {"code": totp_code(device), "next": "/admin/account/"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/account/"
    assert client.get(HOME).status_code == 200
    assert SecurityEvent.objects.filter(kind="mfa_verified", user=user).exists()


def test_without_the_setting_a_password_is_enough(client, django_user_model):
    user = make_staff(django_user_model, "clerk")
    client.force_login(user)
    assert client.get(HOME).status_code == 200


def test_sign_in_reset_and_second_factor_pages_stay_open(client, django_user_model, mfa_required):
    user = make_staff(django_user_model, "clerk")
    client.force_login(user)
    assert client.get(reverse("accounts:mfa_enrol")).status_code == 200
    assert client.get(reverse("wagtailadmin_password_reset")).status_code == 200
    assert client.get(reverse("wagtailadmin_javascript_catalog")).status_code == 200
    assert client.post(reverse("wagtailadmin_logout")).status_code == 302
    assert client.get(reverse("wagtailadmin_login")).status_code == 200


def test_setting_up_shows_the_qr_code_and_the_key_then_ten_recovery_codes_once(
    client, django_user_model, mfa_required
):
    user = make_staff(django_user_model, "clerk")
    client.force_login(user)
    page = client.get(reverse("accounts:mfa_enrol"), {"next": "/admin/applications/"})
    html = page.content.decode()
    assert "<svg" in html and 'aria-label="QR code to scan' in html
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert mfa.secret_text(device) in html
    assert "Otbasy%20Academy" in device.config_url  # the issuer the app shows

    # Reloading keeps the same secret (the phone may have scanned it already).
    client.get(reverse("accounts:mfa_enrol"))
    assert TOTPDevice.objects.filter(user=user).count() == 1

    wrong = client.post(reverse("accounts:mfa_enrol"), {"code": "000000"})
    assert "That code is not right" in wrong.content.decode()
    assert not TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)

    response = client.post(
        reverse("accounts:mfa_enrol"),
        {"code": totp_code(device), "next": "/admin/applications/"},
    )
    assert response.status_code == 200
    codes = re.findall(r"<code>([a-z2-9]{5}-[a-z2-9]{5})</code>", response.content.decode())
    assert len(set(codes)) == 10
    assert 'href="/admin/applications/"' in response.content.decode()
    assert response["Cache-Control"].startswith("max-age=0, no-cache, no-store")
    # Only keyed hashes are stored, never the codes.
    stored = set(StaticToken.objects.filter(device__user=user).values_list("token", flat=True))
    plain = {code.replace("-", "") for code in codes} | set(codes)
    assert len(stored) == 10 and not stored & plain
    assert SecurityEvent.objects.filter(kind="mfa_enrolled", user=user).count() == 1

    # Verified for this session; the set-up page now leads to the account's page.
    assert client.get("/admin/applications/").status_code == 200
    assert _path(client.get(reverse("accounts:mfa_enrol"))) == reverse("accounts:mfa")


def test_a_recovery_code_signs_in_once(client, django_user_model, mfa_required):
    user = make_staff(django_user_model, "head")
    _device, codes = enrolled(user)
    client.force_login(user)
    response = client.post(reverse("accounts:mfa_verify"), {"code": codes[0].upper()})
    assert response.status_code == 302 and client.get(HOME).status_code == 200
    assert mfa.recovery_codes_left(user) == 9
    event = SecurityEvent.objects.get(kind="mfa_recovery_code_used")
    assert event.user == user and event.detail == {"left": 9}

    client.post(reverse("wagtailadmin_logout"))
    client.force_login(user)
    again = client.post(reverse("accounts:mfa_verify"), {"code": codes[0]})
    assert "That code is not right" in again.content.decode()
    assert _path(client.get(HOME)) == reverse("accounts:mfa_verify")
    assert SecurityEvent.objects.filter(kind="mfa_failed", user=user).exists()


def test_few_recovery_codes_left_are_pointed_out(client, django_user_model, mfa_required):
    user = make_staff(django_user_model, "analyst")
    _device, codes = enrolled(user)
    StaticToken.objects.filter(device__user=user).order_by("pk")[:1].get().delete()
    for token in StaticToken.objects.filter(device__user=user).order_by("pk")[:6]:
        token.delete()
    client.force_login(user)
    response = client.post(reverse("accounts:mfa_verify"), {"code": codes[-1]}, follow=True)
    assert "You have 2 recovery codes left" in response.content.decode()


def test_guessing_codes_is_slowed_down(client, django_user_model, mfa_required):
    user = make_staff(django_user_model, "clerk")
    device, _codes = enrolled(user)
    client.force_login(user)
    client.post(reverse("accounts:mfa_verify"), {"code": "123456"})
    client.post(reverse("accounts:mfa_verify"), {"code": "654321"})
    # The right code within the back-off is not even tried.
    response = client.post(reverse("accounts:mfa_verify"), {"code": totp_code(device)})
    assert "Too many wrong codes. Wait" in response.content.decode()
    assert _path(client.get(HOME)) == reverse("accounts:mfa_verify")


def test_the_account_page_counts_codes_and_renews_them_after_reauthentication(
    client, django_user_model
):
    user = make_staff(django_user_model, "clerk")
    _device, old_codes = enrolled(user)
    client.force_login(user)
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert reverse("accounts:mfa") in account
    assert "10 recovery codes left" in account

    page = client.get(reverse("accounts:mfa")).content.decode()
    assert "You have 10 of 10 recovery codes left." in page

    stale(client)
    response = client.post(reverse("accounts:mfa_recovery_codes"))
    assert _path(response) == reverse("accounts:reauthenticate")
    assert mfa.check_code(user, old_codes[1]).ok  # nothing changed

    reauthenticated(client)
    response = client.post(reverse("accounts:mfa_recovery_codes"))
    new_codes = re.findall(r"<code>([a-z2-9]{5}-[a-z2-9]{5})</code>", response.content.decode())
    assert len(new_codes) == 10
    assert mfa.check_code(user, new_codes[0]).ok
    assert not mfa.check_code(user, old_codes[2]).ok
    assert SecurityEvent.objects.filter(kind="mfa_recovery_codes_regenerated").exists()


def test_resetting_ones_own_factor_leads_to_a_new_set_up(client, django_user_model, mfa_required):
    user = make_staff(django_user_model, "editor")
    device, _codes = enrolled(user)
    client.force_login(user)
    client.post(reverse("accounts:mfa_verify"), {"code": totp_code(device)})
    reauthenticated(client)
    response = client.post(reverse("accounts:mfa_reset"))
    assert _path(response) == reverse("accounts:mfa_enrol")
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert mfa.recovery_codes_left(user) == 0
    assert _path(client.get(HOME)) == reverse("accounts:mfa_enrol")


def test_an_administrator_resets_someone_elses_factor(client, django_user_model):
    clerk = make_staff(django_user_model, "clerk")
    enrolled(clerk)
    admin = make_staff(django_user_model, "admin")
    url = reverse("accounts:mfa_reset_user", args=[clerk.pk])

    # Another role may neither see the button nor open the page.
    moderator = make_staff(django_user_model, "moderator")
    client.force_login(moderator)
    assert client.post(url).status_code == 302
    assert mfa.has_second_factor(clerk)

    client.force_login(admin)
    users = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert url in users
    assert "Reset two-step verification of clerk-clerk-office?" in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 302
    assert not mfa.has_second_factor(clerk)
    event = SecurityEvent.objects.get(kind="mfa_reset")
    assert event.user == admin and event.detail["target"] == "clerk-clerk-office"


def test_a_password_sign_in_then_the_code_in_the_browser_flow(
    client, django_user_model, mfa_required
):
    """Through Wagtail's own sign-in form: password, then the second step, then the page asked for."""
    user = make_staff(django_user_model, "clerk")
    device, _codes = enrolled(user)
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": user.username, "password": PASSWORD, "next": "/admin/applications/"},
    )
    assert response["Location"] == "/admin/applications/"
    response = client.get("/admin/applications/")
    assert _path(response) == reverse("accounts:mfa_verify")
    password_only = client.session.session_key
    response = client.post(
        reverse("accounts:mfa_verify"), {"code": totp_code(device), "next": "/admin/applications/"}
    )
    assert response["Location"] == "/admin/applications/"
    assert client.session.session_key != password_only  # a new key at the new level of trust
    assert client.get("/admin/applications/").status_code == 200


def test_next_never_leaves_the_site(client, django_user_model, mfa_required):
    user = make_staff(django_user_model, "clerk")
    device, _codes = enrolled(user)
    client.force_login(user)
    response = client.post(
        reverse("accounts:mfa_verify"), {"code": totp_code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == HOME
