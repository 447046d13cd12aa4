"""Logging in to the Wagtail admin in a browser context of its own (with the second step when
`STAFF_MFA_REQUIRED` asks for it)."""

import base64
import re
import time

from django_otp.oath import TOTP

PASSWORD = "journey-pass-123"

ADMIN_HOME = re.compile(r"^[^?]*/admin/$")
SET_UP = "/admin/security/two-step/set-up/"
VERIFY = "/admin/security/two-step/verify/"


def code_from_secret(secret: str, at: float | None = None) -> str:
    """What an authenticator app shows for the key typed from the set-up page."""
    totp = TOTP(base64.b32decode(secret.replace(" ", "")))
    totp.time = time.time() if at is None else at
    return f"{totp.token():06d}"


def code_for(username: str) -> str:
    """The code the user's phone shows now: computed from their confirmed device; the next
    period's when this one was already used (the server accepts one step of drift)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if totp.t() <= device.last_t:
        totp.time += device.step
    return f"{totp.token():0{device.digits}d}"


def pass_second_step(page, username: str) -> None:
    """On the set-up page: type the key's code and keep going past the recovery codes; on the
    second step: type the phone's code. Elsewhere: nothing to do."""
    if SET_UP in page.url:
        secret = page.locator("#mfa-secret").inner_text()
        page.fill("#id_code", code_from_secret(secret))
        page.press("#id_code", "Enter")
        page.locator("#recovery-codes").wait_for()
        page.locator("main a.button").click()
    elif VERIFY in page.url:
        page.fill("#id_code", code_for(username))
        page.press("#id_code", "Enter")


def admin_login(browser, base_url: str, username: str, password: str = PASSWORD):
    """A new browser context logged in as `username`; returns (context, page) on the admin home."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.press("#id_password", "Enter")
    page.wait_for_url(lambda url: "/admin/login/" not in url)
    pass_second_step(page, username)
    page.wait_for_url(ADMIN_HOME)
    return context, page
