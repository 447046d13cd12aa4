"""The dashboard's applications, completions and accepted certificates come from the registry's
exact tallies (registry_offices.ApplicationTally; ReportTally `completed_on`, `accepted_current`),
not from the rows: the same figures as the rows give, a reissue counted once, and no query on the
applications, assignments or certificates for them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from evaluation import figures
from registry_offices.models import CourseAssignment
from tests.factories import assign, certified

pytestmark = pytest.mark.django_db


def test_completions_and_acceptances_are_read_from_the_tallies(office_a, short):
    couples = [assign(office_a, short, f"A-{n}") for n in range(1, 4)]
    accepted = certified(couples[0], short)
    certified(couples[1], short)  # completed, not accepted
    accepted.accept(office_a.clerk)
    accepted.refresh_from_db()
    accepted.reissue(office_a.head)  # the same couple: still one acceptance in force
    assert CourseAssignment.objects.get(pk=couples[2].assignment.pk).cancel(office_a.clerk)

    month = timezone.localdate().replace(day=1)
    scope = figures.Scope(month, month, office_ids=(office_a.office.pk,))
    with CaptureQueriesContext(connection) as queries:
        counts = figures.office_month_counts(scope)
    key = (office_a.office.pk, month)
    assert counts["completed"][key] == 2
    assert counts["certificates_accepted"][key] == 1
    assert counts["assignments"][key] == 3
    assert counts["applications"][key] == 3
    read = " ".join(q["sql"] for q in queries.captured_queries)
    assert "certificates_certificate" not in read
    assert "registry_offices_courseassignment" not in read
    assert "registry_offices_marriageapplication" not in read

    # Under a course filter the same tallies answer (the course is part of their key).
    by_course = figures.office_month_counts(
        figures.Scope(month, month, office_ids=(office_a.office.pk,), course_id=short.pk)
    )
    assert (by_course["completed"][key], by_course["certificates_accepted"][key]) == (2, 1)
