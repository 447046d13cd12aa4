"""The certificate PDF: A4, the code and the Kazakh course title as text, a QR that decodes."""

import io
import re
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from certificates.pdf import certificate_pdf
from certificates.verification import verify_presented
from tests.factories import COURSE_TITLE_KK, certified

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(couple, short):
    return certified(couple, short)


def test_pdf_has_the_code_the_kazakh_title_and_names(certificate, capsys):
    started = time.perf_counter()
    pdf = certificate_pdf(certificate, "kk")
    elapsed = time.perf_counter() - started
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = " ".join(reader.pages[0].extract_text().split())
    assert certificate.display_code in text
    assert COURSE_TITLE_KK in text
    assert "Нұрлан Сейітқали" in text and "Айгерім Нұрланқызы" in text
    with capsys.disabled():
        print(f"\nPDF generation: {elapsed * 1000:.0f} ms ({len(pdf) // 1024} KiB)")


def test_pdf_in_russian(certificate):
    text = PdfReader(io.BytesIO(certificate_pdf(certificate, "ru"))).pages[0].extract_text()
    text = " ".join(text.split())
    assert "Подготовка к семейной жизни: краткий курс" in text
    assert "Сертификат" in text or "Certificate" in text


def test_the_qr_code_decodes_to_the_verify_page(certificate, tmp_path: Path):
    pdf_file = tmp_path / "certificate.pdf"
    pdf_file.write_bytes(certificate_pdf(certificate, "kk"))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf_file), str(tmp_path / "page")],
        check=True,
    )
    decoded = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(tmp_path / "page.png")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # The verify address, and after "#vc=" (never sent to a server) the signed credential.
    address, _marker, token = decoded.partition("#vc=")
    assert address == f"http://testserver/kk/verify/{certificate.display_code}/"
    verdict = verify_presented(token, expected_code=certificate.code)
    assert verdict.verified, verdict.reason
    assert verdict.holders == ["Нұ*** С***", "Ай*** Н***"]


def test_paper_claims_no_state_and_points_to_the_verify_page(certificate, office_a):
    """A printed "Valid" would outlive a revocation: the PDF prints where to check instead."""
    certificate.revoke(office_a.clerk, "Mistake in the register")
    text = " ".join(
        PdfReader(io.BytesIO(certificate_pdf(certificate, "kk"))).pages[0].extract_text().split()
    )
    for claim in ("Жарамды", "Valid", "Күші жойылған", "Revoked"):  # the status labels
        assert not re.search(rf"\b{claim}\b", text)
    assert f"/kk/verify/{certificate.display_code}/" in text.replace(" ", "")
    assert "QR" in text


def test_the_certificate_pdf_is_signed_by_its_office(certificate, tmp_path: Path):
    """pdfsig (poppler) says the demo certificate's signature is valid and covers the whole file;
    one changed byte inside the signed range makes it invalid."""
    from tests.certificates.test_pdf_signature import pdfsig

    pdf = certificate_pdf(certificate, "kk")
    (tmp_path / "signed").mkdir()
    (tmp_path / "tampered").mkdir()
    report = pdfsig(pdf, tmp_path / "signed")
    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report
    assert certificate.office.name_kk in report  # the signer's certificate names the office
    start = pdf.index(b"/ByteRange")
    changed = bytearray(pdf)
    position = pdf.index(b"/MediaBox")  # early in the file, inside the first signed range
    assert position < start
    changed[position + 1] = ord("N") if pdf[position + 1] != ord("N") else ord("M")
    tampered = pdfsig(bytes(changed), tmp_path / "tampered")
    assert "Signature is Valid." not in tampered
