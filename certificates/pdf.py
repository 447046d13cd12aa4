"""The certificate as an A4 PDF (WeasyPrint), in the couple's language, with a QR to the verify page,
signed (PAdES) by the issuing office.

DejaVu fonts are named first: they carry every Kazakh letter (ә ғ қ ң ө ұ ү һ і), so nothing falls
back to a font that draws boxes. The QR carries the verify address and, after `#` (never sent to
a server), the signed credential (VC-JOSE), so the verify page can check it offline. The PDF is
signed with the office's PDF key and its X.509 certificate from the project CA; `pdfsig` and
Acrobat show who signed it and whether a byte changed since.
"""

import logging

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from registry_offices.referrals import referrals

from .credentials import credential_for
from .models import Certificate, NoSigningKey, SigningAuthority
from .pki import load_certificate_pem

logger = logging.getLogger(__name__)


def verify_url(certificate: Certificate, language: str, credential_jwt: str = "") -> str:
    """The absolute /<lang>/verify/<code>/ address the QR code carries (with the credential
    after `#vc=` when there is one)."""
    with translation.override(language):
        path = reverse("certificate_verify", args=[certificate.display_code])
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
    return f"{url}#vc={credential_jwt}" if credential_jwt else url


def certificate_pdf(certificate: Certificate, language: str | None = None) -> bytes:
    """Render the certificate (page one) and the office's resource centres (page two, when the
    office has any), then sign it; `language` defaults to the couple's."""
    # Imported here for start-up time: WeasyPrint and pyHanko load fonts, libraries and an event
    # loop on import, and only the PDF views need them (not an import cycle).
    from weasyprint import HTML

    from .pdfsign import sign_pdf

    language = language or certificate.language or settings.LANGUAGE_CODE
    try:
        credential = credential_for(certificate)
    except NoSigningKey:
        # Production refuses to start without office keys (certificates.checks); elsewhere the
        # PDF is still made, unsigned, with the plain verify address.
        logger.warning(
            "office %s has no signing key: certificate PDF not signed", certificate.office_id
        )
        credential = None
    url = verify_url(certificate, language, credential.jwt if credential else "")
    qr = segno.make(url, error="l" if credential else "m").svg_data_uri(scale=4, border=2)
    course = certificate.course.in_language(language)
    with translation.override(language):
        html = render_to_string(
            "certificates/pdf.html",
            {
                "certificate": certificate,
                "course_title": course.title,
                "office_name": certificate.office.name_in(language),
                "verify_url": verify_url(certificate, language),
                "qr": qr,
                "language": language,
                "signed_by": credential.key.key_id if credential else "",
                # The second page: the office's centres, with links marked "certificate".
                "referrals": referrals(certificate.office, language, "certificate", absolute=True),
            },
        )
        reason = gettext("Certificate %(code)s issued by the registry office") % {
            "code": certificate.display_code
        }
    pdf = HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
    authority = SigningAuthority.objects.current()
    if credential is None or authority is None or not credential.key.pdf_certificate_pem:
        return pdf
    return sign_pdf(
        pdf,
        key=credential.key.pdf_signing_key(),
        certificate=load_certificate_pem(credential.key.pdf_certificate_pem),
        chain=[authority.certificate()],
        reason=reason,
        location=certificate.office.name_in(language),
    )


def pdf_filename(certificate: Certificate) -> str:
    return f"certificate-{certificate.display_code}.pdf"
