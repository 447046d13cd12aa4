"""The logs' paginator counts at most CAP rows: a decade of events is never counted whole."""

import pytest

from accounts.models import SecurityEvent
from home.pagination import CappedPaginator, UnorderedCappedPaginator

pytestmark = pytest.mark.django_db


def test_the_count_stops_at_the_cap_and_the_pages_follow(monkeypatch):
    SecurityEvent.objects.bulk_create(
        SecurityEvent(kind="login_failed", username=f"u{n}") for n in range(25)
    )
    events = SecurityEvent.objects.order_by("-created_at", "-pk")
    assert CappedPaginator(events, 5).count == 25
    monkeypatch.setattr(CappedPaginator, "CAP", 10)
    capped = CappedPaginator(events, 5)
    assert (capped.count, capped.num_pages) == (10, 2)
    assert [e.username for e in capped.page(1)] == [e.username for e in events[:5]]


def test_the_unordered_count_is_the_same_and_the_pages_keep_the_list_s_order(monkeypatch):
    """The applications list counts without its order (a rare filter's rows unsorted)."""
    SecurityEvent.objects.bulk_create(
        SecurityEvent(kind="login_failed", username=f"u{n:02}") for n in range(25)
    )
    events = SecurityEvent.objects.order_by("-username")
    assert UnorderedCappedPaginator(events, 5).count == 25
    monkeypatch.setattr(CappedPaginator, "CAP", 10)
    capped = UnorderedCappedPaginator(events, 5)
    assert (capped.count, capped.num_pages) == (10, 2)
    assert [e.username for e in capped.page(2)] == ["u19", "u18", "u17", "u16", "u15"]


def test_the_security_log_and_the_notices_use_it(admin_client):
    for path in ("/admin/security-log/", "/admin/notices/"):
        response = admin_client.get(path)
        assert response.status_code == 200
        assert isinstance(response.context["paginator"], CappedPaginator), path
