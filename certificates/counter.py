"""The clerk's counter: a certificate code typed or scanned, looked up for the clerk's office.

A USB QR scanner types the certificate's verify address (`https://<our host>/<lang>/verify/<code>/`)
followed by Enter; a clerk may type the code in any case, with or without dashes. Either way the
result is the code, or a refusal whose message says what was wrong. A scanned address of another
site is refused: a look-alike certificate could point to a look-alike verify page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from registry_offices.codes import CODE_ALPHABET

from .models import CODE_LENGTH, Certificate, normalise_code
from .public import PublicCertificate, public_view
from .scoping import certificates_for_user
from .verification import verify_presented

VERIFY_PATH = re.compile(r"^/(?:[a-z]{2}(?:-[a-z]+)?/)?verify/(?P<code>[^/?#]+)/?$", re.IGNORECASE)

OTHER_SITE_MESSAGE = _(
    "This QR code leads to another website, not to this one: it is not one of our certificates."
)
NOT_A_VERIFY_LINK_MESSAGE = _("This link is not a certificate's verify address.")
NOT_A_CODE_MESSAGE = _(
    "This is not a certificate code: a code has twelve letters and digits, e.g. K7QM-4XPA-9RTD."
)


class NotACode(Exception):
    """What the clerk typed or scanned is not a certificate code; the message says why."""


def our_hosts(request_host: str = "") -> set[str]:
    """Host names our certificates' QR codes carry: the site's base URL, and this admin's host."""
    hosts = {(urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "").lower()}
    if request_host:
        hosts.add(urlsplit(f"//{request_host}").hostname or "")
    return {host for host in hosts if host}


def scanned_credential(raw: str) -> str:
    """The signed credential a scanned QR carries after `#vc=` (empty for a typed code)."""
    _address, marker, fragment = (raw or "").strip().partition("#")
    if not marker:
        return ""
    for part in fragment.split("&"):
        name, _equals, value = part.partition("=")
        if name == "vc":
            return value
    return ""


def check_scanned_credential(raw: str, code: str) -> None:
    """A QR whose signed credential does not hold (changed, forged, another certificate's) is
    refused even when its code exists: the paper in front of the clerk is not what we issued.
    A revoked or expired one is left to the certificate's own status message."""
    token = scanned_credential(raw)
    if not token:
        return
    verdict = verify_presented(token, expected_code=code)
    if verdict.reason in {"malformed", "algorithm", "unknown_key", "signature", "mismatch"}:
        raise NotACode(
            str(
                _("The QR code's signed credential does not hold: %(reason)s")
                % {"reason": verdict.message}
            )
        )


def read_code(raw: str, request_host: str = "") -> str:
    """The normalised code in a typed code or a scanned verify address (NotACode otherwise)."""
    text = (raw or "").strip()
    if "/" in text or ":" in text:
        address = urlsplit(text if "://" in text else f"//{text}")
        if (address.hostname or "").lower() not in our_hosts(request_host):
            raise NotACode(str(OTHER_SITE_MESSAGE))
        match = VERIFY_PATH.match(address.path)
        if not match:
            raise NotACode(str(NOT_A_VERIFY_LINK_MESSAGE))
        text = match.group("code")
    code = normalise_code(text)
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        raise NotACode(str(NOT_A_CODE_MESSAGE))
    return code


@dataclass
class CounterResult:
    """What the look-up found: nothing, the clerk's own office's certificate, or another's."""

    certificate: Certificate | None
    own_office: bool
    public: PublicCertificate | None = None

    @property
    def found(self) -> bool:
        return self.certificate is not None


def look_up(user, code: str, language: str) -> CounterResult:
    """One indexed query by code, and whether the certificate is within the clerk's offices.

    Another office's certificate is described by its public facts only (masked names), as
    anyone would see them on the verify page."""
    certificate = Certificate.objects.find(code)
    if certificate is None:
        return CounterResult(None, own_office=False)
    if certificates_for_user(user).filter(pk=certificate.pk).exists():
        return CounterResult(certificate, own_office=True)
    return CounterResult(certificate, own_office=False, public=public_view(certificate, language))


def status_message(certificate: Certificate, today=None) -> tuple[str, str]:
    """(level, message) the counter shows for a certificate: each state its own words."""
    status = certificate.status(today)
    if status == Certificate.EXPIRED:
        return "error", str(
            _("This certificate expired on %(date)s and cannot be accepted.")
            % {"date": date_format(certificate.expires_on, "SHORT_DATE_FORMAT")}
        )
    if status == Certificate.State.REVOKED:
        return "error", str(_("This certificate was revoked and cannot be accepted."))
    if status == Certificate.State.REPLACED:
        newer = certificate.replaced_by.display_code if certificate.replaced_by_id else ""
        return "warning", str(
            _("This certificate was replaced by a newer one, %(code)s: ask for the new one.")
            % {"code": newer}
        )
    if certificate.accepted_at:
        return "info", str(
            _("This certificate is valid and was already accepted on %(date)s.")
            % {
                "date": date_format(
                    timezone.localtime(certificate.accepted_at), "SHORT_DATETIME_FORMAT"
                )
            }
        )
    return "success", str(_("This certificate is valid: you can accept it at the registration."))
