"""The certificate's verbs as action classes: permission checked on the certificate itself, one
history line each, and a named signal sent once the act commits (never for a rolled-back act)."""

import pytest
from django.db import transaction
from django.urls import reverse
from wagtail.models import ModelLogEntry

from certificates import actions, signals
from certificates.actions import (
    AcceptCertificateAction,
    CertificatePermissionError,
    RevokeCertificateAction,
)
from notices.models import Message
from tests.factories import certified, finish_partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard():
    """Every named certificate signal received, as (signal name, certificate id)."""
    received = []
    names = ("certificate_issued", "certificate_accepted", "certificate_revoked")
    names += ("certificate_reissued",)
    receivers = {}
    for name in names:

        def receiver(sender, certificate, _name=name, **kwargs):
            received.append((_name, certificate.pk))

        receivers[name] = receiver
        getattr(signals, name).connect(receiver)
    yield received
    for name, receiver in receivers.items():
        getattr(signals, name).disconnect(receiver)


def test_each_act_is_heard_once_after_it_commits(
    couple, short, office_a, heard, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as pending:
        certificate = certified(couple, short)
    assert heard == []  # nothing before the commit
    for callback in pending:
        callback()
    assert ("certificate_issued", certificate.pk) in heard
    with django_capture_on_commit_callbacks(execute=True):
        certificate.accept(office_a.clerk)
    with django_capture_on_commit_callbacks(execute=True):
        new = certificate.reissue(office_a.clerk)
    with django_capture_on_commit_callbacks(execute=True):
        new.revoke(office_a.clerk, "Registered elsewhere")
    assert heard == [
        ("certificate_issued", certificate.pk),
        ("certificate_accepted", certificate.pk),
        ("certificate_reissued", new.pk),
        ("certificate_revoked", new.pk),
    ]
    logged = list(
        ModelLogEntry.objects.filter(action__in=actions.LABELS)
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert logged == [actions.ISSUED, actions.ACCEPTED, actions.REISSUED, actions.REVOKED]


def test_a_rolled_back_act_announces_nothing(
    couple, short, office_a, heard, django_capture_on_commit_callbacks
):
    certificate = certified(couple, short)
    heard.clear()
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            certificate.revoke(office_a.clerk, "Mistake")
            raise RuntimeError("the request failed")
    assert heard == []
    certificate.refresh_from_db()
    assert certificate.state == "valid"


def test_notices_hear_the_named_signal(couple, short, django_capture_on_commit_callbacks):
    couple.application.partners.update(notify_by_email=True, email="pair@example.kz")
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certified(couple, short)
    assert Message.objects.filter(certificate=certificate, kind="certificate_ready").count() == 2


def test_a_failing_listener_does_not_undo_the_act(
    couple, short, office_a, caplog, django_capture_on_commit_callbacks
):
    def broken(sender, **kwargs):
        raise ValueError("listener bug")

    signals.certificate_accepted.connect(broken)
    try:
        certificate = certified(couple, short)
        with django_capture_on_commit_callbacks(execute=True):
            certificate.accept(office_a.clerk)
    finally:
        signals.certificate_accepted.disconnect(broken)
    certificate.refresh_from_db()
    assert certificate.accepted_at is not None
    assert "certificate signal receiver" in caplog.text


def test_the_action_checks_the_permission_and_the_office(couple, short, office_a, office_b):
    certificate = certified(couple, short)
    with pytest.raises(CertificatePermissionError):
        AcceptCertificateAction(certificate, office_b.clerk).execute()
    office_a.clerk.groups.clear()
    office_a.clerk = type(office_a.clerk).objects.get(pk=office_a.clerk.pk)  # fresh permissions
    with pytest.raises(CertificatePermissionError):
        AcceptCertificateAction(certificate, office_a.clerk).execute()
    with pytest.raises(CertificatePermissionError):
        RevokeCertificateAction(certificate, office_a.clerk, reason="x").execute()
    AcceptCertificateAction(certificate, office_a.head).execute()
    certificate.refresh_from_db()
    assert certificate.accepted_by == office_a.head


def test_accepting_needs_the_accept_permission_not_the_assignment_one(
    client, couple, short, office_a
):
    """A user who may change assignments but not accept certificates is not offered Accept."""
    from django.contrib.auth.models import Permission

    certificate = certified(couple, short)
    clerk = office_a.clerk
    clerk.groups.clear()
    clerk.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "change_courseassignment", "view_certificate"]
        )
    )
    client.force_login(clerk)
    detail = client.get(reverse("certificates:detail", args=[certificate.pk]))
    assert detail.status_code == 200
    assert reverse("certificates:accept", args=[certificate.pk]) not in detail.content.decode()
    client.post(reverse("certificates:accept", args=[certificate.pk]))
    certificate.refresh_from_db()
    assert certificate.accepted_at is None


def test_an_unfinished_couple_gets_no_certificate_and_no_signal(couple, short, heard):
    from learning import journey

    enrollment = finish_partner(couple.accesses[0], short)
    assert journey.certify_couple(enrollment) is None
    assert heard == []


def test_issue_and_accept_are_counted_for_prometheus(
    couple, short, office_a, django_capture_on_commit_callbacks
):
    from prometheus_client import REGISTRY

    def value(name: str) -> float:
        return REGISTRY.get_sample_value(name, {"office": office_a.office.code}) or 0.0

    issued, accepted = value("certificates_issued_total"), value("certificates_accepted_total")
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certified(couple, short)
    with django_capture_on_commit_callbacks(execute=True):
        certificate.accept(office_a.clerk)
    assert value("certificates_issued_total") == issued + 1
    assert value("certificates_accepted_total") == accepted + 1
