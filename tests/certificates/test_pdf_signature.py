"""The certificate PDF's PAdES signature, checked by poppler's `pdfsig` (the verifier the issue
names) and by pyHanko's validator with the project CA as the trust root.

`pdfsig` runs with HOME in a temporary directory, so no NSS database of the machine's user decides
what is trusted: without a database poppler checks the signature and says the issuer is not
trusted; one test gives it a database that trusts the CA (certutil, libnss3-tools).
"""

import datetime as dt
import io
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import weasyprint
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import ExtensionOID, NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from certificates import pki
from certificates.pdfsign import sign_pdf

OFFICE_NAME = "Астана қ. №1 АХАТ бөлімі"
OFFICE_CODE = "astana-1"
PAGE_TEXT = "Сәлем! Куәлік: Астана қ. №1 АХАТ бөлімі, ғ ң ө ұ ү һ і"
# The claimed signing time must fall within the office certificate's validity, which starts at
# issue (made by the module's fixtures, after this).
SIGNED_AT = dt.datetime.now(dt.UTC).replace(microsecond=0)
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

# poppler 22.12's wording (pdfsig.cc): the signature line, and the line saying whether the
# signed byte ranges cover the whole file ("Not total document signed" when bytes follow them).
VALID = "  - Signature Validation: Signature is Valid."
TOTAL = "  - Total document signed"
NOT_TOTAL = "  - Not total document signed"


def _page_html() -> str:
    return (
        '<html lang="kk"><head><meta charset="utf-8"><style>'
        "@page { size: A4; margin: 2cm } body { font-family: 'DejaVu Sans', sans-serif }"
        f"</style></head><body><h1>Куәлік</h1><p>{PAGE_TEXT}</p></body></html>"
    )


def _pdf(*, uncompressed: bool = False) -> bytes:
    """A one-page PDF as registry_offices/pdf.py makes them (compressed), or with its content
    stream left readable, so a test can find the text in the bytes."""
    return weasyprint.HTML(string=_page_html()).write_pdf(uncompressed_pdf=uncompressed)


@pytest.fixture(scope="module")
def ca() -> tuple[pki.PrivateKey, x509.Certificate]:
    # The signing time is now, when the module's certificates are made (not when the suite was
    # collected, which can be many minutes earlier: before their validity starts).
    global SIGNED_AT
    SIGNED_AT = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return pki.create_ca()


@pytest.fixture(scope="module")
def office(ca) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    ca_key, ca_cert = ca
    key = pki.new_pdf_signing_key()
    certificate = pki.issue_office_certificate(
        ca_key, ca_cert, key.public_key(), office_name=OFFICE_NAME, office_code=OFFICE_CODE
    )
    return key, certificate


def _sign(pdf: bytes, office, ca, **kwargs) -> bytes:
    key, certificate = office
    return sign_pdf(
        pdf,
        key=kwargs.pop("key", key),
        certificate=certificate,
        chain=[ca[1]],
        reason="Куәлік берілді / Сертификат выдан",
        location="Астана",
        signed_at=kwargs.pop("signed_at", SIGNED_AT),
        **kwargs,
    )


@pytest.fixture(scope="module")
def signed(office, ca) -> bytes:
    return _sign(_pdf(), office, ca)


def _pdfsig_binary() -> str:
    found = shutil.which("pdfsig")
    if found is None:
        pytest.fail(
            "pdfsig (Debian package poppler-utils) is not installed; "
            "run scripts/install-system-deps.sh test"
        )
    return found


def pdfsig(pdf: bytes, tmp_path: Path, *, nssdir: Path | None = None) -> str:
    """pdfsig's report on `pdf`, in UTC and the C locale so its dates read the same anywhere."""
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdf)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    # No -no-ocsp: poppler 22.12 then reports even a trusted chain as "Unknown issue with
    # Certificate or corrupted data."; our certificates name no OCSP responder, so nothing is
    # fetched anyway.
    command = [_pdfsig_binary()]
    if nssdir is not None:
        command += ["-nssdir", f"sql:{nssdir}"]
    result = subprocess.run(
        [*command, str(path)],
        capture_output=True,
        check=False,
        timeout=60,
        env={**os.environ, "HOME": str(home), "TZ": "UTC", "LC_ALL": "C.UTF-8"},
    )
    return result.stdout.decode("utf-8") + result.stderr.decode("utf-8", "replace")


