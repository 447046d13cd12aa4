"""On a generated country (small size), every staff screen's queries are planned by index: no
sequential scan of the big tables. The planner sees real statistics (ANALYZE after generating);
nothing is switched off to hide a scan."""

import io
import json
import secrets

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from registry_offices.iin import iin_hash
from registry_offices.models import CourseAssignment, MarriageApplication, Partner, RegistryOffice
from registry_offices.scale import couples as scale_couples
from registry_offices.scale import plan as scale_plan
from registry_offices.scale.couples import scale_iin
from registry_offices.views.finding import _found_key

pytestmark = pytest.mark.django_db

GUARDED = {
    "registry_offices_marriageapplication",
    "registry_offices_partner",
    "registry_offices_courseassignment",
    "registry_offices_partneraccess",
    "registry_offices_certificate",
    "courses_enrollment",
    "courses_lessoncompletion",
    "courses_quizattempt",
    "notices_message",
    "accounts_securityevent",
}
COUPLES = 20000


@pytest.fixture
def country(transactional_db, demo_content):
    """Committed and vacuumed, as a live database is: inside a test's transaction nothing could
    be vacuumed, and the planner would rightly avoid index-only scans."""
    call_command("generate_scale", couples=COUPLES, stdout=io.StringIO())
    # The median office of the country's 208 (a few hundred couples a year): where most clerks
    # work. The largest office's dashboard counts a tenth of the country, which no index helps.
    yield RegistryOffice.objects.get(code="scale-0100")
    with connection.cursor() as cursor:  # not a Django table: the flush would leave it
        cursor.execute("DROP TABLE IF EXISTS scale_generation_marker")


@pytest.fixture
def small_country(demo_content):
    call_command("generate_scale", couples=6000, offices=20, stdout=io.StringIO())
    return RegistryOffice.objects.get(code="scale-0005")


def seq_scans(plan: dict) -> list[str]:
    found = []
    if plan.get("Node Type") == "Seq Scan" and plan.get("Relation Name") in GUARDED:
        found.append(plan["Relation Name"])
    for child in plan.get("Plans", []):
        found.extend(seq_scans(child))
    return found


