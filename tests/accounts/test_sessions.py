"""Staff sessions: 30 minutes idle, 12 hours at most; learners' sessions keep their own life."""

import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from accounts import sessions
from accounts.models import SecurityEvent

from .helpers import make_staff, set_session

pytestmark = pytest.mark.django_db

HOME = "/admin/"


@pytest.fixture
def clerk_client(client, django_user_model):
    client.force_login(make_staff(django_user_model, "clerk"))
    return client


def _ago(seconds: int) -> int:
    return sessions.now() - seconds


def test_thirty_idle_minutes_end_the_session(clerk_client):
    set_session(clerk_client, **{sessions.SEEN_AT: _ago(29 * 60)})
    assert clerk_client.get(HOME).status_code == 200  # and this request counts as activity
    set_session(clerk_client, **{sessions.SEEN_AT: _ago(31 * 60)})
    response = clerk_client.get("/admin/applications/?status=new")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert "next=/admin/applications/%3Fstatus%3Dnew" in response["Location"]
    login = clerk_client.get(response["Location"]).content.decode()
    assert "You were signed out after 30 minutes without activity." in login
    assert SESSION_KEY not in clerk_client.session
    event = SecurityEvent.objects.get(kind="session_expired")
    assert event.detail == {"reason": "idle"} and event.username == "clerk-clerk-office"


def test_twelve_hours_after_signing_in_the_session_ends_however_busy(clerk_client):
    set_session(clerk_client, **{sessions.SIGNED_IN_AT: _ago(12 * 3600 - 60)})
    assert clerk_client.get(HOME).status_code == 200
    set_session(clerk_client, **{sessions.SIGNED_IN_AT: _ago(12 * 3600 + 1)})
    response = clerk_client.get(HOME, follow=True)
    assert "You were signed out 12 hours after signing in." in response.content.decode()
    assert response.redirect_chain[-1][0].startswith(reverse("wagtailadmin_login"))


def test_the_limits_come_from_settings(clerk_client, settings):
    settings.STAFF_SESSION_IDLE_SECONDS = 60
    set_session(clerk_client, **{sessions.SEEN_AT: _ago(90)})
    assert clerk_client.get(HOME).status_code == 302


def test_activity_is_written_at_most_once_a_minute(clerk_client):
    seen = _ago(30)
    set_session(clerk_client, **{sessions.SEEN_AT: seen})
    clerk_client.get(HOME)
    assert clerk_client.session[sessions.SEEN_AT] == seen  # (a second may pass meanwhile)
    set_session(clerk_client, **{sessions.SEEN_AT: _ago(120)})
    clerk_client.get(HOME)
    assert clerk_client.session[sessions.SEEN_AT] >= _ago(2)


def test_on_the_public_site_a_timed_out_staff_member_just_continues_signed_out(
    clerk_client, site_pages
):
    set_session(clerk_client, **{sessions.SEEN_AT: _ago(31 * 60)})
    assert clerk_client.get("/kk/").status_code == 200
    assert SESSION_KEY not in clerk_client.session


def test_a_learners_session_is_not_a_staff_session(client, site_pages):
    """Couples are anonymous: their session (access, progress) is left alone however old."""
    set_session(client, learner_access=123, **{sessions.SEEN_AT: _ago(3 * 24 * 3600)})
    assert client.get("/kk/").status_code == 200
    assert client.session["learner_access"] == 123
