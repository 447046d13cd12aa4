"""The registry offices' signing keys and the project's certificate authority.

Each office signs its certificates' credentials with its own Ed25519 key. Rotation retires a key
(it stays published in the DID document, so credentials it signed still verify) and makes a new
active one; a compromised key is marked so (the DID document says `revoked`, and every credential
it signed is revoked in its status list). Private keys are never stored in clear: see
`..keystore`. PDFs are signed with a second key of the office, ECDSA P-256 (Debian's poppler cannot check an
Ed25519 PDF signature, see `..pki`), rotated with the first, wrapped in an X.509 certificate from
the project CA here (a real deployment would take it from the national PKI instead:
`pdf_certificate_pem` is where).
"""

from __future__ import annotations

import secrets

from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import pki
from ..keystore import key_store
from ..vc.multibase import public_key_from_multibase, public_key_multibase
from .credentials import StatusList


class NoSigningKey(Exception):
    """The office has no active key: `manage.py certificate_keys create` makes one."""


class OfficeKeyQuerySet(models.QuerySet):
    def active(self) -> OfficeKeyQuerySet:
        return self.filter(retired_at__isnull=True, compromised_at__isnull=True)

    def active_for(self, office_id: int) -> OfficeKey:
        key = self.active().filter(office_id=office_id).first()
        if key is None:
            raise NoSigningKey(office_id)
        return key


class OfficeKey(models.Model):
    """One signing key of a registry office (one verification method of the site's DID)."""

    office = models.ForeignKey(
        "registry_offices.RegistryOffice",
        on_delete=models.PROTECT,
        related_name="signing_keys",
        verbose_name=_("registry office"),
    )
    key_id = models.SlugField(_("key id"), max_length=80, unique=True)
    public_key_multibase = models.CharField(_("public key"), max_length=64)
    # The private key encrypted with the KEK (or an HSM's reference): never readable as is.
    stored_private_key = models.BinaryField(_("stored private key"), editable=False)
    stored_pdf_key = models.BinaryField(_("stored PDF signing key"), editable=False)
    pdf_certificate_pem = models.TextField(_("X.509 certificate (PDF signatures)"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    retired_at = models.DateTimeField(_("retired at"), null=True, blank=True)
    compromised_at = models.DateTimeField(_("marked compromised at"), null=True, blank=True)

    objects = OfficeKeyQuerySet.as_manager()

    class Meta:
        verbose_name = _("office signing key")
        verbose_name_plural = _("office signing keys")
        ordering = ["office_id", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["office"],
                condition=Q(retired_at__isnull=True, compromised_at__isnull=True),
                name="one_active_key_per_office",
            )
        ]

    def __str__(self) -> str:
        return self.key_id

    @property
    def is_active(self) -> bool:
        return self.retired_at is None and self.compromised_at is None

    def public_key(self):
        return public_key_from_multibase(self.public_key_multibase)

    def signer(self):
        """A `sign(bytes) -> bytes` callable; the private key never leaves the key store."""
        return key_store().signer(self.key_id, self.stored_private_key)

    def pdf_signing_key(self):
        """The PDF key, for pyHanko (which signs with a key object)."""
        return key_store().pdf_private_key(self.key_id, self.stored_pdf_key)

    @classmethod
    def create_for(cls, office) -> OfficeKey:
        """A new active key for the office; an active one already there is retired first."""
        key_id = f"{office.code}-{timezone.now():%Y%m%d}-{secrets.token_hex(3)}"
        new = key_store().create(key_id)
        pdf = key_store().create_pdf_key(key_id)
        authority = SigningAuthority.objects.current()
        if authority is None:
            raise NoSigningKey(_("Make the project CA first: manage.py certificate_keys create."))
        with transaction.atomic():
            cls.objects.active().filter(office=office).update(retired_at=timezone.now())
            key = cls.objects.create(
                office=office,
                key_id=key_id,
                public_key_multibase=public_key_multibase(new.public_key),
                stored_private_key=new.stored,
                stored_pdf_key=pdf.stored,
                pdf_certificate_pem=authority.certify(office, pdf.public_key),
            )
        return key

    def mark_compromised(self) -> int:
        """Stop trusting this key: the DID document says so, and every credential it signed is
        revoked in its status list. Returns how many credentials were revoked."""
        with transaction.atomic():
            OfficeKey.objects.filter(pk=self.pk).update(compromised_at=timezone.now())
            self.refresh_from_db()
            places: dict[StatusList, list[int]] = {}
            for credential in self.credentials.select_related("status_list"):
                places.setdefault(credential.status_list, []).append(credential.status_index)
            for status_list, indexes in places.items():
                status_list.set_bits(indexes, True)  # one write per list
        return sum(len(indexes) for indexes in places.values())


class SigningAuthorityQuerySet(models.QuerySet):
    def current(self) -> SigningAuthority | None:
        return self.order_by("-created_at").first()


class SigningAuthority(models.Model):
    """The project's own certificate authority for the PDFs' X.509 certificates.

    The seam for the national PKI: a deployment that gets office certificates from it stores them
    in `OfficeKey.pdf_certificate_pem` and needs no row here.
    """

    name = models.CharField(_("name"), max_length=200)
    stored_private_key = models.BinaryField(_("stored private key"), editable=False)
    certificate_pem = models.TextField(_("X.509 certificate"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = SigningAuthorityQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate authority")
        verbose_name_plural = _("certificate authorities")

    def __str__(self) -> str:
        return self.name

    KEY_REFERENCE = "project-ca"

    @classmethod
    def create(cls, name: str = "Otbasy Academy project CA") -> SigningAuthority:
        new = key_store().create_pdf_key(cls.KEY_REFERENCE)
        _key, certificate = pki.create_ca(
            name, key=key_store().pdf_private_key(cls.KEY_REFERENCE, new.stored)
        )
        return cls.objects.create(
            name=name,
            stored_private_key=new.stored,
            certificate_pem=pki.certificate_pem(certificate),
        )

    def certify(self, office, public_key) -> str:
        """An X.509 certificate (PEM) for an office's PDF key, signed by this authority."""
        ca_key = key_store().pdf_private_key(self.KEY_REFERENCE, self.stored_private_key)
        certificate = pki.issue_office_certificate(
            ca_key,
            self.certificate(),
            public_key,
            office_name=office.name_kk,
            office_code=office.code,
        )
        return pki.certificate_pem(certificate)

    def certificate(self):
        return pki.load_certificate_pem(self.certificate_pem)