def _pdfsig_time(moment: dt.datetime) -> str:
    """A UTC time as pdfsig prints it in the C locale, e.g. "Mar 02 2026 09:30:15"."""
    return f"{MONTHS[moment.month - 1]} {moment:%d %Y %H:%M:%S}"


def _asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def pyhanko_status(pdf: bytes, ca_cert: x509.Certificate) -> PdfSignatureStatus:
    """pyHanko's verdict with the project CA as the only trust root (nothing fetched)."""
    reader = PdfFileReader(io.BytesIO(pdf))
    (signature,) = reader.embedded_signatures
    context = ValidationContext(trust_roots=[_asn1(ca_cert)], allow_fetching=False)
    # pyHanko's sync API runs an event loop of its own, which Python refuses inside the one
    # Playwright's tests leave running in this thread: validate in a thread of its own.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(validate_pdf_signature, signature, context).result()


def _byte_range(pdf: bytes) -> tuple[int, int, int, int]:
    match = re.search(rb"/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]", pdf)
    assert match, "no /ByteRange in the signed PDF"
    start1, length1, start2, length2 = (int(n) for n in match.groups())
    return start1, length1, start2, length2


def _assert_signed(offset: int, pdf: bytes) -> None:
    start1, length1, start2, length2 = _byte_range(pdf)
    assert start1 <= offset < start1 + length1 or start2 <= offset < start2 + length2, (
        f"byte {offset} is outside the signed ranges"
    )


# The certificates.


def test_ca_certificate_is_a_self_signed_ca(ca):
    key, certificate = ca
    assert certificate.issuer == certificate.subject
    certificate.verify_directly_issued_by(certificate)
    constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.critical and constraints.value.ca and constraints.value.path_length == 0
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign and not usage.digital_signature
    ski = certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert ski == x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    assert isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1"
    assert certificate.signature_hash_algorithm.name == "sha256"
    lifetime = certificate.not_valid_after_utc - certificate.not_valid_before_utc
    assert dt.timedelta(days=20 * 365) < lifetime < dt.timedelta(days=20 * 366)


def test_office_certificate_names_the_office_in_utf8(ca, office):
    _, ca_cert = ca
    key, certificate = office
    certificate.verify_directly_issued_by(ca_cert)
    (common_name,) = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    assert common_name.value == OFFICE_NAME
    assert common_name._type == x509.name._ASN1Type.UTF8String
    assert certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == (
        "Otbasy Academy"
    )
    assert (
        certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)[0].value
        == OFFICE_CODE
    )
    # The Kazakh letters survive a DER round trip, not only Python's object.
    reloaded = x509.load_der_x509_certificate(certificate.public_bytes(serialization.Encoding.DER))
    assert reloaded.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == OFFICE_NAME
    assert certificate.public_key() == key.public_key()


def test_office_certificate_may_only_sign(ca, office):
    _, ca_cert = ca
    _, certificate = office
    extensions = certificate.extensions
    assert not extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    usage = extensions.get_extension_for_oid(ExtensionOID.KEY_USAGE)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment
    assert not (usage.value.key_cert_sign or usage.value.key_encipherment)
    aki = extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert aki.key_identifier == ca_ski.digest
    assert certificate.not_valid_after_utc <= ca_cert.not_valid_after_utc


def test_office_certificate_never_outlives_the_ca():
    ca_key, ca_cert = pki.create_ca(years=1)
    certificate = pki.issue_office_certificate(
        ca_key,
        ca_cert,
        pki.new_pdf_signing_key().public_key(),
        office_name=OFFICE_NAME,
        office_code=OFFICE_CODE,
        years=5,
    )
    assert certificate.not_valid_after_utc == ca_cert.not_valid_after_utc


