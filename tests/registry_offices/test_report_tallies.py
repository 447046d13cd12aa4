"""The report tallies stay exact: after every act a clerk, a couple or the purge does, the stored
tallies equal a recount of the rows, and the report read from them equals one counted from the
rows (overdue included, days later)."""

import datetime
import io
from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from certificates.models import Certificate
from registry_offices import figures, tallies
from registry_offices.models import CourseAssignment, MarriageApplication, RegistryOffice
from tests.factories import assign, certified

pytestmark = pytest.mark.django_db


def assert_exact() -> None:
    assert tallies.stored() == tallies.recount()
    assert kind_totals("completed_on") == completed_by_month_from_rows()
    assert kind_totals("accepted_current") == accepted_in_force_from_rows()
    assert sum(kind_totals("applied").values()) == MarriageApplication.objects.count()


def kind_totals(kind: str) -> Counter:
    return Counter({key[:3]: n for key, n in tallies.stored().items() if key[3] == kind and n})


def completed_by_month_from_rows() -> Counter:
    """What the dashboard counted from the rows: completed assignments by completion month."""
    return Counter(
        (a.application.office_id, a.course_id, tallies.month_of(a.completed_at))
        for a in CourseAssignment.objects.filter(
            state="completed", completed_at__isnull=False
        ).select_related("application")
    )


def accepted_in_force_from_rows() -> Counter:
    """Accepted certificates not replaced (a reissue once), by month of acceptance."""
    return Counter(
        (c.office_id, c.course_id, tallies.month_of(c.accepted_at))
        for c in Certificate.objects.exclude(state="replaced").filter(accepted_at__isnull=False)
    )


def counted_from_rows(offices, period: figures.Period, today: datetime.date) -> dict:
    found: dict = {}
    figures._counted_rows(found, [office.pk for office in offices], period, today)
    return found


def report_as_dict(rows) -> dict:
    return {
        (row.office.pk, row.course_title, row.month): {
            column: getattr(row, column) for column in figures.COLUMNS
        }
        for row in rows
    }


