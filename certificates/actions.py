"""The certificate's verbs as Wagtail-style action classes: check, act, log, signal.

Like Wagtail's `UnpublishPageAction`, each takes the object and the acting user; `execute()` checks
the user's permission (unless the caller already did: the model's verbs skip it, as Wagtail's
`page.unpublish()` does), decides in the database so that two clerks at once get one outcome,
records the act in the application's Wagtail history (ids only, never names), and sends its named
signal once the transaction commits, so a rolled-back act announces nothing.

This module imports no model of its own app (the models import it): the certificate class comes
from the instance, or from the assignment's reverse relation.
"""

from __future__ import annotations

import datetime
import logging
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from registry_offices import tallies
from registry_offices.models import CourseAssignment, MarriageApplication
from registry_offices.scoping import assignments_for_user

from . import signals

logger = logging.getLogger(__name__)

# The names in Wagtail's history; kept from when certificates lived in `registry_offices`, so
# earlier history lines keep their labels.
ISSUED = "registry_offices.certificate_issued"
ACCEPTED = "registry_offices.certificate_accepted"
REVOKED = "registry_offices.certificate_revoked"
REISSUED = "registry_offices.certificate_reissued"
KEY_COMPROMISED = "certificates.key_compromised"

# action -> (what the act is called, what the history line says)
LABELS = {
    ISSUED: (_("Issue a certificate"), _("Certificate issued")),
    ACCEPTED: (_("Accept a certificate"), _("Certificate accepted")),
    REVOKED: (_("Revoke a certificate"), _("Certificate revoked")),
    REISSUED: (_("Reissue a certificate"), _("Certificate reissued")),
}


class CertificateRefused(Exception):
    """An act the certificate's state does not allow; the message says why."""


class CertificatePermissionError(PermissionDenied):
    """The user may not do this to this certificate (another office's, or no permission)."""


def send_on_commit(signal, sender, **kwargs) -> None:
    """Send `signal` once the transaction commits. A receiver that fails is logged, never turned
    into an error of the act that already happened."""

    def send() -> None:
        for receiver, result in signal.send_robust(sender=sender, **kwargs):
            if isinstance(result, Exception):
                logger.error(
                    "certificate signal receiver %s failed",
                    getattr(receiver, "__qualname__", receiver),
                    exc_info=result,
                )

    transaction.on_commit(send)


class CertificateAction:
    """What every clerk's act shares: the certificate, the user, the permission check."""

    permission = ""

    def __init__(self, certificate, user=None) -> None:
        self.certificate = certificate
        self.user = user

    def check(self, skip_permission_checks: bool = False) -> None:
        if skip_permission_checks:
            return
        user = self.user
        if user is None or not user.has_perm(self.permission):
            raise CertificatePermissionError(_("You may not do this to certificates."))
        in_scope = type(self.certificate).objects.filter(
            pk=self.certificate.pk, assignment__in=assignments_for_user(user)
        )
        if not in_scope.exists():
            raise CertificatePermissionError(_("This certificate belongs to another office."))

    def log(self, action: str, certificate=None, **data) -> None:
        certificate = certificate or self.certificate
        log(
            certificate.assignment.application,
            action,
            user=self.user,
            data={"certificate": certificate.pk, **data},
        )


class IssueCertificateAction:
    """Issue the couple's certificate, exactly once (the caller has checked both finished).

    The assignment row is locked (PostgreSQL) and a partial unique index backs it up (any
    database); a second call returns the certificate already issued. A cancelled assignment gets
    none. The system issues it (no user), so there is no permission to check.
    """

    def __init__(
        self,
        model,
        assignment: CourseAssignment,
        *,
        study_hours: Decimal,
        today: datetime.date | None = None,
    ) -> None:
        self.model = model
        self.assignment = assignment
        self.study_hours = study_hours
        self.today = today or timezone.localdate()

    def execute(self):
        Certificate = self.model
        try:
            with transaction.atomic():
                assignment = (
                    CourseAssignment.objects.select_for_update()
                    .select_related("course", "application")
                    .get(pk=self.assignment.pk)
                )
                if assignment.is_cancelled:
                    return None
                existing = Certificate.objects.current_for(assignment)
                if existing:
                    return existing
                certificate = Certificate.for_assignment(assignment, self.study_hours, self.today)
                certificate.save()
                assignment.complete()
                log(
                    assignment.application,
                    ISSUED,
                    user=None,
                    data={"certificate": certificate.pk, "assignment": assignment.pk},
                )
                send_on_commit(signals.certificate_issued, Certificate, certificate=certificate)
                return certificate
        except IntegrityError:
            # Another request issued it between our check and our insert: theirs is the one.
            return Certificate.objects.current_for(self.assignment)


