"""The certificate PDF: A4, the code and the Kazakh course title as text, a QR that decodes."""

import io
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from registry_offices import certificate_services as certs
from registry_offices.pdf import certificate_pdf

from .conftest import COURSE_TITLE_KK
from .helpers import finish_partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(couple, short):
    for access in couple.accesses:
        finish_partner(access, short)
    return certs.issue_if_finished(couple.assignment.pk)


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
    assert decoded == f"http://testserver/kk/verify/{certificate.display_code}/"
