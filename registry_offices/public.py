"""What anyone holding a certificate code may learn about it: no full names, no ids."""

import datetime
from dataclasses import dataclass

from .models import Certificate


@dataclass
class PublicCertificate:
    code: str
    status: str
    status_label: str
    course: str
    office: str
    issued: datetime.date
    expires: datetime.date
    holders: list[str]

    def as_json(self) -> dict:
        return {
            "code": self.code,
            "status": self.status,
            "course": self.course,
            "office": self.office,
            "issued": self.issued.isoformat(),
            "expires": self.expires.isoformat(),
            "holders": self.holders,
        }


def public_view(certificate: Certificate, language: str) -> PublicCertificate:
    return PublicCertificate(
        code=certificate.display_code,
        status=certificate.status(),
        status_label=certificate.get_status_display(),
        course=certificate.course.in_language(language).title,
        office=certificate.office.name_in(language),
        issued=certificate.issued_on,
        expires=certificate.expires_on,
        holders=certificate.masked_holders(),
    )