def test_key_types_follow_the_key_objects():
    """An Ed25519 CA and a P-384 office: each signs with what its key is."""
    ca_key, ca_cert = pki.create_ca(key=ed25519.Ed25519PrivateKey.generate())
    assert ca_cert.signature_hash_algorithm is None  # Ed25519 hashes internally
    office_key = ec.generate_private_key(ec.SECP384R1())
    certificate = pki.issue_office_certificate(
        ca_key, ca_cert, office_key.public_key(), office_name=OFFICE_NAME, office_code=OFFICE_CODE
    )
    certificate.verify_directly_issued_by(ca_cert)
    assert pki.LocalSigningKey(office_key).algorithm == "ecdsa-sha384"
    assert pki.LocalSigningKey(ca_key).algorithm == "ed25519"


def test_pem_round_trip(office):
    _, certificate = office
    pem = pki.certificate_pem(certificate)
    assert pem.startswith("-----BEGIN CERTIFICATE-----")
    assert pki.load_certificate_pem(pem) == certificate
    assert pki.load_certificate_pem(pem.encode()) == certificate


# The signed PDF, as poppler sees it.


def test_pdfsig_reports_the_signature_valid_and_the_whole_document_signed(signed, tmp_path):
    assert len(PdfReader(io.BytesIO(signed)).pages) == 1
    report = pdfsig(signed, tmp_path)
    lines = report.splitlines()
    assert VALID in lines, report
    assert TOTAL in lines, report
    assert f"  - Signer Certificate Common Name: {OFFICE_NAME}" in lines, report
    assert "  - Signature Type: ETSI.CAdES.detached" in lines, report
    assert "  - Signing Hash Algorithm: SHA-256" in lines, report
    assert f"  - Signing Time: {_pdfsig_time(SIGNED_AT)}" in lines, report
    # Without a database that trusts the project CA, poppler says so (and still checks the
    # signature); see the next test for the CA trusted.
    assert "  - Certificate Validation: Certificate issuer isn't Trusted." in lines, report


def test_pdfsig_trusts_the_chain_when_the_ca_is_in_its_nss_database(signed, ca, tmp_path):
    """What a reader who imported the project CA sees: valid and trusted."""
    certutil = shutil.which("certutil")
    if certutil is None:
        pytest.fail(
            "certutil (Debian package libnss3-tools) is not installed; it makes the NSS "
            "database pdfsig trusts the project CA from"
        )
    nssdb = tmp_path / "nssdb"
    nssdb.mkdir()
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text(pki.certificate_pem(ca[1]))
    subprocess.run([certutil, "-N", "-d", f"sql:{nssdb}", "--empty-password"], check=True)
    subprocess.run(
        [certutil, "-A", "-d", f"sql:{nssdb}", "-n", "otbasy-ca", "-t", "C,C,C", "-a", "-i"]
        + [str(ca_file)],
        check=True,
    )
    report = pdfsig(signed, tmp_path, nssdir=nssdb)
    lines = report.splitlines()
    assert VALID in lines and TOTAL in lines, report
    assert "  - Certificate Validation: Certificate is Trusted." in lines, report


