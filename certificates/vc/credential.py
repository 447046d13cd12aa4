"""The certificate as an Open Badges 3.0 ``OpenBadgeCredential`` (a W3C VC 2.0 credential).

Kept small on purpose: the signed JWT rides in a QR code. The choices, each from the specs:

* names in kk/ru/en: VC 2.0 language value objects (``{"@value", "@language"}``, section 11.1),
  the pattern VC 2.0 example 6 uses for a subject's ``degree.name``, on the OB 3.0
  ``Achievement.name``. JSON-LD keeps all three as language-tagged strings.
* hours: OB 3.0 ``Achievement.creditsAvailable`` ("Credit hours associated with this entity"),
  an ``xsd:float`` in the OB 3.0.3 context, written as a JSON number.
* holders: OB 3.0 ``AchievementSubject.identifier``, one ``IdentityObject`` per holder with
  ``identityType`` ``name`` (IdentifierTypeEnum), ``hashed`` false and the masked name as
  ``identityHash``. Only masked names: an IIN (or any digit) is refused.
"""

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from .contexts import OB_V3P0, VC_V2
from .dataintegrity import xsd_datetime
from .statuslist import status_entry

CONTEXT = [VC_V2, OB_V3P0]
TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


@dataclass(frozen=True)
class CredentialFacts:
    """What a certificate says, already in the words a credential uses.

    ``holders`` are masked names such as "Ай*** Н***", never an IIN.
    """

    id: str
    issuer_id: str
    issuer_name: str
    achievement_id: str
    achievement_names: dict[str, str]
    achievement_description: str
    criteria_narrative: str
    hours: Decimal
    holders: list[str]
    valid_from: datetime
    status_list_url: str
    status_index: int
    issuer_url: str | None = None
    valid_until: datetime | None = None


def open_badge_credential(facts: CredentialFacts) -> dict[str, Any]:
    """The unsigned OpenBadgeCredential for `facts` (sign it with `.jose` or `.dataintegrity`)."""
    issuer: dict[str, Any] = {"id": facts.issuer_id, "type": ["Profile"], "name": facts.issuer_name}
    if facts.issuer_url:
        issuer["url"] = facts.issuer_url
    credential: dict[str, Any] = {
        "@context": list(CONTEXT),
        "id": facts.id,
        "type": list(TYPES),
        "issuer": issuer,
        "validFrom": xsd_datetime(facts.valid_from),
    }
    if facts.valid_until is not None:
        if facts.valid_until <= facts.valid_from:
            raise ValueError("validUntil must be after validFrom")
        credential["validUntil"] = xsd_datetime(facts.valid_until)
    credential["credentialSubject"] = {
        "type": ["AchievementSubject"],
        "identifier": [_identity(holder) for holder in _holders(facts.holders)],
        "achievement": {
            "id": facts.achievement_id,
            "type": ["Achievement"],
            "name": language_values(facts.achievement_names),
            "description": facts.achievement_description,
            "criteria": {"narrative": facts.criteria_narrative},
            "creditsAvailable": json_number(facts.hours),
        },
    }
    credential["credentialStatus"] = status_entry(facts.status_list_url, facts.status_index)
    return credential


def language_values(texts: dict[str, str]) -> list[dict[str, str]]:
    """VC 2.0 language value objects, in the order given (e.g. kk, ru, en)."""
    if not texts:
        raise ValueError("at least one language is needed")
    values = []
    for language, text in texts.items():
        if not _LANGUAGE_TAG.match(language):
            raise ValueError(f"not a BCP 47 language tag: {language!r}")
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"the {language} text is empty")
        values.append({"@value": text, "@language": language})
    return values


def json_number(value: Decimal) -> int | float:
    """A Decimal as the JSON number an ``xsd:float`` term expects (12, not 12.0). Zero is
    allowed: study time is counted from visible pages, and a course finished in a few minutes
    rounds down to 0.0 hours."""
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise ValueError("hours must be a non-negative, finite Decimal")
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _holders(holders: list[str]) -> list[str]:
    if not holders:
        raise ValueError("a credential needs at least one holder")
    for holder in holders:
        if not isinstance(holder, str) or not holder.strip():
            raise ValueError("a holder is a masked name")
        if any(char.isdigit() for char in holder):
            raise ValueError("a holder is a masked name; digits (an IIN?) are never published")
    return holders


def _identity(masked_name: str) -> dict[str, Any]:
    return {
        "type": "IdentityObject",
        "identityHash": masked_name,
        "identityType": "name",
        "hashed": False,
    }
