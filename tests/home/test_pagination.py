"""The capped paginators count at most CAP rows (a decade of events or of an office's applications
is never counted whole) and say "more than" when the count stopped."""

import pytest
from django.utils import translation

from accounts.models import SecurityEvent
from home.pagination import CappedPaginator, UnorderedCappedPaginator
from tests.factories import set_admin_language

pytestmark = pytest.mark.django_db


def test_the_count_stops_at_the_cap_and_the_pages_follow(monkeypatch):
    SecurityEvent.objects.bulk_create(
        SecurityEvent(kind="login_failed", username=f"u{n}") for n in range(25)
    )
    events = SecurityEvent.objects.order_by("-created_at", "-pk")
    assert CappedPaginator(events, 5).count == 25
    monkeypatch.setattr(CappedPaginator, "CAP", 10)
    capped = CappedPaginator(events, 5)
    assert (capped.count, capped.num_pages, capped.capped) == (10, 2, True)
    assert [e.username for e in capped.page(1)] == [e.username for e in events[:5]]


def test_a_count_that_stopped_says_more_than(monkeypatch):
    SecurityEvent.objects.bulk_create(
        SecurityEvent(kind="login_failed", username=f"u{n}") for n in range(11)
    )
    events = SecurityEvent.objects.order_by("-created_at", "-pk")
    monkeypatch.setattr(CappedPaginator, "CAP", 11)
    exact = CappedPaginator(events, 5)
    assert (exact.count, exact.capped) == (11, False)
    with translation.override("en"):
        assert exact.items_count_label == "11 security log"
    monkeypatch.setattr(CappedPaginator, "CAP", 10)
    capped = CappedPaginator(events, 5)
    assert (capped.count, capped.capped) == (10, True)
    with translation.override("en"):
        assert capped.items_count_label == "security log: more than 10"
    with translation.override("ru"):
        label = CappedPaginator(events, 5).items_count_label
    assert label == "журнал безопасности: более 10"


def test_the_filtered_security_log_says_there_are_more_matches(
    admin_client, admin_user, monkeypatch
):
    set_admin_language(admin_user, "en")
    SecurityEvent.objects.bulk_create(
        SecurityEvent(kind="login_failed", username=f"u{n}") for n in range(12)
    )
    monkeypatch.setattr(CappedPaginator, "CAP", 10)
    page = admin_client.get("/admin/security-log/", {"kind": "login_failed"}).content.decode()
    assert "There are more than 10 matches" in page
    assert "There are 10 matches" not in page
    monkeypatch.setattr(CappedPaginator, "CAP", 100)
    page = admin_client.get("/admin/security-log/", {"kind": "login_failed"}).content.decode()
    assert "There are 12 matches" in page and "more than" not in page


def test_the_unordered_count_is_the_same_and_the_pages_keep_the_list_s_order(monkeypatch):
    """The applications list counts without its order (a rare filter's rows unsorted)."""
    SecurityEvent.objects.bulk_create(
        SecurityEvent(kind="login_failed", username=f"u{n:02}") for n in range(25)
    )
    events = SecurityEvent.objects.order_by("-username")
    assert UnorderedCappedPaginator(events, 5).count == 25
    monkeypatch.setattr(UnorderedCappedPaginator, "CAP", 10)
    capped = UnorderedCappedPaginator(events, 5)
    assert (capped.count, capped.num_pages, capped.capped) == (10, 2, True)
    assert [e.username for e in capped.page(2)] == ["u19", "u18", "u17", "u16", "u15"]


def test_the_security_log_and_the_notices_use_it(admin_client):
    for path in ("/admin/security-log/", "/admin/notices/"):
        response = admin_client.get(path)
        assert response.status_code == 200
        assert isinstance(response.context["paginator"], CappedPaginator), path


def test_the_clerk_s_filtered_applications_say_more_than_when_the_count_stopped(
    client, office_a, course, monkeypatch
):
    import datetime

    from django.utils import timezone

    from registry_offices.models import CourseAssignment
    from tests.factories import make_application

    today = timezone.localdate()
    for number in ("AST-1", "AST-2", "AST-3"):
        application = make_application(office_a.office, number)
        CourseAssignment.objects.assign(
            application, course, today + datetime.timedelta(days=5), office_a.clerk
        )
    client.force_login(office_a.clerk)
    monkeypatch.setattr(UnorderedCappedPaginator, "CAP", 2)
    response = client.get("/admin/applications/", {"state": "assigned"})
    page = response.content.decode()
    assert "There are more than 2 matches" in page
    assert "Marriage applications: more than 2" in page
    assert isinstance(response.context["paginator"], UnorderedCappedPaginator)
    monkeypatch.setattr(UnorderedCappedPaginator, "CAP", 1_000)
    page = client.get("/admin/applications/", {"state": "assigned"}).content.decode()
    assert "There are 3 matches" in page and "more than" not in page.casefold()
