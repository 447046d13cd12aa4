"""The demo: every office has certificates in every state and couples half-way."""

import pytest

pytestmark = pytest.mark.django_db


def test_every_office_has_certificates_in_every_state_and_couples_half_way(demo_content):
    from certificates.models import Certificate
    from learning.models import Enrollment, LessonCompletion
    from registry_offices.models import CourseAssignment, PartnerAccess, RegistryOffice

    offices = list(RegistryOffice.objects.all())
    assert len(offices) == 8
    for office in offices:
        certificates = list(Certificate.objects.filter(office=office))
        statuses = {c.status() for c in certificates}
        assert statuses >= {"valid", "expired", "revoked", "replaced"}, office.code
        assert any(c.accepted_at for c in certificates), office.code
        half_way = CourseAssignment.objects.filter(
            application__office=office, state="in_progress", certificates__isnull=True
        )
        ahead = 0
        for assignment in half_way:
            keys = list(
                PartnerAccess.objects.filter(assignment=assignment)
                .order_by("partner__sort_order")
                .values_list("learner_key", flat=True)
            )
            done = [
                LessonCompletion.objects.filter(enrollment__learner_key=key).count() for key in keys
            ]
            if len(done) == 2 and done[0] > done[1]:
                ahead += 1
        assert ahead >= 1, office.code
    assert Enrollment.objects.filter(completed_at__isnull=False).exists()


def test_the_family_course_is_open_in_every_language_with_counts(demo_content):
    from courses.models import CoursePage
    from learning.models import SelfPacedCount

    open_courses = CoursePage.objects.filter(self_paced=True)
    assert {c.slug for c in open_courses} == {"first-years-of-marriage"}
    assert {c.locale.language_code for c in open_courses} == {"kk", "ru", "en"}
    counts = SelfPacedCount.objects.all()
    assert counts.count() == 3 * 6
    assert all(0 <= row.finished <= row.started for row in counts)