class AcceptCertificateAction(CertificateAction):
    """Accept at the registration: once only, never a revoked, replaced or expired certificate;
    a submitted application moves to "certificate accepted".

    One conditional UPDATE decides: of two clerks clicking at once, one row is updated, and the
    other gets a refusal that says why.
    """

    permission = "certificates.accept_certificate"

    def __init__(self, certificate, user=None, *, today: datetime.date | None = None) -> None:
        super().__init__(certificate, user)
        self.today = today or timezone.localdate()

    def execute(self, skip_permission_checks: bool = False):
        self.check(skip_permission_checks)
        certificate = self.certificate
        Certificate = type(certificate)
        with transaction.atomic():
            updated = Certificate.objects.filter(
                pk=certificate.pk,
                accepted_at__isnull=True,
                state=Certificate.State.VALID,
                expires_on__gte=self.today,
            ).update(accepted_at=timezone.now(), accepted_by=self.user)
            certificate.refresh_from_db()
            if not updated:
                raise CertificateRefused(certificate.refusal(self.today))
            tallies.certificate_accepted(certificate)
            # The application says so; one already registered or withdrawn keeps its status.
            MarriageApplication.objects.filter(
                pk=certificate.assignment.application_id,
                status=MarriageApplication.Status.SUBMITTED,
            ).update(status=MarriageApplication.Status.CERTIFICATE_ACCEPTED)
            self.log(ACCEPTED)
            send_on_commit(
                signals.certificate_accepted, Certificate, certificate=certificate, user=self.user
            )
        return certificate


class RevokeCertificateAction(CertificateAction):
    """Revoke with a reason; the credential's bit in its status list flips in the same
    transaction, so a verifier never sees a revoked certificate as valid after the commit."""

    permission = "certificates.change_certificate"

    def __init__(self, certificate, user=None, *, reason: str = "") -> None:
        super().__init__(certificate, user)
        self.reason = (reason or "").strip()

    def execute(self, skip_permission_checks: bool = False):
        self.check(skip_permission_checks)
        if not self.reason:
            raise CertificateRefused(str(_("Give the reason for revoking.")))
        certificate = self.certificate
        Certificate = type(certificate)
        with transaction.atomic():
            updated = Certificate.objects.filter(
                pk=certificate.pk, state=Certificate.State.VALID
            ).update(
                state=Certificate.State.REVOKED,
                revoked_at=timezone.now(),
                revoked_by=self.user,
                revoke_reason=self.reason,
            )
            certificate.refresh_from_db()
            if not updated:
                raise CertificateRefused(str(_("Only a valid certificate can be revoked.")))
            certificate.mark_status(revoked=True)
            self.log(REVOKED)
            send_on_commit(
                signals.certificate_revoked, Certificate, certificate=certificate, user=self.user
            )
        return certificate


class ReissueCertificateAction(CertificateAction):
    """After a name correction: a new certificate with the current names, this one "replaced"
    (and its credential revoked in its status list).

    The new one keeps the original expiry (the course was taken when it was) and, if this one
    was already accepted, its acceptance.
    """

    permission = "certificates.change_certificate"

    def __init__(self, certificate, user=None, *, today: datetime.date | None = None) -> None:
        super().__init__(certificate, user)
        self.today = today or timezone.localdate()

    def execute(self, skip_permission_checks: bool = False):
        self.check(skip_permission_checks)
        Certificate = type(self.certificate)
        with transaction.atomic():
            old = Certificate.objects.select_for_update().get(pk=self.certificate.pk)
            if old.state != Certificate.State.VALID:
                raise CertificateRefused(str(_("Only a valid certificate can be reissued.")))
            Certificate.objects.filter(pk=old.pk).update(state=Certificate.State.REPLACED)
            tallies.certificate_replaced(old)
            old.mark_status(revoked=True)
            assignment = CourseAssignment.objects.select_related("course", "application").get(
                pk=old.assignment_id
            )
            new = Certificate.for_assignment(assignment, old.study_hours, self.today)
            new.expires_on = old.expires_on
            new.accepted_at, new.accepted_by_id = old.accepted_at, old.accepted_by_id
            new.save()
            Certificate.objects.filter(pk=old.pk).update(replaced_by=new)
            self.log(REISSUED, certificate=new, replaces=old.pk)
            send_on_commit(
                signals.certificate_reissued,
                Certificate,
                certificate=new,
                replaces=old,
                user=self.user,
            )
        self.certificate.refresh_from_db()
        return new
