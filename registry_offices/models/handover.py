"""Fresh access codes on their way to a partner: printed on a slip once, or e-mailed once.

A code exists in plain text only at the moment it is made; the database keeps its hash. Between the
clerk's click and the slip page (or the e-mail task), the code waits here, encrypted with a key
derived from SECRET_KEY, for a short time, and the row is deleted when the code is handed over. So
neither the clerk's session nor a queued task's arguments ever hold a code, and a database copy
taken later holds none either (issue 13: "tasks carry ids only; session rows hold no codes").

Re-issuing the code at send time would be the other way, but a partner who gets both a printed slip
and an e-mail must find the same code in both.
"""

from __future__ import annotations

import base64
import datetime

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from .accesses import PartnerAccess

# The clerk prints the slips right after assigning; the e-mail may wait out a worker restart.
SLIP_LIFETIME = datetime.timedelta(minutes=30)
EMAIL_LIFETIME = datetime.timedelta(hours=24)


def _fernet() -> Fernet:
    key = salted_hmac(
        "registry_offices.handover", "fernet-key", secret=settings.SECRET_KEY, algorithm="sha256"
    )
    return Fernet(base64.urlsafe_b64encode(key.digest()))


class PendingCodeQuerySet(models.QuerySet):
    def keep(self, access: PartnerAccess, code: str, purpose: str, user) -> PendingCode:
        """Keep `code` until it is handed over for `purpose`; drops codes nobody came for."""
        self.filter(expires_at__lte=timezone.now()).delete()
        lifetime = SLIP_LIFETIME if purpose == PendingCode.Purpose.SLIP else EMAIL_LIFETIME
        return self.create(
            access=access,
            purpose=purpose,
            created_by=user,
            secret=_fernet().encrypt(code.encode()).decode(),
            expires_at=timezone.now() + lifetime,
        )

    def keep_for_slips(self, accesses: list[PartnerAccess], codes: dict[int, str], user) -> None:
        for access in accesses:
            if access.partner_id in codes:
                self.keep(access, codes[access.partner_id], PendingCode.Purpose.SLIP, user)

    @transaction.atomic
    def take_for_slips(self, assignment_id: int, user) -> dict[int, str]:
        """The codes this clerk made for these slips, by partner id; each is gone once taken."""
        rows = list(
            self.select_for_update()
            .filter(
                access__assignment_id=assignment_id,
                purpose=PendingCode.Purpose.SLIP,
                created_by=user,
                expires_at__gt=timezone.now(),
            )
            .select_related("access")
            .order_by("created_at")
        )
        codes = {}
        for row in rows:
            code = row.reveal()
            if code is not None:
                codes[row.access.partner_id] = code
        self.filter(pk__in=[row.pk for row in rows]).delete()
        return codes

    @transaction.atomic
    def take(self, pk: int, purpose: str) -> tuple[PartnerAccess, str] | None:
        """The access and its code for one hand-over (e.g. the e-mail task), deleted as it is read."""
        row = (
            self.select_for_update()
            .filter(pk=pk, purpose=purpose, expires_at__gt=timezone.now())
            .select_related("access")
            .first()
        )
        if row is None:
            return None
        code = row.reveal()
        row.delete()
        return (row.access, code) if code is not None else None


class PendingCode(models.Model):
    """One fresh code waiting for its slip or its e-mail (encrypted; deleted when handed over)."""

    class Purpose(models.TextChoices):
        SLIP = "slip", _("printed slip")
        EMAIL = "email", _("e-mail")

    access = models.ForeignKey(PartnerAccess, on_delete=models.CASCADE, related_name="+")
    purpose = models.CharField(max_length=8, choices=Purpose.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name="+"
    )
    secret = models.TextField(editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(db_index=True)

    objects = PendingCodeQuerySet.as_manager()

    class Meta:
        verbose_name = _("code waiting to be handed over")
        verbose_name_plural = _("codes waiting to be handed over")

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} #{self.pk}"

    def reveal(self) -> str | None:
        """The plain code, or None when SECRET_KEY changed since it was kept."""
        try:
            return _fernet().decrypt(self.secret.encode()).decode()
        except InvalidToken:
            return None
