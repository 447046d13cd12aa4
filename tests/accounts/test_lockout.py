"""Login lockout: per account from one address, per account from all addresses, never per address
alone; administrators see lockouts and unlock them."""

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from accounts.models import SecurityEvent

from .helpers import PASSWORD, make_staff

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def _sign_in(client, username: str, password: str, address: str = "198.51.100.1", **extra):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **extra,
    )


@pytest.fixture
def clerk(django_user_model):
    return make_staff(django_user_model, "clerk")


def test_five_failures_from_one_address_lock_that_address_out_of_the_account(client, clerk):
    for _attempt in range(4):
        response = _sign_in(client, clerk.username, "wrong-password-1")
        assert response.status_code == 200  # the form again, with its error
    locked = _sign_in(client, clerk.username, "wrong-password-1", HTTP_ACCEPT_LANGUAGE="ru")
    assert locked.status_code == 429
    assert "Попробуйте снова через 30 минут" in locked.content.decode()

    # Even the right password is refused from there (the page in the site's language, Kazakh)...
    refused = _sign_in(client, clerk.username, PASSWORD)
    assert refused.status_code == 429
    assert "30 минуттан кейін қайта көріңіз" in refused.content.decode()
    # ...while the owner, at another address, signs in.
    other = client.__class__()
    assert _sign_in(other, clerk.username, PASSWORD, "203.0.113.9").status_code == 302

    failures = SecurityEvent.objects.filter(kind="login_failed", username=clerk.username)
    assert failures.count() >= 5
    assert SecurityEvent.objects.filter(kind="locked_out", username=clerk.username).exists()
    # The log keeps a keyed hash of the address, never the address.
    event = failures.first()
    assert event.address_hash and "198.51.100.1" not in str(event.__dict__)


def test_ten_failures_from_many_addresses_lock_the_account(client, clerk):
    for number in range(10):
        _sign_in(client, clerk.username, "wrong-password-1", f"192.0.2.{number + 1}")
    assert _sign_in(client, clerk.username, PASSWORD, "192.0.2.200").status_code == 429


def test_one_address_cannot_lock_everyone_out(client, django_user_model, clerk):
    """An office behind one NAT address: mistakes on other accounts do not lock this one."""
    for number in range(6):
        django_user_model.objects.create_user(f"colleague-{number}", password=PASSWORD)
        for _attempt in range(4):
            _sign_in(client, f"colleague-{number}", "wrong-password-1")
    assert _sign_in(client, clerk.username, PASSWORD).status_code == 302


def test_the_address_is_the_clients_behind_the_trusted_proxy(client, clerk, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    _sign_in(
        client,
        clerk.username,
        "wrong-password-1",
        address="10.0.0.2",
        HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.77",
    )
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["198.51.100.77"]


def test_administrators_see_lockouts_and_unlock(client, django_user_model, clerk):
    for _attempt in range(5):
        _sign_in(client, clerk.username, "wrong-password-1")
    admin = make_staff(django_user_model, "admin")
    index = reverse("login-lockouts:index")

    # (Signing the clerk in would forget their failures: another role looks.)
    client.force_login(make_staff(django_user_model, "head"))
    assert client.get(index).status_code == 302  # Wagtail's "no permission", back to the home
    assert "Login lockouts" not in client.get("/admin/").content.decode()

    client.force_login(admin)
    assert "Login lockouts" in client.get("/admin/").content.decode()
    listing = client.get(index).content.decode()
    assert clerk.username in listing and "Locked" in listing

    attempt = AccessAttempt.objects.get(username=clerk.username)
    unlock = reverse("login-lockouts:unlock", args=[attempt.pk])
    assert "Forget the failed sign-ins of" in client.get(unlock).content.decode()
    client.post(unlock)
    assert not AccessAttempt.objects.filter(username=clerk.username).exists()
    assert SecurityEvent.objects.get(kind="unlocked").detail["target"] == clerk.username

    client.post(reverse("wagtailadmin_logout"))
    assert _sign_in(client, clerk.username, PASSWORD).status_code == 302


def test_other_roles_cannot_unlock(client, django_user_model, clerk):
    for _attempt in range(5):
        _sign_in(client, clerk.username, "wrong-password-1")
    attempt = AccessAttempt.objects.get(username=clerk.username)
    head = make_staff(django_user_model, "head")
    client.force_login(head)
    client.post(reverse("login-lockouts:unlock", args=[attempt.pk]))
    assert AccessAttempt.objects.filter(username=clerk.username).exists()


def test_a_successful_sign_in_forgets_earlier_mistakes(client, clerk):
    for _attempt in range(4):
        _sign_in(client, clerk.username, "wrong-password-1")
    assert _sign_in(client, clerk.username, PASSWORD).status_code == 302
    client.post(reverse("wagtailadmin_logout"))
    for _attempt in range(4):
        assert _sign_in(client, clerk.username, "wrong-password-1").status_code == 200
