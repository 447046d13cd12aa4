"""What anyone holding a certificate code may learn about it: no full names, no ids."""

import datetime
import functools
from dataclasses import dataclass

from django.db import connections, router
from django.utils import timezone

from courses.models import CoursePage

from .credentials import site_did
from .models import STATUS_LABELS, Certificate, format_code, mask_name, normalise_code


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
    newer_code: str = ""
    # Who signed its Verifiable Credential (the office key's id), and whether that key is
    # still trusted; empty while the credential is not signed yet.
    key_id: str = ""
    key_compromised: bool = False

    @property
    def signature(self) -> str:
        """ "signed", "key_compromised" or "unsigned", as the verify page says it."""
        if not self.key_id:
            return "unsigned"
        return "key_compromised" if self.key_compromised else "signed"

    def as_json(self) -> dict:
        return {
            "code": self.code,
            "status": self.status,
            "course": self.course,
            "office": self.office,
            "issued": self.issued.isoformat(),
            "expires": self.expires.isoformat(),
            "holders": self.holders,
            "signature": self.signature,
            "verificationMethod": f"{site_did()}#{self.key_id}" if self.key_id else "",
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


# The columns `find_public_view` reads: the certificate's, its course's title (and what finds its
# translation), the office's names and the newer certificate's code.
PUBLIC_COLUMNS = (
    "code",
    "state",
    "issued_on",
    "expires_on",
    "holder_1",
    "holder_2",
    "course__title",
    "course__translation_key",
    "course__locale__language_code",
    "office__name_kk",
    "office__name_ru",
    "office__name_en",
    "replaced_by__code",
    "credential__key__key_id",
    "credential__key__compromised_at",
)


def _status(state: str, expires: datetime.date) -> str:
    """As `Certificate.status`: a valid certificate past its date is expired."""
    if state != Certificate.State.VALID:
        return state
    return Certificate.EXPIRED if expires < timezone.localdate() else state


_PROBE = "\x00probe"


@functools.cache
def _public_query(alias: str) -> tuple[str, tuple, int]:
    """The SQL of the look-up, made by the ORM once per process and database: building it (five
    joins) cost more than running it, on an endpoint anyone may call as often as the guessing
    limit allows. The code's place among the parameters is found by a probe value."""
    query = Certificate.objects.filter(code=_PROBE).order_by().values(*PUBLIC_COLUMNS)[:1].query
    sql, params = query.get_compiler(alias).as_sql()
    return sql, tuple(params), params.index(_PROBE)


def _public_row(code: str) -> dict | None:
    alias = router.db_for_read(Certificate)
    sql, params, at = _public_query(alias)
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, (*params[:at], code, *params[at + 1 :]))
        found = cursor.fetchone()
    if found is None:
        return None
    row = dict(zip(PUBLIC_COLUMNS, found, strict=True))
    for name in ("issued_on", "expires_on"):  # SQLite answers dates as text
        if isinstance(row[name], str):
            row[name] = datetime.date.fromisoformat(row[name])
    return row


def find_public_view(raw_code: str, language: str) -> PublicCertificate | None:
    """`public_view` of the certificate with this code, from one query of plain values.

    Anyone may ask as fast as the guessing limit lets them, so no model instances are made: the
    page and the API need a dozen columns, and building four related objects for them cost more
    than the query. A course read in another language than its own costs one query more.
    """
    code = normalise_code(raw_code)
    if not code or len(code) > 16:
        return None
    row = _public_row(code)
    if row is None:
        return None
    course = row["course__title"]
    if row["course__locale__language_code"] != language:
        translated = (
            CoursePage.objects.live()
            .filter(translation_key=row["course__translation_key"], locale__language_code=language)
            .values_list("title", flat=True)
            .first()
        )
        course = translated or course
    status = _status(row["state"], row["expires_on"])
    key_compromised = row["credential__key__compromised_at"] is not None
    if key_compromised and status == Certificate.State.VALID:
        status = Certificate.State.REVOKED  # its signature can no longer be trusted
    return PublicCertificate(
        code=format_code(row["code"]),
        status=status,
        status_label=str(STATUS_LABELS[status]),
        course=course,
        office=row.get(f"office__name_{language}") or row["office__name_kk"],  # as name_in
        issued=row["issued_on"],
        expires=row["expires_on"],
        holders=[mask_name(row["holder_1"]), mask_name(row["holder_2"])],
        newer_code=format_code(row["replaced_by__code"]) if row["replaced_by__code"] else "",
        key_id=row["credential__key__key_id"] or "",
        key_compromised=key_compromised,
    )
