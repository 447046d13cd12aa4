"""Who is staff of which centre."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .pages import ResourceCentrePage


class CentreMembership(models.Model):
    """A member of a centre's staff: sees that centre's requests and enters its monthly figures."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="centre_memberships",
        verbose_name=_("user"),
    )
    centre = models.ForeignKey(
        ResourceCentrePage,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("centre"),
    )

    class Meta:
        verbose_name = _("centre staff membership")
        verbose_name_plural = _("centre staff memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "centre"], name="unique_centre_membership")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.centre}"
