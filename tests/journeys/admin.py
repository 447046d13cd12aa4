"""Logging in to the Wagtail admin in a browser context of its own."""

import re

PASSWORD = "journey-pass-123"


def admin_login(browser, base_url: str, username: str, password: str = PASSWORD):
    """A new browser context logged in as `username`; returns (context, page) on the admin home."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.press("#id_password", "Enter")
    page.wait_for_url(re.compile(r"^[^?]*/admin/$"))
    return context, page
