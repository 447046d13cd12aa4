"""The project's small X.509 PKI: a CA and one certificate per registry office, for signing PDFs.

Why a CA at all: a PDF signature (PAdES) carries an X.509 certificate, not a bare key, so the
office's PDF key is wrapped in a certificate issued by a project CA. The CA's certificate is the
trust root a verifier imports (pyHanko's `ValidationContext`, an NSS database for poppler,
Adobe's trusted certificates).

Why P-256 and not the office's Ed25519 credential key: Debian 12's poppler 22.12 verifies through
NSS 3.87, which cannot check Ed25519 CMS signatures (`pdfsig` prints "Signature Validation:
Document isn't signed or corrupted data." for a PDF that pyHanko validates as intact). So each
office has a second key, ECDSA P-256, for PDFs only, with the same lifecycle as its credential
key; `new_pdf_signing_key` makes one. Every function here takes the key type from the key object
(P-256, P-384, Ed25519 or RSA), so the choice can be revisited without code changes.

The seam for a real deployment: the national PKI issues the office's certificate instead of
`issue_office_certificate`, its root (and intermediates) replace the project CA as the trust
root and the chain, and the private key stays in a KMS, an HSM or a token. Anything that meets
the `SigningKey` protocol (a public key, a `sign(data)` and an algorithm name) can sign; the key
never has to be in this process.
"""

import datetime as dt
from collections.abc import Callable
from typing import Literal, Protocol, runtime_checkable

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.x509.oid import NameOID

ORGANISATION = "Otbasy Academy"

# Keys this module (and pyHanko's CMS signing) handles; the CA and the office may differ.
PrivateKey = ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey | rsa.RSAPrivateKey
PublicKey = ec.EllipticCurvePublicKey | ed25519.Ed25519PublicKey | rsa.RSAPublicKey

# A signature algorithm named as the signer produces it: the digest it applies to the data, and
# the encoding of its output (DER ECDSA-Sig-Value, raw Ed25519, PKCS#1 v1.5), which is what CMS
# embeds and what cloud KMS "sign raw message" calls return.
SignatureAlgorithm = Literal[
    "ecdsa-sha256", "ecdsa-sha384", "ecdsa-sha512", "ed25519", "rsa-sha256"
]

# A little slack on not-before, so a verifier whose clock is a few minutes behind still accepts a
# certificate issued just now.
_CLOCK_SKEW = dt.timedelta(minutes=5)


@runtime_checkable
class SigningKey(Protocol):
    """What signing a PDF needs from a key: the seam a KMS, an HSM or a national-PKI token fills.

    `sign` gets the bytes to sign (CMS signed attributes), hashes them with the algorithm's digest
    itself and returns the signature in the encoding CMS expects: DER for ECDSA, 64 raw bytes for
    Ed25519, PKCS#1 v1.5 for RSA. `public_key()` must match the certificate it is used with.
    """

    @property
    def algorithm(self) -> SignatureAlgorithm: ...

    def public_key(self) -> PublicKey: ...

    def sign(self, data: bytes) -> bytes: ...


class LocalSigningKey:
    """A `SigningKey` over a private key held in memory (the project's own deployment, tests).

    A real deployment replaces this class, not its callers: e.g. a wrapper around a KMS `Sign`
    call with a raw message, or a PKCS#11 session on the token the national PKI issued.
    """

    def __init__(self, private_key: PrivateKey) -> None:
        self._key = private_key
        self._algorithm = algorithm_for(private_key.public_key())

    @property
    def algorithm(self) -> SignatureAlgorithm:
        return self._algorithm

    def public_key(self) -> PublicKey:
        return self._key.public_key()

    def sign(self, data: bytes) -> bytes:
        key = self._key
        if isinstance(key, ed25519.Ed25519PrivateKey):
            return key.sign(data)
        if isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(_hash_for(key)))
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())


class ExternalSigningKey:
    """A `SigningKey` from a bare `sign(data) -> bytes` callable and the public key it signs
    for: what `certificates.keystore` hands out, or a thin KMS/HSM client function.

    The algorithm defaults to the one the key type implies (`algorithm_for`); the callable must
    hash and encode as that algorithm says (see `SigningKey`).
    """

    def __init__(
        self,
        sign: Callable[[bytes], bytes],
        public_key: PublicKey,
        algorithm: SignatureAlgorithm | None = None,
    ) -> None:
        self._sign = sign
        self._public_key = public_key
        self._algorithm = algorithm or algorithm_for(public_key)

    @property
    def algorithm(self) -> SignatureAlgorithm:
        return self._algorithm

    def public_key(self) -> PublicKey:
        return self._public_key

    def sign(self, data: bytes) -> bytes:
        return self._sign(data)


