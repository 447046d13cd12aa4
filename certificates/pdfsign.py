"""Sign a certificate PDF (PAdES baseline B-B) with the office's key, through pyHanko.

The signature is a certification signature that allows no changes: an issued certificate is
final, and a viewer should flag anything appended after it. It is invisible (the page layout is
WeasyPrint's); viewers show it in their signature panel.

The key comes in through `certificates.pki.SigningKey` (or a bare `sign(data)` callable), so
the private key may live outside this process (a KMS, an HSM, the national PKI's token); a plain
`cryptography` private key works too. Only the CMS signed attributes (a few hundred bytes) go to
the key, once per signature, never the document.

B-B has no trusted time stamp and no revocation data: the signing time is the signer's own claim
(/M). A deployment on the national PKI would add a time stamp (B-T) and OCSP/CRL data (B-LT)
with pyHanko's `timestamper` and `embed_validation_info`; the seam here does not change.
"""

import asyncio
import datetime as dt
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO

from asn1crypto import algos
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, Signer
from pyhanko.sign.signers.pdf_signer import PdfSigningSession
from pyhanko_certvalidator.registry import SimpleCertificateStore

from .pki import (
    ExternalSigningKey,
    LocalSigningKey,
    PrivateKey,
    PublicKey,
    SignatureAlgorithm,
    SigningKey,
)

# Our algorithm names as pyHanko's CMS signature mechanisms, with the document digest each implies
# (Ed25519 in CMS is always paired with SHA-512, RFC 8419).
_MECHANISMS: dict[SignatureAlgorithm, tuple[str, str]] = {
    "ecdsa-sha256": ("sha256_ecdsa", "sha256"),
    "ecdsa-sha384": ("sha384_ecdsa", "sha384"),
    "ecdsa-sha512": ("sha512_ecdsa", "sha512"),
    "ed25519": ("ed25519", "sha512"),
    "rsa-sha256": ("sha256_rsa", "sha256"),
}


def sign_pdf(
    pdf: bytes,
    *,
    key: SigningKey | PrivateKey | Callable[[bytes], bytes],
    certificate: x509.Certificate,
    chain: Sequence[x509.Certificate],
    reason: str,
    location: str,
    field_name: str = "Signature1",
    signed_at: dt.datetime | None = None,
) -> bytes:
    """`pdf` with a PAdES B-B signature (/SubFilter /ETSI.CAdES.detached) appended as an
    incremental update; the original bytes are kept unchanged in front.

    `key` signs: a `SigningKey` (a KMS, an HSM), a private key in memory, or a bare
    `sign(data) -> bytes` callable (`keystore.key_store().signer(...)`) signing as the
    certificate's key type implies. `certificate` is the office's certificate for that key;
    `chain` the certificates above it (the project CA, or the national PKI's intermediates and
    root), embedded so a verifier can build the path to the root it trusts. `signed_at`
    (timezone-aware) defaults to now; it is the time the signature claims, not a trusted time
    stamp, and must fall within the certificate's validity (so an expired certificate, or
    back-dating before it was issued, is refused).

    Synchronous: pyHanko runs its own event loop (in a thread of its own when the caller is
    inside a running loop).
    """
    signing_key = _signing_key(key, certificate)
    if signing_key.public_key() != certificate.public_key():
        raise ValueError("the key does not belong to the certificate's subject")
    if signed_at is not None and signed_at.utcoffset() is None:
        raise ValueError("signed_at must be timezone-aware")
    moment = signed_at or dt.datetime.now(dt.UTC)
    if not certificate.not_valid_before_utc <= moment <= certificate.not_valid_after_utc:
        # A signature claiming a time its certificate did not cover misleads, and validators
        # that check the chain at the claimed time reject it.
        raise ValueError("the certificate is not valid at the signing time")
    if signing_key.algorithm not in _MECHANISMS:
        raise ValueError(f"unsupported signature algorithm: {signing_key.algorithm!r}")
    mechanism, digest = _MECHANISMS[signing_key.algorithm]
    signer = _KeySigner(
        signing_key,
        mechanism=mechanism,
        certificate=_to_asn1(certificate),
        chain=[_to_asn1(c) for c in chain],
    )
    metadata = PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm=digest,
        subfilter=SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        certify=True,
        docmdp_permissions=MDPPerm.NO_CHANGES,
    )

    def sign() -> bytes:
        output = BytesIO()
        _PdfSigner(metadata, signer, signed_at=signed_at).sign_pdf(
            IncrementalPdfFileWriter(BytesIO(pdf)), output=output
        )
        return output.getvalue()

    # pyHanko's sync API starts its own event loop, which Python refuses inside a running one
    # (an ASGI worker, a Playwright-driven test): there it signs in a thread of its own.
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return sign()
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(sign).result()


def _signing_key(
    key: SigningKey | PrivateKey | Callable[[bytes], bytes], certificate: x509.Certificate
) -> SigningKey:
    if isinstance(key, PrivateKey):
        return LocalSigningKey(key)
    if isinstance(key, SigningKey):
        return key
    if callable(key):
        return ExternalSigningKey(key, certificate.public_key())
    raise TypeError(f"cannot sign with a {type(key).__name__}")


class _KeySigner(Signer):
    """pyHanko's `Signer` over our `SigningKey`: pyHanko builds the CMS, the key signs its
    signed attributes."""

    def __init__(
        self,
        key: SigningKey,
        *,
        mechanism: str,
        certificate: asn1_x509.Certificate,
        chain: list[asn1_x509.Certificate],
    ) -> None:
        super().__init__(
            signing_cert=certificate,
            cert_registry=SimpleCertificateStore.from_certs(chain),
            signature_mechanism=algos.SignedDigestAlgorithm({"algorithm": mechanism}),
            # The CA certificate goes in too, so a reader sees the whole chain in the file.
            embed_roots=True,
        )
        self._key = key

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run=False) -> bytes:
        if dry_run:
            # pyHanko sizes the signature's placeholder with a dummy; a remote key is not asked.
            return bytes(_max_signature_size(self._key.public_key()))
        return self._key.sign(data)


class _PdfSigner(PdfSigner):
    """`PdfSigner` that signs at a given time: pyHanko takes "now" for /M unless the signing
    session is told otherwise, and offers no metadata field for it."""

    def __init__(self, *args, signed_at: dt.datetime | None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._signed_at = signed_at

    def init_signing_session(self, pdf_out, existing_fields_only=False) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        if self._signed_at is not None:
            session.system_time = self._signed_at
        return session


def _max_signature_size(public_key: PublicKey) -> int:
    if isinstance(public_key, ed25519.Ed25519PublicKey):
        return 64
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        # DER SEQUENCE of two INTEGERs, each up to one byte longer than the curve's order.
        return 2 * ((public_key.curve.key_size + 7) // 8) + 9
    return public_key.key_size // 8


def _to_asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))