def test_a_changed_glyph_in_the_page_breaks_the_signature(office, ca, tmp_path):
    """Swap two letters of the page's text (same length, the file still parses and shows the
    changed text): pdfsig no longer calls the signature valid, pyHanko finds it not intact."""
    signed = _sign(_pdf(uncompressed=True), office, ca)
    assert VALID in pdfsig(signed, tmp_path).splitlines()
    # The first two glyphs of the first text run, e.g. [<038c>0<0416>0...] TJ for "Сә".
    match = re.search(rb"\[(<[0-9a-f]{4}>)(-?\d+)(<[0-9a-f]{4}>)", signed)
    assert match and match.group(1) != match.group(3)
    _assert_signed(match.start(), signed)
    tampered = bytearray(signed)
    tampered[match.start(1) : match.end(3)] = match.group(3) + match.group(2) + match.group(1)
    tampered = bytes(tampered)
    assert len(tampered) == len(signed)

    # Still a PDF, now saying something else: the heading "Куәлік" reads "уКәлік".
    original = PdfReader(io.BytesIO(signed)).pages[0].extract_text()
    text = PdfReader(io.BytesIO(tampered)).pages[0].extract_text()
    assert original.startswith("Куәлік")
    assert text == original.replace("Куәлік", "уКәлік", 1)

    report = pdfsig(tampered, tmp_path)
    assert VALID not in report.splitlines(), report
    assert "  - Signature Validation: Digest Mismatch." in report.splitlines(), report
    status = pyhanko_status(tampered, ca[1])
    assert not status.intact and not status.bottom_line


def test_a_changed_signing_time_breaks_the_signature(signed, ca, tmp_path):
    """Back-date the signature by ten years in its dictionary (/M is inside the signed bytes)."""
    year = str(SIGNED_AT.year).encode()
    marker = b"/M (D\\072" + year
    offset = signed.index(marker) + len(marker) - 2  # the year's tens digit
    _assert_signed(offset, signed)
    earlier = str(SIGNED_AT.year - 10).encode()
    tampered = signed[:offset] + earlier[2:3] + signed[offset + 1 :]
    report = pdfsig(tampered, tmp_path)
    lines = report.splitlines()
    backdated = SIGNED_AT.replace(year=SIGNED_AT.year - 10)
    assert f"  - Signing Time: {_pdfsig_time(backdated)}" in lines, report
    assert VALID not in lines, report
    assert "  - Signature Validation: Digest Mismatch." in lines, report
    assert not pyhanko_status(tampered, ca[1]).intact


def test_an_update_appended_after_signing_is_reported(signed, ca, tmp_path):
    """An incremental update after the signature: the signed bytes still verify, but pdfsig says
    the document is not wholly signed, and pyHanko that the no-changes certification is broken."""
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/Lang"] = generic.TextStringObject("ru")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    updated = out.getvalue()
    assert updated.startswith(signed)

    lines = pdfsig(updated, tmp_path).splitlines()
    assert NOT_TOTAL in lines and TOTAL not in lines
    status = pyhanko_status(updated, ca[1])
    assert status.intact and status.valid
    assert status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
    assert status.docmdp_ok is False


# The signed PDF, as pyHanko sees it.


def test_pyhanko_finds_the_signature_intact_and_chained_to_the_ca(signed, office, ca):
    status = pyhanko_status(signed, ca[1])
    assert status.intact and status.valid and status.trusted, status.pretty_print_details()
    assert status.bottom_line
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.docmdp_ok
    assert status.md_algorithm == "sha256"
    path = list(status.validation_path)
    assert [c.sha256 for c in path] == [_asn1(ca[1]).sha256, _asn1(office[1]).sha256]
    assert status.signing_cert.subject.native["common_name"] == OFFICE_NAME
    assert status.signer_reported_dt == SIGNED_AT


def test_signature_is_pades_baseline_b(signed):
    """PAdES B-B: the ETSI subfilter, the signing-certificate-v2 attribute and no CMS
    signing-time (PAdES puts the time in /M); the original PDF kept byte for byte in front."""
    reader = PdfFileReader(io.BytesIO(signed))
    (signature,) = reader.embedded_signatures
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.docmdp_level == MDPPerm.NO_CHANGES  # a certification signature
    assert signature.sig_object["/Reason"] == "Куәлік берілді / Сертификат выдан"
    assert signature.sig_object["/Location"] == "Астана"
    signed_attrs = signature.signer_info["signed_attrs"]
    kinds = {attr["type"].native for attr in signed_attrs}
    assert "signing_certificate_v2" in kinds
    assert "signing_time" not in kinds
    assert signature.signer_info["signature_algorithm"]["algorithm"].native == "sha256_ecdsa"


