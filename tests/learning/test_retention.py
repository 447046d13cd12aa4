"""Couples' personal data goes a set time after their registration; the figures stay."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from learning.models import Enrollment, QuizAttempt
from registry_offices.figures import office_figures
from registry_offices.models import (
    MarriageApplication,
    Partner,
    PartnerAccess,
    RegistryOffice,
    hash_access_code,
)
from tests.factories import assign, certified, lessons_of

pytestmark = pytest.mark.django_db


def _years_ago(years: float) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=int(365 * years))


def _attempt(access, course) -> None:
    enrollment = Enrollment.objects.for_learner(course, access.learner_key)
    QuizAttempt.objects.create(
        enrollment=enrollment,
        lesson=lessons_of(course)[0],
        quiz_id="q",
        score_percent=50,
        passed=False,
        answers={"q1": ["a"]},
    )


def _purge(*args: str) -> str:
    out = io.StringIO()
    call_command("purge_couple_data", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def couples(office_a, short):
    """An old couple (registered 3 years ago, certificate expired 2 years ago), a recent one, and
    one registered 2 years ago whose certificate expired only half a year ago."""
    old = assign(office_a, short, "OLD-1")
    old_certificate = certified(old, short)
    _attempt(old.accesses[0], short)
    recent = assign(office_a, short, "NEW-1")
    _attempt(recent.accesses[0], short)
    late_expiry = assign(office_a, short, "LATE-1")
    late_certificate = certified(late_expiry, short)
    MarriageApplication.objects.filter(pk=old.application.pk).update(
        planned_registration_date=_years_ago(3)
    )
    Certificate.objects.filter(pk=old_certificate.pk).update(expires_on=_years_ago(2))
    MarriageApplication.objects.filter(pk=late_expiry.application.pk).update(
        planned_registration_date=_years_ago(2)
    )
    Certificate.objects.filter(pk=late_certificate.pk).update(expires_on=_years_ago(0.5))
    return old, recent, late_expiry, old_certificate


def test_old_couples_lose_their_personal_data_and_the_figures_stay(couples, office_a):
    old, recent, late_expiry, old_certificate = couples
    offices = RegistryOffice.objects.filter(pk=office_a.office.pk)
    before = office_figures(offices)[0]

    assert "1 application(s) would be anonymised" in _purge("--dry-run")
    assert "Anonymised 1 application(s)" in _purge()

    partners = list(Partner.objects.filter(application=old.application))
    assert [(p.full_name, p.iin_hash, p.email, p.phone) for p in partners] == [("", "", "", "")] * 2
    assert all((p.date_of_birth.month, p.date_of_birth.day) == (1, 1) for p in partners)
    certificate = Certificate.objects.get(pk=old_certificate.pk)
    assert (certificate.holder_1, certificate.holder_2) == ("", "")
    # The old code is gone (not just expired), and nothing links the learning records back.
    assert not PartnerAccess.objects.filter(code_hash=hash_access_code(old.codes[0])).exists()
    assert not PartnerAccess.objects.filter(learner_key=old.accesses[0].learner_key).exists()
    assert not QuizAttempt.objects.filter(enrollment__learner_key=old.accesses[0].learner_key)
    # The others are untouched: a recent couple, and one whose certificate expired lately.
    assert QuizAttempt.objects.filter(enrollment__learner_key=recent.accesses[0].learner_key)
    for kept in (recent, late_expiry):
        assert Partner.objects.filter(application=kept.application, full_name__gt="").count() == 2
    # Every count of the report survives.
    after = office_figures(offices)[0]
    assert (after.total, after.certificates_issued) == (before.total, before.certificates_issued)

    assert "Anonymised 0 application(s)" in _purge()  # run it twice: nothing more happens


def test_the_clerk_sees_that_the_data_was_removed(client, couples, office_a):
    old = couples[0]
    _purge()
    client.force_login(office_a.clerk)
    listing = client.get(reverse("applications:index")).content.decode()
    assert "personal data removed" in listing
    edit = client.get(reverse("applications:edit", args=[old.application.pk]), follow=True)
    assert edit.redirect_chain[-1][0] == reverse("applications:index")
    assert "retention rule" in edit.content.decode()


def test_the_public_check_still_answers_without_names(client, couples):
    _purge()
    certificate = couples[3]
    answer = client.get(f"/api/certificates/{certificate.code}/").json()
    assert answer["status"] and all(not holder.strip(" .*") for holder in answer["holders"])


def test_months_must_be_positive():
    with pytest.raises(CommandError):
        _purge("--months", "0")
