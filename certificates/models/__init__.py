"""The certificates' models, split by topic; import them from here."""

from .certificate import (
    CODE_GROUP,
    CODE_LENGTH,
    STATUS_LABELS,
    Certificate,
    CertificateQuerySet,
    format_code,
    mask_name,
    new_certificate_code,
    normalise_code,
)
from .credentials import IssuedCredential, StatusList
from .keys import NoSigningKey, OfficeKey, SigningAuthority

__all__ = [
    "CODE_GROUP",
    "CODE_LENGTH",
    "STATUS_LABELS",
    "Certificate",
    "CertificateQuerySet",
    "IssuedCredential",
    "NoSigningKey",
    "OfficeKey",
    "SigningAuthority",
    "StatusList",
    "format_code",
    "mask_name",
    "new_certificate_code",
    "normalise_code",
]
