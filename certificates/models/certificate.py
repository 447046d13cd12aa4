"""Certificates: issued once when both partners finish, verified by anyone, accepted once by a clerk.

The verbs live on the model: `Certificate.objects.issue_for(assignment, ...)`, `certificate.accept(user)`,
`.revoke(user, reason)`, `.reissue(user)`; each delegates to its action class in `..actions`, which
decides in one conditional UPDATE or a locked row (so two clerks, or two finishing partners, at
once still make one outcome), logs the act in the application's Wagtail history with ids only,
and sends its named signal once the transaction commits.

The table is still `registry_offices_certificate`: the model moved here from `registry_offices`
(migration 0001 takes it over by `db_table`), so rows, printed codes and history stay.

The verification code is random (secrets), not derived from ids. The stored `state` is what people did (valid, revoked, replaced); "expired" is derived
from the expiry date, so no nightly job is needed and a report never disagrees with the verify page.
"""

from __future__ import annotations

import datetime
import secrets
from decimal import Decimal

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from registry_offices import tallies
from registry_offices.codes import CODE_ALPHABET
from registry_offices.models import CourseAssignment, add_months

from ..actions import (
    AcceptCertificateAction,
    IssueCertificateAction,
    ReissueCertificateAction,
    RevokeCertificateAction,
)
from .credentials import IssuedCredential

CODE_LENGTH = 12
CODE_GROUP = 4


def new_certificate_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw: str) -> str:
    """Upper-case, without spaces or dashes, so "k7qm-4xpa 9rtd" finds K7QM4XPA9RTD."""
    return "".join(ch for ch in (raw or "").upper() if ch.isalnum())[:40]


def format_code(code: str) -> str:
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


class CertificateQuerySet(models.QuerySet):
    def current(self) -> CertificateQuerySet:
        """Certificates that have not been replaced by a newer one."""
        return self.exclude(state=Certificate.State.REPLACED)

    def current_for(self, assignment: CourseAssignment) -> Certificate | None:
        return self.filter(assignment=assignment).current().first()

    def issue_for(
        self,
        assignment: CourseAssignment,
        *,
        study_hours: Decimal,
        today: datetime.date | None = None,
    ) -> Certificate | None:
        """Issue the couple's certificate (the caller has checked both partners finished);
        exactly once, see `IssueCertificateAction`."""
        return IssueCertificateAction(
            self.model, assignment, study_hours=study_hours, today=today
        ).execute()

    def find(self, raw_code: str) -> Certificate | None:
        """By code (spaces, dashes and case ignored); one indexed query with what the page shows."""
        code = normalise_code(raw_code)
        if not code or len(code) > 16:
            return None
        return (
            self.select_related("course__locale", "office", "replaced_by").filter(code=code).first()
        )


