"""Status lists and the signed credential of each certificate.

A certificate's Verifiable Credential is signed once, the first time anyone needs it (the PDF,
the API, the worker right after issue), and kept: signing canonicalises JSON-LD, which costs more
than a request should pay twice. Its place in the office's Bitstring Status List is chosen at
random among the free places (W3C Bitstring Status List: a verifier downloading the list learns
nothing about which certificate it checks, and the order of places says nothing about the order
of issue). A list holds 131,072 places; a new one opens when half are taken, so a random free
place is found in about two tries.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from ..vc import statuslist

# A new list opens when this many of a list's places are taken.
FILL_LIMIT = statuslist.LIST_SIZE // 2


class StatusList(models.Model):
    """One office's Bitstring Status List (revocation): bit set = revoked."""

    office = models.ForeignKey(
        "registry_offices.RegistryOffice",
        on_delete=models.PROTECT,
        related_name="status_lists",
        verbose_name=_("registry office"),
    )
    number = models.PositiveIntegerField(_("number"))
    bits = models.BinaryField(_("bits"), editable=False)
    allocated = models.PositiveIntegerField(_("places taken"), default=0)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    class Meta:
        verbose_name = _("status list")
        verbose_name_plural = _("status lists")
        constraints = [
            models.UniqueConstraint(fields=["office", "number"], name="one_status_list_number")
        ]

    def __str__(self) -> str:
        return self.list_id

    @property
    def list_id(self) -> str:
        """In the list's URL: the office's public code and the list's number."""
        return f"{self.office.code}-{self.number}"

    @classmethod
    def open_for(cls, office) -> StatusList:
        """The office's list with room (locked until the transaction ends), or a new one.

        Two first credentials of an office at the same moment both find no list to lock, and
        both make list 1: the second's insert waits for the first to commit, fails on
        `one_status_list_number`, and then locks and uses the list the first one made."""
        for _attempt in range(5):
            current = (
                cls.objects.select_for_update().filter(office=office).order_by("-number").first()
            )
            if current is not None and current.allocated < FILL_LIMIT:
                return current
            try:
                with transaction.atomic():  # a savepoint: the caller's transaction goes on
                    return cls.objects.create(
                        office=office,
                        number=(current.number + 1) if current else 1,
                        bits=bytes(statuslist.new_bitstring()),
                    )
            except IntegrityError:
                continue  # another request made this number first: lock theirs
        raise IntegrityError(f"no status list could be opened for office {office.pk}")

    def allocate(self) -> int:
        """A random free place (the caller holds the row lock from `open_for`). At most half the
        places are taken, so about two indexed look-ups find one; the list's taken places are
        never read whole (tens of thousands of rows after some years)."""
        while True:
            index = secrets.randbelow(statuslist.LIST_SIZE)
            if not self.credentials.filter(status_index=index).exists():
                break
        StatusList.objects.filter(pk=self.pk).update(allocated=models.F("allocated") + 1)
        return index

    def set_bit(self, index: int, value: bool) -> None:
        self.set_bits([index], value)

    def set_bits(self, indexes: list[int], value: bool) -> None:
        """Set these bits under the row's lock, in the caller's transaction: one write of the
        list however many bits change (a compromised key revokes all it signed at once)."""
        with transaction.atomic():
            locked = StatusList.objects.select_for_update().get(pk=self.pk)
            bits = bytearray(locked.bits)
            if all(statuslist.get_bit(bits, index) == value for index in indexes):
                return
            for index in indexes:
                statuslist.set_bit(bits, index, value)
            StatusList.objects.filter(pk=self.pk).update(
                bits=bytes(bits), updated_at=timezone.now()
            )
            self.bits, self.updated_at = bytes(bits), timezone.now()
            # A CDN in front keeps the list for minutes: it forgets it once this commits.
            transaction.on_commit(self.purge_from_frontend_cache)

    def urls(self) -> list[str]:
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        return [
            base + reverse("status_list", args=[self.list_id]),
            base + reverse("status_list_jwt", args=[self.list_id]),
        ]

    def purge_from_frontend_cache(self) -> None:
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            purge_urls_from_cache(self.urls())

    def is_set(self, index: int) -> bool:
        return statuslist.get_bit(bytes(self.bits), index)


class IssuedCredential(models.Model):
    """The signed credential of one certificate, as JSON-LD (Data Integrity proof) and VC-JOSE."""

    certificate = models.OneToOneField(
        "certificates.Certificate",
        on_delete=models.CASCADE,
        related_name="credential",
        verbose_name=_("certificate"),
    )
    key = models.ForeignKey(
        "certificates.OfficeKey",
        on_delete=models.PROTECT,
        related_name="credentials",
        verbose_name=_("signing key"),
    )
    status_list = models.ForeignKey(
        StatusList,
        on_delete=models.PROTECT,
        related_name="credentials",
        verbose_name=_("status list"),
    )
    status_index = models.PositiveIntegerField(_("place in the status list"))
    signed_at = models.DateTimeField(_("signed at"), default=timezone.now)
    document = models.JSONField(_("credential (JSON-LD)"))
    jwt = models.TextField(_("credential (VC-JOSE)"))

    class Meta:
        verbose_name = _("signed credential")
        verbose_name_plural = _("signed credentials")
        constraints = [
            models.UniqueConstraint(
                fields=["status_list", "status_index"], name="one_credential_per_status_place"
            )
        ]

    def __str__(self) -> str:
        return str(_("Credential of %(certificate)s") % {"certificate": self.certificate})

    def set_revoked(self, revoked: bool) -> None:
        self.status_list.set_bit(self.status_index, revoked)

    @property
    def revoked_in_list(self) -> bool:
        return self.status_list.is_set(self.status_index)
