"""The demo: every office has certificates in every state and couples half-way."""

import pytest

pytestmark = pytest.mark.django_db


def test_every_office_has_certificates_in_every_state_and_couples_half_way(demo_content):
    from learning.models import Enrollment, LessonCompletion
    from registry_offices.models import Certificate, CourseAssignment, PartnerAccess, RegistryOffice

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
