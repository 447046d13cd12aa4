"""Certificates: issued once when both partners finish, verified by anyone, accepted once by a clerk.

The verification code is random (secrets), not derived from ids. The stored `state` is what people
did (valid, revoked, replaced); "expired" is derived from the expiry date, so no nightly job is
needed and a report never disagrees with the verify page.
"""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read aloud or typed from paper is not misread.
CODE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 12
CODE_GROUP = 4


def new_certificate_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw: str) -> str:
    """Upper-case, without spaces or dashes, so "k7qm-4xpa 9rtd" finds K7QM4XPA9RTD."""
    return "".join(ch for ch in (raw or "").upper() if ch.isalnum())[:40]


def format_code(code: str) -> str:
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


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
    def is_accepted(self) -> bool:
        return self.accepted_at is not None

    @property
    def holders(self) -> list[str]:
        return [self.holder_1, self.holder_2]

    def masked_holders(self) -> list[str]:
        return [mask_name(name) for name in self.holders]


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
