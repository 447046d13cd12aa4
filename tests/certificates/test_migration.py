"""A database made before the `certificates` app existed migrates forward with every row kept:
certificates, their printed codes, the notices that name them, permissions given on them."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from certificates.models import Certificate
from notices.models import Message
from tests.factories import certified

# main before the move: the certificate still in registry_offices, notices pointing at it.
BEFORE = [
    ("certificates", None),
    ("registry_offices", "0009_partner_notices_reminder_days"),
    ("notices", "0001_initial"),
]


def _migrate(targets) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    return executor


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_certificates_and_what_points_at_them_survive_the_move(couple, short, django_user_model):
    existing = certified(couple, short)
    try:
        executor = _migrate(BEFORE)
        old = executor.loader.project_state(
            [
                ("registry_offices", "0009_partner_notices_reminder_days"),
                ("notices", "0001_initial"),
            ]
        ).apps
        OldCertificate = old.get_model("registry_offices", "Certificate")
        OldMessage = old.get_model("notices", "Message")
        # A row written by the old code, through the old model.
        written = OldCertificate.objects.create(
            code="M7QM4XPA9RTD",
            assignment_id=existing.assignment_id,
            course_id=existing.course_id,
            office_id=existing.office_id,
            issued_on=existing.issued_on,
            expires_on=existing.expires_on,
            holder_1="Нұрлан Сейітқали",
            holder_2="Айгерім Нұрланқызы",
            study_hours=existing.study_hours,
            state="replaced",  # beside the current one of the same assignment
        )
        OldMessage.objects.create(
            kind="certificate_ready", channel="email", certificate_id=written.pk, status="sent"
        )
        # A permission given on the old content type must stay given.
        old_type = ContentType.objects.get(app_label="registry_offices", model="certificate")
        permission = Permission.objects.get(content_type=old_type, codename="view_certificate")
        auditor = django_user_model.objects.create_user("migration-auditor")
        auditor.user_permissions.add(permission)
    finally:
        _migrate(None)

    moved = Certificate.objects.get(code="M7QM4XPA9RTD")
    assert (moved.holder_1, moved.state) == ("Нұрлан Сейітқали", "replaced")
    assert Certificate.objects.get(pk=existing.pk).code == existing.code
    assert Message.objects.get(certificate=moved).kind == "certificate_ready"
    assert ContentType.objects.get_for_model(Certificate).app_label == "certificates"
    auditor = django_user_model.objects.get(username="migration-auditor")
    assert auditor.has_perm("certificates.view_certificate")
    # The clerks' group got the real permission to accept, instead of borrowing another.
    clerks = Group.objects.get(name="Clerks")
    assert clerks.permissions.filter(
        content_type__app_label="certificates", codename="accept_certificate"
    ).exists()
    assert Certificate._meta.db_table == "registry_offices_certificate"
