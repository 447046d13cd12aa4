#!/usr/bin/env python
"""The Django side of `make bench-scale`: run with the bench's environment (production settings,
the size's DATABASE_URL, the bench's Redis), it signs in the staff the screens need, picks the rows
each screen shows (the largest office, its certificates, a couple's IIN), counts each GET's SQL
queries with the test client, and prints it all as JSON for bench_scale.py."""

import datetime
import json
import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

import django  # noqa: E402

django.setup()

from django.contrib.auth import (  # noqa: E402
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
    get_user_model,
)
from django.contrib.sessions.backends.cached_db import SessionStore  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_otp import DEVICE_ID_SESSION_KEY  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402

from accounts import sessions as staff_sessions  # noqa: E402
from certificates.models import Certificate  # noqa: E402
from registry_offices.iin import iin_hash  # noqa: E402
from registry_offices.models import CourseAssignment, Partner, RegistryOffice  # noqa: E402
from registry_offices.scale.couples import scale_iin  # noqa: E402
from registry_offices.views.finding import _found_key  # noqa: E402

ACCEPTS = int(os.environ.get("BENCH_SCALE_REQUESTS", "40")) + 2


def staff_cookie(username: str) -> tuple[str, object]:
    """A signed-in staff session past the second step, as production wants it."""
    user = get_user_model().objects.get(username=username)
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name="bench-scale", defaults={"confirmed": True}
    )
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "accounts.backends.CachedModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    staff_sessions.start(session)
    session.create()
    return session.session_key, user


def count_queries(path: str, session_key: str) -> int:
    client = Client(SERVER_NAME="127.0.0.1")
    client.cookies["sessionid"] = session_key or ""
    client.cookies["bench_uncached"] = "1"
    client.get(path)
    with CaptureQueriesContext(connection) as ctx:
        client.get(path)
    return len(ctx.captured_queries)


def main() -> None:
    office = RegistryOffice.objects.get(code="astana-1")
    clerk_key, clerk = staff_cookie("clerk-astana")
    analyst_key, _ = staff_cookie("analyst")
    admin_key, _ = staff_cookie("admin")
    teacher_key, _ = staff_cookie("teacher")
    today = timezone.localdate()
    own = Certificate.objects.filter(office=office, state="valid").order_by("-pk")
    other = Certificate.objects.exclude(office=office).filter(state="valid").order_by("-pk").first()
    to_accept = list(
        own.filter(accepted_at__isnull=True, expires_on__gte=today).values_list("pk", flat=True)[
            :ACCEPTS
        ]
    )
    certificate = own.first()
    partner = (
        Partner.objects.filter(application__office=office, application__number__startswith="S")
        .exclude(iin_last4="")
        .order_by("-pk")
        .first()
    )
    iin = scale_iin(partner.pk, partner.date_of_birth, partner.position)
    token = secrets.token_urlsafe(16)
    cache.set(_found_key(clerk, token), partner.full_name.split()[-1], 3600)
    assignment = CourseAssignment.objects.filter(application__office=office).order_by("-pk").first()
    first_month = today.replace(day=1) - datetime.timedelta(days=1)
    ten_years = f"date_from={today.replace(year=today.year - 10):%Y-%m-%d}&date_to={today:%Y-%m-%d}"
    applications = reverse("applications:index")
    gets = [
        ("applications list", applications, clerk_key, "screen"),
        (
            "applications, state + month",
            f"{applications}?state=completed&status=accepted"
            f"&application_date_from={first_month.replace(day=1):%Y-%m-%d}"
            f"&application_date_to={first_month:%Y-%m-%d}",
            clerk_key,
            "screen",
        ),
        ("applications, overdue", f"{applications}?state=overdue", clerk_key, "screen"),
        ("applications, not overdue", f"{applications}?overdue=false", clerk_key, "screen"),
        ("applications, name token", f"{applications}?found={token}", clerk_key, "screen"),
        ("applications, IIN", f"{applications}?iin={iin_hash(iin)}", clerk_key, "screen"),
        (
            "application edit page",
            reverse("applications:edit", args=[partner.application_id]),
            clerk_key,
            "screen",
        ),
        (
            "assignment slips",
            reverse("applications:slips", args=[assignment.pk]),
            clerk_key,
            "screen",
        ),
        (
            "certificate page",
            reverse("certificates:detail", args=[certificate.pk]),
            clerk_key,
            "screen",
        ),
        ("office dashboard (admin home)", "/admin/", clerk_key, "report"),
        (
            "office report, 1 year",
            reverse("applications:report", args=[office.pk]),
            clerk_key,
            "report",
        ),
        (
            "all offices report, 10 years",
            f"{reverse('applications:report_all')}?{ten_years}",
            analyst_key,
            "report",
        ),
        ("national statistics", "/kk/statistics/", "", "report"),
        ("ministry dashboard", reverse("evaluation_dashboard"), analyst_key, "report"),
        ("open data page", "/kk/open-data/", "", "report"),
        ("verify HTML", f"/kk/verify/{certificate.display_code}/", "", "screen"),
        ("verify JSON", f"/api/certificates/{certificate.display_code}/", "", "screen"),
        ("notices log", "/admin/notices/", admin_key, "screen"),
        ("security log", "/admin/security-log/", admin_key, "screen"),
        ("self-paced report", reverse("learning_self_paced_statistics"), admin_key, "report"),
        ("class-session report", reverse("class-sessions:index"), teacher_key, "report"),
    ]
    targets = [
        {
            "label": label,
            "method": "GET",
            "path": path,
            "session": key,
            "kind": kind,
            "queries": count_queries(path, key),
        }
        for label, path, key, kind in gets
    ]
    check = reverse("certificates:check")
    unknown = "".join("3" for _ in range(12))
    targets += [
        {
            "label": "counter, found",
            "method": "POST",
            "path": check,
            "session": clerk_key,
            "kind": "screen",
            "data": {"code": certificate.display_code},
        },
        {
            "label": "counter, other office",
            "method": "POST",
            "path": check,
            "session": clerk_key,
            "kind": "screen",
            "data": {"code": other.display_code},
        },
        {
            "label": "counter, unknown",
            "method": "POST",
            "path": check,
            "session": clerk_key,
            "kind": "screen",
            "data": {"code": unknown},
        },
        {
            "label": "accept",
            "method": "POST",
            "session": clerk_key,
            "kind": "screen",
            "paths": [reverse("certificates:accept", args=[pk]) for pk in to_accept],
            "form_from": reverse("certificates:detail", args=[to_accept[0]]),
        },
    ]
    exports = [
        {
            "label": "report XLSX export, 10 years",
            "path": f"{reverse('applications:report_export_all')}?export=xlsx&{ten_years}",
            "session": analyst_key,
        },
        {
            "label": "report CSV export, 10 years",
            "path": f"{reverse('applications:report_export_all')}?export=csv&{ten_years}",
            "session": analyst_key,
        },
        {
            "label": "applications CSV export (office)",
            "path": f"{applications}?export=csv",
            "session": clerk_key,
        },
        {
            "label": "applications XLSX export (office)",
            "path": f"{applications}?export=xlsx",
            "session": clerk_key,
        },
    ]
    print(
        json.dumps(
            {"targets": targets, "exports": exports, "office_rows": office.applications.count()}
        )
    )


if __name__ == "__main__":
    main()