def plan_of(cursor, sql: str) -> dict:
    cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
    raw = cursor.fetchone()[0]
    return (json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"]


def plan_indexes(plan: dict) -> set[str]:
    found = {plan["Index Name"]} if "Index Name" in plan else set()
    for child in plan.get("Plans", []):
        found |= plan_indexes(child)
    return found


def indexes_read(queries, table: str = "registry_offices_courseassignment") -> set[str]:
    """The indexes the plans of the queries on `table` read."""
    with connection.cursor() as cursor:
        return {
            name
            for query in queries
            if table in query["sql"]
            for name in plan_indexes(plan_of(cursor, query["sql"]))
        }


def scanned_tables(queries) -> dict[str, list[str]]:
    found = {}
    with connection.cursor() as cursor:
        for query in queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            for table in seq_scans(plan_of(cursor, sql)):
                found.setdefault(table, []).append(sql[:300])
    return found


def staff_requests(office):
    clerk = get_user_model().objects.get(username=f"clerk-{office.code}-1")
    admin = get_user_model().objects.get(username="admin")
    partner = (
        Partner.objects.filter(application__office=office, application__number__startswith="S")
        .exclude(iin_last4="")
        .order_by("-pk")
        .first()
    )
    token = secrets.token_urlsafe(8)
    cache.set(_found_key(clerk, token), partner.full_name.split()[-1].casefold(), 600)
    # Two letters: no trigram, so the office's live applications are walked instead.
    short = secrets.token_urlsafe(8)
    cache.set(_found_key(clerk, short), "ли", 600)
    iin = scale_iin(partner.pk, partner.date_of_birth, partner.position)
    own = Certificate.objects.filter(office=office, state="valid").order_by("-pk").first()
    other = Certificate.objects.exclude(office=office).filter(state="valid").first()
    assignment = CourseAssignment.objects.filter(application__office=office).order_by("-pk")[0]
    applications = reverse("applications:index")
    check = reverse("certificates:check")
    # The largest office (a tenth of the country): its course-state filters once joined every
    # matching assignment of the country by a sequential scan; they probe an index now.
    largest = get_user_model().objects.get(username="clerk-astana")
    course = CourseAssignment.objects.values_list("course", flat=True).first()
    month_start = timezone.localdate().replace(day=1)
    largest_office = [
        (f"largest office, {query}", largest, "get", f"{applications}?{query}", None)
        for query in (
            "state=completed&status=accepted",
            "state=completed",
            "state=overdue",
            "overdue=false",
            f"course={course}",
            f"state=completed&application_date_from={month_start:%Y-%m-%d}",
        )
    ]
    return largest_office + [
        ("applications list", clerk, "get", applications, None),
        ("overdue filter", clerk, "get", f"{applications}?state=overdue", None),
        (
            "state and status filter",
            clerk,
            "get",
            f"{applications}?state=completed&status=accepted",
            None,
        ),
        ("found by name token", clerk, "get", f"{applications}?found={token}", None),
        ("found by a two-letter token", clerk, "get", f"{applications}?found={short}", None),
        ("found by IIN", clerk, "get", f"{applications}?iin={iin_hash(iin)}", None),
        (
            "edit page",
            clerk,
            "get",
            reverse("applications:edit", args=[partner.application_id]),
            None,
        ),
        ("slips", clerk, "get", reverse("applications:slips", args=[assignment.pk]), None),
        ("certificate page", clerk, "get", reverse("certificates:detail", args=[own.pk]), None),
        ("counter, found", clerk, "post", check, {"code": own.display_code}),
        ("counter, other office", clerk, "post", check, {"code": other.display_code}),
        ("counter, unknown", clerk, "post", check, {"code": "333333333333"}),
        ("office dashboard (admin home)", clerk, "get", "/admin/", None),
        ("office report", clerk, "get", reverse("applications:report", args=[office.pk]), None),
        ("notices log", admin, "get", "/admin/notices/", None),
        ("security log", admin, "get", "/admin/security-log/", None),
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_staff_screen_reads_the_big_tables_by_index(client, country):
    assert MarriageApplication.objects.count() >= COUPLES
    scans = {}
    for label, user, method, path, data in staff_requests(country):
        client.force_login(user)
        with CaptureQueriesContext(connection) as ctx:
            response = getattr(client, method)(path, data or {})
        assert response.status_code in (200, 302, 404), (label, response.status_code)
        for table, queries in scanned_tables(ctx.captured_queries).items():
            scans[(label, table)] = queries[0]
    for (label, table), sql in scans.items():
        print(f"{label} → {table}: {sql}")
    assert sorted(scans) == []

    # Overdue, not overdue and the open states join the largest office's own assignments by the
    # copied office's index (0056), not every such assignment of the country.
    client.force_login(get_user_model().objects.get(username="clerk-astana"))
    for query in ("state=overdue", "overdue=false", "state=assigned"):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(f"{reverse('applications:index')}?{query}").status_code == 200
        assert "assignment_office_state_due" in indexes_read(ctx.captured_queries), query

    # A surname token is looked up among the largest office's partners by the index of
    # (office, name trigrams) (0057), not among every partner of the country with that name.
    largest = RegistryOffice.objects.get(code="astana-1")
    surname = (
        Partner.objects.filter(office=largest).exclude(name_search="").order_by("-pk").first()
    ).name_search.split()[-1]
    token = secrets.token_urlsafe(8)
    cache.set(_found_key(get_user_model().objects.get(username="clerk-astana"), token), surname)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"{reverse('applications:index')}?found={token}")
    assert response.status_code == 200 and response.context["object_list"]
    read = indexes_read(ctx.captured_queries, "registry_offices_partner")
    assert "partner_office_name_trgm" in read, read
    assert "partner_name_trgm" not in read, read


def test_the_generated_rows_hold_every_foreign_key(small_country):
    """The generator loads with the per-row foreign-key triggers off: check them all here."""
    checks = {
        "partner→application": "SELECT count(*) FROM registry_offices_partner p LEFT JOIN "
        "registry_offices_marriageapplication a ON a.id = p.application_id WHERE a.id IS NULL",
        "access→partner": "SELECT count(*) FROM registry_offices_partneraccess x LEFT JOIN "
        "registry_offices_partner p ON p.id = x.partner_id WHERE p.id IS NULL",
        "access→assignment": "SELECT count(*) FROM registry_offices_partneraccess x LEFT JOIN "
        "registry_offices_courseassignment s ON s.id = x.assignment_id WHERE s.id IS NULL",
        "certificate→assignment": "SELECT count(*) FROM registry_offices_certificate c LEFT JOIN "
        "registry_offices_courseassignment s ON s.id = c.assignment_id WHERE s.id IS NULL",
        "completion→enrollment": "SELECT count(*) FROM courses_lessoncompletion l LEFT JOIN "
        "courses_enrollment e ON e.id = l.enrollment_id WHERE e.id IS NULL",
        # Not a constraint (0056): the copy the list's filters read must be the application's.
        "assignment office = application office": "SELECT count(*) FROM "
        "registry_offices_courseassignment s JOIN registry_offices_marriageapplication a "
        "ON a.id = s.application_id WHERE s.office_id IS DISTINCT FROM a.office_id",
        # Likewise the partner's (0057), which the name search reads.
        "partner office = application office": "SELECT count(*) FROM "
        "registry_offices_partner p JOIN registry_offices_marriageapplication a "
        "ON a.id = p.application_id WHERE p.office_id IS DISTINCT FROM a.office_id",
        "message→certificate": "SELECT count(*) FROM notices_message m LEFT JOIN "
        "registry_offices_certificate c ON c.id = m.certificate_id "
        "WHERE m.certificate_id IS NOT NULL AND c.id IS NULL",
    }
    with connection.cursor() as cursor:
        orphans = {}
        for name, sql in checks.items():
            cursor.execute(sql)
            orphans[name] = cursor.fetchone()[0]
    assert orphans == dict.fromkeys(checks, 0)
    states = dict(Certificate.objects.values_list("state").annotate(n=Count("id")))
    assert states["valid"] > states.get("revoked", 0) > 0
    assert Partner.objects.filter(full_name="").exists()  # older couples anonymised
    assert Partner.objects.exclude(full_name="").exists()  # the last year's kept


def test_an_interrupted_run_leaves_whole_batches_and_finishes_when_run_again(
    demo_content, monkeypatch
):
    monkeypatch.setattr(scale_plan, "BATCH_COUPLES", 1000)
    monkeypatch.setattr(scale_couples, "BATCH_COUPLES", 1000)
    built = scale_couples.BatchBuilder.build

    def failing(self, batch):
        if batch == 1:
            raise RuntimeError("interrupted")
        return built(self, batch)

    monkeypatch.setattr(scale_couples.BatchBuilder, "build", failing)
    with pytest.raises(RuntimeError, match="interrupted"):
        call_command("generate_scale", couples=2500, offices=5, stdout=io.StringIO())
    generated = MarriageApplication.objects.filter(number__startswith="S")
    assert generated.count() == 1000  # batch 0 whole, nothing of batch 1
    monkeypatch.setattr(scale_couples.BatchBuilder, "build", built)
    out = io.StringIO()
    call_command("generate_scale", couples=2500, offices=5, stdout=out)
    assert "Resuming: 1 of 3 batches were done." in out.getvalue()
    assert generated.count() == 2500
    assert generated.values("number").distinct().count() == 2500
    with pytest.raises(CommandError, match="filled with --couples 2500"):
        call_command("generate_scale", couples=9999, stdout=io.StringIO())
