"""'Open now' from structured hours, read in the centre's time zone, at fixed moments."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from resource_centers.models import OpeningException, OpeningHours, ResourceCentrePage

pytestmark = pytest.mark.django_db

ALMATY = ZoneInfo("Asia/Almaty")


def centre(hours, exceptions=(), time_zone="Asia/Almaty") -> ResourceCentrePage:
    """An unsaved centre whose relations are in memory (what a prefetched directory works with)."""
    page = ResourceCentrePage(title="t", slug="t", city="almaty", time_zone=time_zone)
    page.opening_hours = [
        OpeningHours(weekday=d, opens=dt.time.fromisoformat(o), closes=dt.time.fromisoformat(c))
        for d, o, c in hours
    ]
    page.hour_exceptions = list(exceptions)
    return page


def at(text: str, tz=ALMATY) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=tz)


OFFICE = [(d, "09:00", "18:00") for d in range(5)]  # Mon–Fri


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-11-25 09:00", True),  # Wednesday, opening minute
        ("2026-11-25 17:59", True),
        ("2026-11-25 18:00", False),  # closing time is exclusive
        ("2026-11-25 08:59", False),
        ("2026-11-28 12:00", False),  # Saturday
        ("2026-11-29 12:00", False),  # Sunday
    ],
)
def test_weekday_hours(moment, expected):
    assert centre(OFFICE).is_open_at(at(moment)) is expected


def test_moment_in_another_zone_is_read_in_the_centres_zone():
    # 04:30 UTC is 09:30 in Almaty (UTC+5): open; 13:30 UTC is 18:30 there: closed.
    assert centre(OFFICE).is_open_at(at("2026-11-25 04:30", dt.UTC))
    assert not centre(OFFICE).is_open_at(at("2026-11-25 13:30", dt.UTC))


def test_holiday_closes_a_working_day():
    holiday = OpeningException(date=dt.date(2026, 12, 16), closed=True, note="Independence Day")
    assert not centre(OFFICE, [holiday]).is_open_at(at("2026-12-16 12:00"))
    assert centre(OFFICE, [holiday]).is_open_at(at("2026-12-17 12:00"))


def test_short_day_replaces_the_weekday_hours():
    short = OpeningException(
        date=dt.date(2026, 12, 31), closed=False, opens=dt.time(10), closes=dt.time(14)
    )
    page = centre(OFFICE, [short])
    assert not page.is_open_at(at("2026-12-31 09:30"))
    assert page.is_open_at(at("2026-12-31 13:59"))
    assert not page.is_open_at(at("2026-12-31 15:00"))


def test_exception_can_open_a_closed_day():
    saturday = OpeningException(
        date=dt.date(2026, 11, 28), closed=False, opens=dt.time(10), closes=dt.time(13)
    )
    assert centre(OFFICE, [saturday]).is_open_at(at("2026-11-28 11:00"))


NIGHT = [(4, "20:00", "02:00")]  # Friday evening into Saturday morning


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-11-27 19:59", False),  # Friday before opening
        ("2026-11-27 23:30", True),  # Friday night
        ("2026-11-28 00:00", True),  # after midnight, Friday's period continues
        ("2026-11-28 01:59", True),
        ("2026-11-28 02:00", False),
        ("2026-11-28 21:00", False),  # Saturday evening: no period starts on Saturday
        ("2026-11-26 01:00", False),  # Thursday after midnight: Wednesday had no night period
    ],
)
def test_period_past_midnight(moment, expected):
    assert centre(NIGHT).is_open_at(at(moment)) is expected


def test_holiday_on_the_evening_before_cancels_the_after_midnight_tail():
    holiday = OpeningException(date=dt.date(2026, 11, 27), closed=True)
    page = centre(NIGHT, [holiday])
    assert not page.is_open_at(at("2026-11-27 23:00"))
    assert not page.is_open_at(at("2026-11-28 01:00"))


def test_round_the_clock_day():
    page = centre([(0, "00:00", "00:00")])
    assert page.is_open_at(at("2026-11-23 00:00"))
    assert page.is_open_at(at("2026-11-23 23:59"))
    assert not page.is_open_at(at("2026-11-24 00:00"))


def test_no_hours_means_closed():
    assert not centre([]).is_open_at(at("2026-11-25 12:00"))