class Certificate(models.Model):
    """The certificate of one couple for one course assignment."""

    class State(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        REPLACED = "replaced", _("Replaced")

    EXPIRED = "expired"

    class DeliveryMode(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person")

    code = models.CharField(_("verification code"), max_length=16, unique=True, editable=False)
    assignment = models.ForeignKey(
        "registry_offices.CourseAssignment",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("course assignment"),
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="+", verbose_name=_("course")
    )
    office = models.ForeignKey(
        "registry_offices.RegistryOffice",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("registry office"),
    )
    issued_on = models.DateField(_("issued on"))
    expires_on = models.DateField(_("valid until"))
    holder_1 = models.CharField(_("first partner's name"), max_length=200)
    holder_2 = models.CharField(_("second partner's name"), max_length=200)
    study_hours = models.DecimalField(
        _("study hours (each partner, at least)"), max_digits=5, decimal_places=1
    )
    delivery_mode = models.CharField(
        _("delivery mode"),
        max_length=12,
        choices=DeliveryMode.choices,
        default=DeliveryMode.ONLINE,
    )
    language = models.CharField(_("language"), max_length=2, default="kk")
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.VALID, db_index=True
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted by"),
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    revoke_reason = models.TextField(_("reason for revoking"), blank=True)
    replaced_by = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaces",
        verbose_name=_("replaced by"),
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        db_table = "registry_offices_certificate"
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_on", "-id"]
        permissions = [("accept_certificate", _("Can accept a certificate at the registration"))]
        constraints = [
            # Exactly one current certificate per assignment, whoever finishes last and however
            # many requests race: the database refuses a second one.
            models.UniqueConstraint(
                fields=["assignment"],
                condition=~Q(state="replaced"),
                name="one_current_certificate_per_assignment",
            )
        ]
        indexes = [models.Index(fields=["office", "accepted_at"], name="certificate_office_acc")]

    def __str__(self) -> str:
        # No names: this string goes to Wagtail's history log.
        return _("Certificate %(code)s") % {"code": self.display_code}

    def save(self, *args, **kwargs) -> None:
        """A new certificate (issued or reissued) is counted in the report tallies at once."""
        adding = self._state.adding
        with transaction.atomic():
            super().save(*args, **kwargs)
            if adding:
                tallies.count_certificate(self)

    @property
    def display_code(self) -> str:
        return format_code(self.code)

    def status(self, today: datetime.date | None = None) -> str:
        """valid / expired / revoked / replaced, as the verify page says it."""
        if self.state != self.State.VALID:
            return self.state
        if self.expires_on < (today or timezone.localdate()):
            return self.EXPIRED
        return self.State.VALID

    def get_status_display(self) -> str:
        return str(STATUS_LABELS[self.status()])

    @property
    def holders(self) -> list[str]:
        return [self.holder_1, self.holder_2]

    def masked_holders(self) -> list[str]:
        return [mask_name(name) for name in self.holders]

    @classmethod
    def for_assignment(
        cls, assignment: CourseAssignment, study_hours: Decimal, issued_on: datetime.date
    ) -> Certificate:
        """A new (unsaved) certificate with the partners' names as they are in the application."""
        partners = list(assignment.application.partners.order_by("sort_order"))
        course = assignment.course
        return cls(
            code=new_certificate_code(),
            assignment=assignment,
            course=course,
            office_id=assignment.application.office_id,
            issued_on=issued_on,
            expires_on=add_months(issued_on, course.certificate_validity_months),
            holder_1=partners[0].full_name,
            holder_2=partners[1].full_name,
            study_hours=study_hours,
            language=partners[0].preferred_language or settings.LANGUAGE_CODE,
        )

    def accept(self, user, today: datetime.date | None = None) -> Certificate:
        """Accept at the registration: once only, never a revoked, replaced or expired one."""
        return AcceptCertificateAction(self, user, today=today).execute(skip_permission_checks=True)

    def revoke(self, user, reason: str) -> Certificate:
        return RevokeCertificateAction(self, user, reason=reason).execute(
            skip_permission_checks=True
        )

    def reissue(self, user, today: datetime.date | None = None) -> Certificate:
        """After a name correction: a new certificate with the current names; this one replaced."""
        return ReissueCertificateAction(self, user, today=today).execute(
            skip_permission_checks=True
        )

    def mark_status(self, *, revoked: bool) -> None:
        """Set this certificate's bit in its status list (if it has a credential yet): called
        inside the act's transaction, so the list and the state never disagree."""
        credential = (
            IssuedCredential.objects.filter(certificate=self).select_related("status_list").first()
        )
        if credential is not None:
            credential.set_revoked(revoked)

    def refusal(self, today: datetime.date) -> str:
        """Why this certificate cannot be accepted today, in the clerk's words."""
        if self.accepted_at is not None:
            return str(
                _("This certificate was already accepted on %(date)s; it cannot be accepted again.")
                % {"date": timezone.localtime(self.accepted_at).strftime("%d.%m.%Y %H:%M")}
            )
        status = self.status(today)
        if status == self.State.REVOKED:
            return str(_("This certificate is revoked and cannot be accepted."))
        if status == self.State.REPLACED:
            return str(_("This certificate was replaced by a newer one; accept the new one."))
        if status == self.EXPIRED:
            return str(_("This certificate has expired and cannot be accepted."))
        return str(_("This certificate cannot be accepted."))


STATUS_LABELS = {
    Certificate.State.VALID: _("Valid"),
    Certificate.EXPIRED: _("Expired"),
    Certificate.State.REVOKED: _("Revoked"),
    Certificate.State.REPLACED: _("Replaced by a newer certificate"),
}


def mask_name(full_name: str) -> str:
    """'Айгерім Нұрланқызы' -> 'Ай*** Н***': enough to match a person in front of you, no more."""
    parts = [part for part in full_name.split() if part]
    masked = []
    for index, part in enumerate(parts[:2]):
        keep = 2 if index == 0 else 1
        masked.append(part[:keep] + "***")
    return " ".join(masked)