def algorithm_for(public_key: PublicKey) -> SignatureAlgorithm:
    """The signature algorithm a key of this type signs with (the digest follows the curve)."""
    if isinstance(public_key, ed25519.Ed25519PublicKey):
        return "ed25519"
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        bits = public_key.curve.key_size
        return "ecdsa-sha256" if bits <= 256 else "ecdsa-sha384" if bits <= 384 else "ecdsa-sha512"
    if isinstance(public_key, rsa.RSAPublicKey):
        return "rsa-sha256"
    raise TypeError(f"unsupported key type: {type(public_key).__name__}")


def new_pdf_signing_key() -> ec.EllipticCurvePrivateKey:
    """A new ECDSA P-256 key: the office's PDF key (poppler/NSS on Debian 12 can't verify
    Ed25519), and the project CA's key."""
    return ec.generate_private_key(ec.SECP256R1())


def create_ca(
    common_name: str = "Otbasy Academy project CA",
    *,
    years: int = 20,
    key: PrivateKey | None = None,
) -> tuple[PrivateKey, x509.Certificate]:
    """A self-signed CA that issues the offices' certificates; a new P-256 key unless `key` is
    given. It may only issue end-entity certificates (path length 0).

    A real deployment does not call this: the national PKI's root and intermediates take the CA's
    place as trust root and chain.
    """
    key = key or new_pdf_signing_key()
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _CLOCK_SKEW)
        .not_valid_after(_add_years(now, years))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(ski, critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .sign(key, _hash_for(key))
    )
    return key, certificate


def issue_office_certificate(
    ca_key: PrivateKey,
    ca_cert: x509.Certificate,
    public_key: PublicKey,
    *,
    office_name: str,
    office_code: str,
    years: int = 5,
) -> x509.Certificate:
    """The certificate that says `public_key` is the registry office `office_name`.

    The subject is CN = the office's name (UTF8String: Kazakh and Russian letters kept),
    O = Otbasy Academy, OU = the office's code (a slug, which PrintableString serialNumber could
    not always hold). The key may sign documents (digitalSignature) and stand behind them
    (nonRepudiation), nothing else. It never outlives the CA's certificate.
    """
    if not office_name.strip() or not office_code.strip():
        raise ValueError("an office certificate needs the office's name and code")
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, office_name),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, office_code),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    try:
        ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        aki = x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski)
    except x509.ExtensionNotFound:
        aki = x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_cert.public_key())
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _CLOCK_SKEW)
        .not_valid_after(min(_add_years(now, years), ca_cert.not_valid_after_utc))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(digital_signature=True, content_commitment=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(aki, critical=False)
        .sign(ca_key, _hash_for(ca_key))
    )


def certificate_pem(certificate: x509.Certificate) -> str:
    """The certificate as PEM text, for a settings file, a database column or a download."""
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


def load_certificate_pem(pem: str | bytes) -> x509.Certificate:
    """The certificate in PEM text (the first one, if the text holds a chain)."""
    return x509.load_pem_x509_certificate(pem.encode("ascii") if isinstance(pem, str) else pem)


def _hash_for(key: PrivateKey) -> hashes.HashAlgorithm | None:
    """The digest a key signs certificates with: none for Ed25519 (it hashes internally), the
    curve's size for ECDSA, SHA-256 for RSA."""
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return None
    algorithm = algorithm_for(key.public_key())
    return {"ecdsa-sha384": hashes.SHA384(), "ecdsa-sha512": hashes.SHA512()}.get(
        algorithm, hashes.SHA256()
    )


def _key_usage(**allowed: bool) -> x509.KeyUsage:
    usages = dict.fromkeys(
        [
            "digital_signature",
            "content_commitment",
            "key_encipherment",
            "data_encipherment",
            "key_agreement",
            "key_cert_sign",
            "crl_sign",
            "encipher_only",
            "decipher_only",
        ],
        False,
    )
    usages.update(allowed)
    return x509.KeyUsage(**usages)


def _add_years(moment: dt.datetime, years: int) -> dt.datetime:
    """`moment` `years` later on the calendar (29 February becomes 28 February)."""
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:
        return moment.replace(year=moment.year + years, day=28)
