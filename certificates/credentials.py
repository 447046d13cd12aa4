"""A certificate as a W3C Verifiable Credential (Open Badges 3.0), the site's DID document and the
offices' status lists, as other systems fetch them.

The issuer is the site's `did:web` (its DID document at /.well-known/did.json lists one
verification method per office key, retired keys included so older credentials still verify;
a compromised one carries `revoked`). Each credential is signed twice over the same content:
a Data Integrity proof (`eddsa-rdfc-2022`, JSON-LD at /api/credentials/<code>/) and VC-JOSE
(a compact JWS at /api/credentials/<code>.jwt, which the PDF's QR carries for offline checks).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from courses.models import CoursePage
from home.choices import Language

from .models import Certificate, IssuedCredential, OfficeKey, StatusList
from .vc import dataintegrity, jose, statuslist
from .vc.credential import CredentialFacts, open_badge_credential

# Short on purpose: the signed credential rides in the PDF's QR code (under 2,000 characters).
CRITERIA = "Both partners completed every lesson and passed each quiz."
DESCRIPTION = "A civil registry office's family-life course."


def base_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def site_did() -> str:
    """did:web of the site: its host, a port percent-encoded as the did:web method says."""
    netloc = urlsplit(base_url()).netloc
    return "did:web:" + quote(netloc, safe="")


def verification_method(key: OfficeKey) -> str:
    return f"{site_did()}#{key.key_id}"


def credential_url(code: str) -> str:
    return base_url() + reverse("credential_jsonld", args=[code])


def status_list_url(status_list: StatusList) -> str:
    return base_url() + reverse("status_list", args=[status_list.list_id])


def _end_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(23, 59, 59)))


def _course_names(course: CoursePage) -> dict[str, str]:
    """The course's title in each language it is published in (its own at least)."""
    names = dict(
        CoursePage.objects.filter(translation_key=course.translation_key)
        .live()
        .values_list("locale__language_code", "title")
    )
    names.setdefault(course.locale.language_code, course.title)
    order = [language for language, _label in Language.choices]
    return {language: names[language] for language in order if language in names}


def facts_for(certificate: Certificate, credential: IssuedCredential) -> CredentialFacts:
    course = certificate.course
    office = certificate.office
    return CredentialFacts(
        id=credential_url(certificate.code),
        issuer_id=site_did(),
        issuer_name=office.name_in(certificate.language or settings.LANGUAGE_CODE),
        achievement_id=course.get_full_url() or base_url(),
        achievement_names=_course_names(course),
        achievement_description=DESCRIPTION,
        criteria_narrative=CRITERIA,
        hours=Decimal(certificate.study_hours),
        holders=certificate.masked_holders(),
        valid_from=certificate.created_at,
        valid_until=_end_of(certificate.expires_on),
        status_list_url=status_list_url(credential.status_list),
        status_index=credential.status_index,
    )


def credential_for(certificate: Certificate) -> IssuedCredential:
    """The certificate's signed credential, signed now if it has none yet (once: a second
    request at the same moment gets the first one's). NoSigningKey if the office has no key."""
    existing = IssuedCredential.objects.filter(certificate=certificate).first()
    if existing is not None:
        return existing
    key = OfficeKey.objects.active_for(certificate.office_id)
    signer = key.signer()
    try:
        with transaction.atomic():
            status_list = StatusList.open_for(certificate.office)
            credential = IssuedCredential(
                certificate=certificate,
                key=key,
                status_list=status_list,
                status_index=status_list.allocate(),
                signed_at=timezone.now(),
            )
            document = open_badge_credential(facts_for(certificate, credential))
            credential.jwt = jose.sign_jwt(document, signer, kid=verification_method(key))
            credential.document = dataintegrity.add_proof(
                document, signer, verification_method(key), credential.signed_at
            )
            credential.save()
            if certificate.state != Certificate.State.VALID:
                credential.set_revoked(True)
    except IntegrityError:
        # The one credential per certificate: another request signed it first. Anything else
        # (no such credential) is not that race and is raised.
        existing = IssuedCredential.objects.filter(certificate=certificate).first()
        if existing is None:
            raise
        return existing
    return credential


def did_document() -> dict:
    """Every office key, active, retired or compromised (marked `revoked`), as Multikey."""
    did = site_did()
    methods = []
    for key in OfficeKey.objects.select_related("office").order_by("office__code", "created_at"):
        method = {
            "id": verification_method(key),
            "type": "Multikey",
            "controller": did,
            "publicKeyMultibase": key.public_key_multibase,
        }
        if key.compromised_at:
            method["revoked"] = dataintegrity.xsd_datetime(key.compromised_at)
        methods.append(method)
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }


def _status_list_issuer(status_list: StatusList) -> dict:
    return {"id": site_did(), "name": status_list.office.name_kk}


def status_list_documents(status_list: StatusList) -> tuple[dict, str]:
    """The list as a signed credential (JSON-LD with its proof, and VC-JOSE), signed by the
    office's active key; kept in the shared cache until a bit changes (the key names the list's
    last change, so a flip is seen at once by every instance)."""
    cache_key = f"certificates:status:{status_list.pk}:{status_list.updated_at.timestamp()}"
    cached = cache.get(cache_key)
    if cached is not None:
        return cached
    key = OfficeKey.objects.active_for(status_list.office_id)
    signer = key.signer()
    document = statuslist.status_list_credential(
        list_url=status_list_url(status_list),
        issuer=_status_list_issuer(status_list),
        encoded_list=statuslist.encode_list(bytes(status_list.bits)),
        valid_from=status_list.updated_at,
    )
    token = jose.sign_jwt(document, signer, kid=verification_method(key))
    signed = dataintegrity.add_proof(
        document, signer, verification_method(key), status_list.updated_at
    )
    cache.set(cache_key, (signed, token), 60 * 60 * 24)
    return signed, token