def test_signing_keeps_the_original_bytes(office, ca):
    pdf = _pdf()
    assert _sign(pdf, office, ca).startswith(pdf)


# The seam.


class RemoteKey:
    """A `SigningKey` as a KMS or HSM client would be: the private key is not handed over, only
    `sign` is called; it records what it was asked to sign."""

    algorithm = "ecdsa-sha256"

    def __init__(self, private_key: ec.EllipticCurvePrivateKey) -> None:
        self._private_key = private_key
        self.requests: list[bytes] = []

    def public_key(self) -> ec.EllipticCurvePublicKey:
        return self._private_key.public_key()

    def sign(self, data: bytes) -> bytes:
        self.requests.append(data)
        return self._private_key.sign(data, ec.ECDSA(hashes.SHA256()))


def test_an_external_signing_key_signs_once(office, ca, tmp_path):
    remote = RemoteKey(office[0])
    assert isinstance(remote, pki.SigningKey)
    signed = _sign(_pdf(), office, ca, key=remote)
    # One call, with the CMS signed attributes (a DER SET, a few hundred bytes), not the PDF;
    # pyHanko's size estimate does not reach the key.
    (request,) = remote.requests
    assert request[0] == 0x31 and len(request) < 1000
    assert VALID in pdfsig(signed, tmp_path).splitlines()
    assert pyhanko_status(signed, ca[1]).bottom_line


def test_a_bare_signing_callable_signs(office, ca, tmp_path):
    """What `keystore.key_store().signer(...)` hands out: `sign(data) -> bytes`, nothing else;
    the algorithm follows the certificate's key."""
    key = office[0]
    calls: list[bytes] = []

    def sign(data: bytes) -> bytes:
        calls.append(data)
        return key.sign(data, ec.ECDSA(hashes.SHA256()))

    signed = _sign(_pdf(), office, ca, key=sign)
    assert len(calls) == 1
    assert VALID in pdfsig(signed, tmp_path).splitlines()
    assert pyhanko_status(signed, ca[1]).bottom_line


def test_a_key_that_is_not_the_certificates_is_refused(office, ca):
    with pytest.raises(ValueError, match="does not belong"):
        _sign(_pdf(), office, ca, key=pki.new_pdf_signing_key())


def test_a_naive_signing_time_is_refused(office, ca):
    with pytest.raises(ValueError, match="timezone-aware"):
        _sign(_pdf(), office, ca, signed_at=dt.datetime(2026, 3, 2, 9, 30))


def test_a_signing_time_outside_the_certificate_is_refused(office, ca):
    with pytest.raises(ValueError, match="not valid at the signing time"):
        _sign(_pdf(), office, ca, signed_at=SIGNED_AT - dt.timedelta(days=1))


# Why the PDF key is P-256 and not the office's Ed25519 credential key.


def test_pdfsig_cannot_verify_ed25519_which_is_why_pdfs_use_p256(tmp_path):
    """pyHanko signs and verifies Ed25519 PAdES fine; Debian 12's poppler (NSS 3.87) reports such
    a signature as not there. If this starts failing, poppler verifies Ed25519 now and offices
    could sign PDFs with their credential key (certificates/pki.py explains the choice)."""
    ca_key, ca_cert = pki.create_ca(key=ed25519.Ed25519PrivateKey.generate())
    key = ed25519.Ed25519PrivateKey.generate()
    certificate = pki.issue_office_certificate(
        ca_key, ca_cert, key.public_key(), office_name=OFFICE_NAME, office_code=OFFICE_CODE
    )
    signed = _sign(_pdf(), (key, certificate), (ca_key, ca_cert))
    status = pyhanko_status(signed, ca_cert)
    assert status.bottom_line and status.md_algorithm == "sha512"
    lines = pdfsig(signed, tmp_path).splitlines()
    assert TOTAL in lines
    assert "  - Signature Validation: Document isn't signed or corrupted data." in lines
