"""Consultation requests: a visitor asks a centre to contact them (personal data, kept briefly)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.choices import Language

from .pages import ResourceCentrePage


class ConsultationTopic(models.TextChoices):
    COMMUNICATION = "communication", _("Arguments and communication")
    DIVORCE = "divorce", _("Divorce and children's residence")
    LEGAL = "legal", _("Legal questions")
    CHILDREN = "children", _("A child's worries or behaviour")
    SAFETY = "safety", _("Violence or feeling unsafe")
    OTHER = "other", _("Something else")


class ConsultationRequest(models.Model):
    """A request to be contacted by a centre; personal data, so kept briefly and shown to its staff only."""

    centre = models.ForeignKey(
        ResourceCentrePage,
        on_delete=models.CASCADE,
        related_name="consultation_requests",
        verbose_name=_("centre"),
    )
    name = models.CharField(_("first name or alias"), max_length=60)
    contact = models.CharField(_("phone or e-mail"), max_length=120)
    topic = models.CharField(_("topic"), max_length=20, choices=ConsultationTopic.choices)
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices
    )
    message = models.TextField(_("message"), max_length=1000, blank=True)
    consent = models.BooleanField(_("consent to be contacted"), default=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("consultation request")
        verbose_name_plural = _("consultation requests")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        # No personal data in titles (admin breadcrumbs, logs).
        return _("Request of %(date)s") % {
            "date": timezone.localtime(self.created_at).strftime("%Y-%m-%d %H:%M")
        }
