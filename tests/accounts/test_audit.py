"""The security log: what is written, what is never written, who sees it, how long it is kept."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from accounts.models import SecurityEvent

from .helpers import PASSWORD, make_staff

pytestmark = pytest.mark.django_db


def test_sign_in_failure_and_sign_out_are_logged_without_secrets(client, django_user_model):
    clerk = make_staff(django_user_model, "clerk")
    SecurityEvent.objects.all().delete()  # setting the password was logged
    client.post("/admin/login/", {"username": clerk.username, "password": "not-it-at-all"})
    client.post("/admin/login/", {"username": "no-such-user", "password": "whatever-typed"})
    client.post("/admin/login/", {"username": clerk.username, "password": PASSWORD})
    client.post(reverse("wagtailadmin_logout"))

    events = list(SecurityEvent.objects.order_by("pk").values_list("kind", "username", "user"))
    assert events == [
        ("login_failed", clerk.username, None),
        ("login_failed", "no-such-user", None),
        ("login_succeeded", clerk.username, clerk.pk),
        ("logged_out", clerk.username, clerk.pk),
    ]
    stored = str(list(SecurityEvent.objects.values()))
    for secret in ("not-it-at-all", "whatever-typed", PASSWORD, "127.0.0.1"):
        assert secret not in stored
    # The same address gives the same hash, so an attack from one place shows.
    assert len(set(SecurityEvent.objects.values_list("address_hash", flat=True))) == 1


def test_a_password_change_is_logged(django_user_model):
    clerk = make_staff(django_user_model, "clerk")
    SecurityEvent.objects.all().delete()
    clerk.set_password("another long passphrase here")
    clerk.save()
    assert SecurityEvent.objects.get().kind == "password_changed"


def test_only_administrators_see_the_log(client, django_user_model):
    clerk = make_staff(django_user_model, "clerk")
    admin = make_staff(django_user_model, "admin")
    SecurityEvent.objects.record(None, SecurityEvent.Kind.LOGIN_FAILED, username="guess-1")
    SecurityEvent.objects.record(None, SecurityEvent.Kind.EXPORT, user=clerk, export="x")
    index = reverse("security-log:index")

    for role in ("clerk", "analyst", "editor", "centre staff"):
        user = clerk if role == "clerk" else make_staff(django_user_model, role)
        client.force_login(user)
        assert client.get(index).status_code == 302, role
        assert "Security log" not in client.get("/admin/").content.decode(), role

    client.force_login(admin)
    assert "Security log" in client.get("/admin/").content.decode()
    listing = client.get(index).content.decode()
    assert "guess-1" in listing and "Data exported" in listing
    results = reverse("security-log:index_results")
    filtered = client.get(results, {"kind": "login_failed"}).content.decode()
    assert "guess-1" in filtered and "clerk-clerk-office" not in filtered
    event = SecurityEvent.objects.get(kind="export")
    inspect = client.get(reverse("security-log:inspect", args=[event.pk]))
    assert inspect.status_code == 200 and "clerk-clerk-office" in inspect.content.decode()
    # Read only: no add, edit or delete screens exist.
    for url in ("/admin/security-log/new/", f"/admin/security-log/edit/{event.pk}/"):
        assert client.get(url).status_code == 404


def test_old_events_are_purged_after_the_retention_period(django_user_model, settings):
    settings.SECURITY_EVENT_RETENTION_DAYS = 30
    old = SecurityEvent.objects.record(None, SecurityEvent.Kind.LOGIN_FAILED, username="old")
    SecurityEvent.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )
    SecurityEvent.objects.record(None, SecurityEvent.Kind.LOGIN_FAILED, username="recent")

    out = io.StringIO()
    call_command("purge_security_events", stdout=out)
    assert "Deleted 1 security event(s) older than 30 days." in out.getvalue()
    assert list(SecurityEvent.objects.values_list("username", flat=True)) == ["recent"]

    call_command("purge_security_events", stdout=out)  # again: nothing more to delete
    assert "Deleted 0 security event(s)" in out.getvalue()
    assert SecurityEvent.objects.count() == 1

    call_command("purge_security_events", "--days", "1", stdout=out)
    assert SecurityEvent.objects.count() == 1
    with pytest.raises(CommandError):
        call_command("purge_security_events", "--days", "0")
