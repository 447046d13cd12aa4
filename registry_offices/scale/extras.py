"""What is not a couple: the centres' monthly reports and request tallies over the years, the last
months' consultation requests, self-paced counts, and the clerks' other security events."""

from __future__ import annotations

import datetime
import random

from django.apps import apps

from .copying import copy_rows, table
from .plan import Plan

UTC = datetime.UTC
SOURCES = ["office", "course", "certificate", "directory", "guide"]
TOPICS = ["communication", "divorce", "legal", "children", "safety", "other"]
# Requests are kept 90 days; a month more is made so that the purge has work.
REQUEST_DAYS = 120


def _months(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(day)
        day = datetime.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months


def write_extras(cursor, plan: Plan, usernames: dict[int, str], now: datetime.datetime) -> dict:
    rng = random.Random(f"{plan.seed}:extras")
    centres = list(
        apps.get_model("resource_centers.ResourceCentrePage")
        .objects.filter(locale__language_code="kk")
        .values_list("pk", flat=True)
    )
    months = _months(plan.first_day(), plan.day)
    # The demo's own rows stay; one row per centre (or course) and month is the rule.
    reported = set(
        apps.get_model("resource_centers.MonthlyReport").objects.values_list("centre_id", "month")
    )
    counted = set(
        apps.get_model("learning.SelfPacedCount").objects.values_list("course_id", "month")
    )
    counts = {}
    counts["monthly reports"] = copy_rows(
        cursor,
        table("resource_centers.MonthlyReport"),
        (
            "centre_id",
            "month",
            "applied",
            "about_divorce",
            "reconciled",
            "with_children",
            "raised_residence",
            "youngest_age",
            "oldest_age",
            "created_at",
            "updated_at",
        ),
        (row for row in _monthly_reports(centres, months, rng, now) if row[:2] not in reported),
    )
    offices = plan.office_ids
    tallies = []
    for month in months:
        for centre in centres:
            for source in SOURCES:
                office = rng.choice(offices) if source == "office" else None
                tallies.append((month, centre, source, office, rng.randint(1, 40)))
    counts["request tallies"] = copy_rows(
        cursor,
        table("resource_centers.RequestTally"),
        ("month", "centre_id", "source", "office_id", "count"),
        tallies,
    )
    requests = []
    for days_ago in range(REQUEST_DAYS):
        day = plan.day - datetime.timedelta(days=days_ago)
        for centre in centres:
            for _ in range(rng.randint(2, 12)):
                source = rng.choice(SOURCES)
                requests.append(
                    (
                        centre,
                        "Айгүл",
                        f"+7701{rng.randrange(10**7):07d}",
                        rng.choice(TOPICS),
                        rng.choice(["kk", "ru"]),
                        "",
                        True,
                        datetime.datetime(
                            day.year,
                            day.month,
                            day.day,
                            rng.randrange(24),
                            rng.randrange(60),
                            tzinfo=UTC,
                        ),
                        source,
                        rng.choice(offices) if source == "office" else None,
                    )
                )
    counts["consultation requests"] = copy_rows(
        cursor,
        table("resource_centers.ConsultationRequest"),
        (
            "centre_id",
            "name",
            "contact",
            "topic",
            "preferred_language",
            "message",
            "consent",
            "created_at",
            "source",
            "office_id",
        ),
        requests,
    )
    courses = list(
        apps.get_model("courses.CoursePage").objects.values_list("pk", flat=True).order_by("pk")
    )
    counts["self-paced counts"] = copy_rows(
        cursor,
        table("learning.SelfPacedCount"),
        ("course_id", "month", "started", "finished"),
        [
            (course, month, started, rng.randint(0, started))
            for course in courses
            for month in months
            for started in [rng.randint(5, 400)]
            if (course, month) not in counted
        ],
    )
    counts["sign-in events"] = copy_rows(
        cursor,
        table("accounts.SecurityEvent"),
        ("created_at", "kind", "username", "user_id", "address_hash", "detail"),
        _sign_ins(plan, usernames, rng),
    )
    return counts


def _monthly_reports(centres, months, rng, now):
    for centre in centres:
        for month in months:
            applied = rng.randint(120, 600)
            divorce = rng.randint(applied // 2, applied)
            children = rng.randint(applied // 3, applied)
            yield (
                centre,
                month,
                applied,
                divorce,
                rng.randint(0, divorce // 2),
                children,
                rng.randint(0, children),
                rng.randint(18, 25),
                rng.randint(60, 80),
                now,
                now,
            )


def _sign_ins(plan: Plan, usernames: dict[int, str], rng: random.Random):
    """Each clerk's sign-outs and timeouts on working days of the last two years, and a few
    wrong passwords: the security log's everyday rows."""
    clerks = [user for users in plan.clerks.values() for user in users]
    first = plan.day - datetime.timedelta(days=730)
    for offset in range(0, 730, 3):
        day = first + datetime.timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for clerk in clerks:
            moment = datetime.datetime(
                day.year, day.month, day.day, 18, rng.randrange(60), tzinfo=UTC
            )
            kind = "logged_out" if rng.random() < 0.7 else "session_expired"
            yield (moment, kind, usernames.get(clerk, ""), clerk, "", "{}")
            if rng.random() < 0.05:
                yield (
                    moment,
                    "login_failed",
                    usernames.get(clerk, ""),
                    None,
                    f"{rng.getrandbits(256):064x}",
                    "{}",
                )