def test_every_act_keeps_the_tallies_equal_to_a_recount(office_a, office_b, short):
    couples = [assign(office_a, short, f"A-{n}") for n in range(1, 6)]
    moved = assign(office_b, short, "B-1")
    assert_exact()
    couples[1].assignment.start()  # the first lesson opened
    assert_exact()
    accepted = certified(couples[2], short)  # both partners finished: completed, certified
    revoked = certified(couples[3], short)
    assert_exact()
    accepted.accept(office_a.clerk)
    assert_exact()
    revoked.revoke(office_a.head, "Wrong person")
    revoked_assignment = CourseAssignment.objects.get(pk=couples[3].assignment.pk)
    assert revoked_assignment.cancel(office_a.clerk)  # completed, its certificate revoked
    CourseAssignment.objects.assign(
        couples[3].application,
        short,
        timezone.localdate() + datetime.timedelta(days=7),
        office_a.clerk,
    )
    assert_exact()
    accepted.refresh_from_db()
    reissued = accepted.reissue(office_a.head)  # a name corrected; it stays accepted
    assert reissued.accepted_at is not None
    assert_exact()
    # The reissue keeps one acceptance in force (the dashboard's), two ever made ("accepted").
    assert sum(kind_totals("accepted_current").values()) == 1
    assert sum(kind_totals("accepted").values()) == 2
    assert sum(kind_totals("completed_on").values()) == 1  # A-3 (A-4's completion was cancelled)
    assert CourseAssignment.objects.get(pk=couples[4].assignment.pk).cancel(office_a.clerk)
    assert_exact()
    application = MarriageApplication.objects.get(pk=moved.application.pk)
    application.office = office_a.office  # filed at the wrong office, moved by the head
    application.save()
    assert_exact()
    application.application_date -= datetime.timedelta(days=40)  # a wrong date corrected
    application.save()
    assert_exact()
    assert (
        kind_totals("applied")[
            (office_a.office.pk, None, application.application_date.replace(day=1))
        ]
        == 1
    )
    MarriageApplication.objects.get(pk=couples[0].application.pk).delete()  # never certified
    assert_exact()
    MarriageApplication.objects.filter(pk=couples[2].application.pk).update(
        planned_registration_date=timezone.localdate() - datetime.timedelta(days=3 * 365)
    )
    Certificate.objects.filter(assignment__application=couples[2].application).update(
        expires_on=timezone.localdate() - datetime.timedelta(days=2 * 365)
    )
    call_command("purge_couple_data", "--months", "1", stdout=io.StringIO())
    assert MarriageApplication.objects.filter(anonymised_at__isnull=False).exists()
    assert_exact()
    # Five made at A, one at B (A-1 deleted): the anonymised one still counts.
    assert sum(kind_totals("applied").values()) == 5

    offices = RegistryOffice.objects.filter(pk__in=[office_a.office.pk, office_b.office.pk])
    a, b = sorted(figures.office_figures(offices), key=lambda f: f.office.pk != office_a.office.pk)
    # A: B-1 moved in and A-4 assigned again (not started), A-2 in progress, A-3 completed,
    # cancelled (A-1 deleted); issued: A-3's reissue and A-4's revoked one.
    assert (a.assigned, a.in_progress, a.completed, a.overdue, a.cancelled) == (2, 1, 1, 0, 2)
    assert (a.certificates_issued, a.certificates_accepted) == (2, 1)
    assert (b.total, b.cancelled, b.certificates_issued) == (0, 0, 0)

    # Weeks later the open ones are overdue: the report from the tallies says so, as the rows do.
    later = timezone.localdate() + datetime.timedelta(days=60)
    month = timezone.localdate().replace(day=1)
    period = figures.Period(month, figures._month_end(month))
    tallied = report_as_dict(figures.report_rows(offices, today=later, period=period))
    assert tallied == counted_from_rows(offices, period, later)
    (row,) = tallied.values()
    assert (row["assigned"], row["in_progress"], row["overdue"], row["accepted"]) == (0, 0, 3, 2)


def test_a_range_inside_a_month_counts_its_days_from_the_rows(office_a, short):
    couple = assign(office_a, short, "A-1")
    CourseAssignment.objects.filter(pk=couple.assignment.pk).update(
        created_at=timezone.make_aware(datetime.datetime(2026, 3, 20, 12))
    )
    call_command("rebuild_report_tallies", stdout=io.StringIO())
    offices = RegistryOffice.objects.filter(pk=office_a.office.pk)
    inside = figures.Period(datetime.date(2026, 3, 15), datetime.date(2026, 4, 10))
    before = figures.Period(datetime.date(2026, 3, 1), datetime.date(2026, 3, 19))
    assert len(figures.report_rows(offices, period=inside)) == 1
    assert figures.report_rows(offices, period=before) == []


def test_the_command_recounts_and_checks(office_a, short):
    couple = assign(office_a, short, "A-1")
    out = io.StringIO()
    call_command("rebuild_report_tallies", "--check", stdout=out)
    assert "match the rows" in out.getvalue()
    # A state written behind the verbs' backs (as a bulk load does) is found, then recounted.
    CourseAssignment.objects.filter(pk=couple.assignment.pk).update(
        state="completed", completed_at=timezone.now()
    )
    with pytest.raises(CommandError, match="differ from the rows"):
        call_command("rebuild_report_tallies", "--check", stdout=io.StringIO())
    call_command("rebuild_report_tallies", stdout=out)
    assert "recounted" in out.getvalue()
    assert_exact()
    (figure,) = figures.office_figures(RegistryOffice.objects.filter(pk=office_a.office.pk))
    assert (figure.assigned, figure.completed) == (0, 1)
    assert kind_totals("completed_on") == Counter(
        {(office_a.office.pk, short.pk, tallies.month_of(timezone.now())): 1}
    )
