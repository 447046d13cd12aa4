"""The certificate as an A4 PDF (WeasyPrint), in the couple's language, with a QR to the verify page.

DejaVu fonts are named first: they carry every Kazakh letter (ә ғ қ ң ө ұ ү һ і), so nothing falls
back to a font that draws boxes.
"""

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import Certificate
from .referrals import referrals


def verify_url(certificate: Certificate, language: str) -> str:
    """The absolute /<lang>/verify/<code>/ address the QR code carries."""
    with translation.override(language):
        path = reverse("certificate_verify", args=[certificate.display_code])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def certificate_pdf(certificate: Certificate, language: str | None = None) -> bytes:
    """Render the certificate (page one) and the office's resource centres (page two, when the
    office has any); `language` defaults to the couple's."""
    # Imported here for start-up time: WeasyPrint loads its fonts and libraries on import, and
    # only this view needs it (not an import cycle).
    from weasyprint import HTML

    language = language or certificate.language or settings.LANGUAGE_CODE
    url = verify_url(certificate, language)
    qr = segno.make(url, error="m").svg_data_uri(scale=4, border=2)
    course = certificate.course.in_language(language)
    with translation.override(language):
        html = render_to_string(
            "registry_offices/certificate/pdf.html",
            {
                "certificate": certificate,
                "course_title": course.title,
                "office_name": certificate.office.name_in(language),
                "verify_url": url,
                "qr": qr,
                "language": language,
                # The second page: the office's centres, with links marked "certificate".
                "referrals": referrals(certificate.office, language, "certificate", absolute=True),
            },
        )
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()


def pdf_filename(certificate: Certificate) -> str:
    return f"certificate-{certificate.display_code}.pdf"
