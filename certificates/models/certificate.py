"""Certificates: issued once when both partners finish, verified by anyone, accepted once by a clerk.

The verbs live on the model: `Certificate.objects.issue_for(assignment, ...)`, `certificate.accept(user)`,
`.revoke(user, reason)`, `.reissue(user)`. Each is one conditional UPDATE or a locked row, so two
clerks (or two finishing partners) at once still make one outcome; each is logged in the
application's Wagtail history with ids only. The verification code is random (secrets), not derived
from ids. The stored `state` is what people did (valid, revoked, replaced); "expired" is derived
from the expiry date, so no nightly job is needed and a report never disagrees with the verify page.
"""

from __future__ import annotations

import calendar
import datetime
import secrets
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .. import actions
from ..codes import CODE_ALPHABET
from .applications import MarriageApplication
from .assignments import CourseAssignment

CODE_LENGTH = 12
CODE_GROUP = 4


def new_certificate_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw: str) -> str:
    """Upper-case, without spaces or dashes, so "k7qm-4xpa 9rtd" finds K7QM4XPA9RTD."""
    return "".join(ch for ch in (raw or "").upper() if ch.isalnum())[:40]


def format_code(code: str) -> str:
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (the month's last day where it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last))


class CertificateRefused(Exception):
    """A clerk's act that the certificate's state does not allow; the message says why."""


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
        """Issue the couple's certificate (the caller has checked both partners finished).

        Exactly once: the assignment row is locked (PostgreSQL) and a partial unique index backs
        it up (any database); a second call returns the certificate already issued. A cancelled
        assignment gets none.
        """
        today = today or timezone.localdate()
        try:
            with transaction.atomic():
                assignment = (
                    CourseAssignment.objects.select_for_update()
                    .select_related("course", "application")
                    .get(pk=assignment.pk)
                )
                if assignment.is_cancelled:
                    return None
                existing = self.current_for(assignment)
                if existing:
                    return existing
                certificate = Certificate.for_assignment(assignment, study_hours, today)
                certificate.save()
                assignment.complete()
                log(
                    assignment.application,
                    actions.CERTIFICATE_ISSUED,
                    user=None,
                    data={"certificate": certificate.pk, "assignment": assignment.pk},
                )
                return certificate
        except IntegrityError:
            # Another request issued it between our check and our insert: theirs is the one.
            return self.current_for(assignment)

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
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_on", "-id"]
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

    def _log(self, action: str, user, **data) -> None:
        log(
            self.assignment.application,
            action,
            user=user,
            data={"certificate": self.pk, **data},
        )

    def accept(self, user, today: datetime.date | None = None) -> Certificate:
        """Accept at the registration: once only, never a revoked, replaced or expired certificate;
        a submitted application moves to "certificate accepted".

        One conditional UPDATE decides: of two clerks clicking at once, one row is updated, and
        the other gets a refusal that says why.
        """
        today = today or timezone.localdate()
        with transaction.atomic():
            updated = Certificate.objects.filter(
                pk=self.pk,
                accepted_at__isnull=True,
                state=self.State.VALID,
                expires_on__gte=today,
            ).update(accepted_at=timezone.now(), accepted_by=user)
            self.refresh_from_db()
            if not updated:
                raise CertificateRefused(self._refusal(today))
            # The application says so; one already registered or withdrawn keeps its status.
            MarriageApplication.objects.filter(
                pk=self.assignment.application_id, status=MarriageApplication.Status.SUBMITTED
            ).update(status=MarriageApplication.Status.CERTIFICATE_ACCEPTED)
            self._log(actions.CERTIFICATE_ACCEPTED, user)
        return self

    def _refusal(self, today: datetime.date) -> str:
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

    def revoke(self, user, reason: str) -> Certificate:
        reason = (reason or "").strip()
        if not reason:
            raise CertificateRefused(str(_("Give the reason for revoking.")))
        with transaction.atomic():
            updated = Certificate.objects.filter(pk=self.pk, state=self.State.VALID).update(
                state=self.State.REVOKED,
                revoked_at=timezone.now(),
                revoked_by=user,
                revoke_reason=reason,
            )
            self.refresh_from_db()
            if not updated:
                raise CertificateRefused(str(_("Only a valid certificate can be revoked.")))
            self._log(actions.CERTIFICATE_REVOKED, user)
        return self

    def reissue(self, user, today: datetime.date | None = None) -> Certificate:
        """After a name correction: a new certificate with the current names, this one "replaced".

        The new one keeps the original expiry (the course was taken when it was) and, if this one
        was already accepted, its acceptance.
        """
        today = today or timezone.localdate()
        with transaction.atomic():
            old = Certificate.objects.select_for_update().get(pk=self.pk)
            if old.state != self.State.VALID:
                raise CertificateRefused(str(_("Only a valid certificate can be reissued.")))
            Certificate.objects.filter(pk=old.pk).update(state=self.State.REPLACED)
            assignment = CourseAssignment.objects.select_related("course", "application").get(
                pk=old.assignment_id
            )
            new = Certificate.for_assignment(assignment, old.study_hours, today)
            new.expires_on = old.expires_on
            new.accepted_at, new.accepted_by_id = old.accepted_at, old.accepted_by_id
            new.save()
            Certificate.objects.filter(pk=old.pk).update(replaced_by=new)
            new._log(actions.CERTIFICATE_REISSUED, user, replaces=old.pk)
        self.refresh_from_db()
        return new


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
