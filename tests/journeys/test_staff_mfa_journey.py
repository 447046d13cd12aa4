"""A clerk's first sign-in with the second factor required: set up the app, keep the recovery
codes, sign out, and sign in again with a recovery code (no phone at hand)."""

import re

import pytest
from playwright.sync_api import expect

from accounts import mfa
from tests import factories
from tests.journeys.admin import ADMIN_HOME, SET_UP, VERIFY, code_from_secret

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def clerk(transactional_db, django_user_model, settings):
    settings.STAFF_MFA_REQUIRED = True
    return factories.make_office(django_user_model, "astana-1", "astana").clerk


def _sign_in_with_password(page, base_url: str, username: str) -> None:
    page.goto(base_url + "/admin/applications/")
    page.fill("#id_username", username)
    page.fill("#id_password", f"pw-{username}")
    page.press("#id_password", "Enter")


def test_a_clerk_sets_up_the_app_then_signs_in_with_a_recovery_code(clerk, live_server, browser):
    context = browser.new_context()
    page = context.new_page()
    _sign_in_with_password(page, live_server.url, clerk.username)

    # First sign-in: the admin stays closed until the authenticator is set up.
    page.wait_for_url(re.compile(re.escape(SET_UP)))
    expect(page.locator("h1")).to_have_text("Set up two-step verification")
    expect(page.locator(".mfa-qr-box svg")).to_be_visible()
    page.goto(live_server.url + "/admin/applications/")
    page.wait_for_url(re.compile(re.escape(SET_UP)))

    # The key as printed under the QR code is what the phone's app would compute codes from.
    secret = page.locator("#mfa-secret").inner_text()
    page.fill("#id_code", code_from_secret(secret))
    page.get_by_role("button", name="Confirm and continue").click()

    expect(page.locator("#recovery-codes code")).to_have_count(10)
    codes = page.locator("#recovery-codes code").all_inner_texts()
    assert len(codes) == 10 and all(re.fullmatch(r"[a-z2-9]{5}-[a-z2-9]{5}", c) for c in codes)
    page.get_by_role("link", name="I have saved them, continue").click()
    page.wait_for_url(re.compile(r"/admin/applications/$"))
    expect(page.locator("h1")).to_contain_text("Marriage applications")

    # Sign out from the sidebar's account menu.
    page.goto(live_server.url + "/admin/")
    page.wait_for_url(ADMIN_HOME)
    page.locator("button.sidebar-footer__account").click()
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(re.compile(r"/admin/login/"))

    # Again, without the phone: the password, then one of the recovery codes.
    _sign_in_with_password(page, live_server.url, clerk.username)
    page.wait_for_url(re.compile(re.escape(VERIFY)))
    expect(page.locator("h1")).to_have_text("Second step of signing in")
    page.fill("#id_code", codes[3].upper())
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url(re.compile(r"/admin/applications/$"))
    assert mfa.recovery_codes_left(clerk) == 9
    context.close()
