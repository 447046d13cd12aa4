"""The message log: one row per notice and channel, saying what was sent when, never what or where.

A row names what it is about by reference (the application, partner, access, certificate, centre,
consultation request, staff user) and keeps no body and no address: the worker reads the current
address and renders the text in the recipient's language when it sends, so the log holds nothing
a reader could use to reach anyone. The unique constraints make each notice once-only: planning
the same notice twice (cron run twice, a signal fired again) finds the row already there.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Message(models.Model):
    """One notice to one person through one channel, and what became of it."""

    class Kind(models.TextChoices):
        REMINDER = "reminder", _("Reminder before the due date")
        CERTIFICATE_READY = "certificate_ready", _("Certificate ready")
        CONSULTATION_REQUEST = "consultation_request", _("New consultation request")

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", _("SMS")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")
        # The partner withdrew consent or the address was removed before the worker sent it.
        CANCELLED = "cancelled", _("Not sent: no consent or address any more")

    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    channel = models.CharField(_("channel"), max_length=8, choices=Channel.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    queued_at = models.DateTimeField(_("queued at"), default=timezone.now, db_index=True)
    last_attempt_at = models.DateTimeField(_("last attempt at"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    # The kind of the last error (an exception's class name), never its text: an SMTP refusal
    # quotes the address.
    error = models.CharField(_("last error"), max_length=100, blank=True)

    office = models.ForeignKey(
        "registry_offices.RegistryOffice",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registry office"),
    )
    application = models.ForeignKey(
        "registry_offices.MarriageApplication",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("marriage application"),
    )
    partner = models.ForeignKey(
        "registry_offices.Partner",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("partner"),
    )
    access = models.ForeignKey(
        "registry_offices.PartnerAccess",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("partner's access"),
    )
    certificate = models.ForeignKey(
        "certificates.Certificate",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("certificate"),
    )
    centre = models.ForeignKey(
        "resource_centers.ResourceCentrePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("centre"),
    )
    consultation_request = models.ForeignKey(
        "resource_centers.ConsultationRequest",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("consultation request"),
    )
    recipient_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("staff member"),
    )

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["-queued_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["access", "channel"],
                condition=Q(kind="reminder"),
                name="one_reminder_per_access_and_channel",
            ),
            models.UniqueConstraint(
                fields=["certificate", "partner", "channel"],
                condition=Q(kind="certificate_ready"),
                name="one_certificate_notice_per_partner_and_channel",
            ),
            models.UniqueConstraint(
                fields=["consultation_request", "recipient_user", "channel"],
                condition=Q(kind="consultation_request"),
                name="one_request_notice_per_staff_and_channel",
            ),
        ]

    def __str__(self) -> str:
        # No personal data: this string reaches admin titles and logs.
        return _("Notice %(id)s") % {"id": self.pk}

    @property
    def recipient_label(self) -> str:
        """Who it went to, without naming them: "Partner 1", "Centre staff"."""
        if self.kind == self.Kind.CONSULTATION_REQUEST:
            return str(_("Centre staff"))
        if self.partner_id is None:
            return "—"
        return str(_("Partner %(position)s") % {"position": self.partner.position})
