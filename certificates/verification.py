"""Checking a credential someone presents (a JWT from a QR, a JSON-LD file from a wallet) against
our own keys and status lists, with the reason in words when it fails.

The same checks as the browser's offline check (static/js/credential-verify.js), in the same
order: form, algorithm, key, signature, status, expiry.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .credentials import site_did
from .models import OfficeKey, StatusList, normalise_code
from .vc import dataintegrity, jose, statuslist

MAX_PRESENTED = 16 * 1024

MESSAGES = {
    "ok": _("The signature and the status hold: this certificate is genuine and valid."),
    "malformed": _("This is not a certificate credential, or it is damaged."),
    "algorithm": _("This credential uses a signature method we do not accept."),
    "unknown_key": _("This credential was not signed by a key of any registry office we know."),
    "revoked_key": _(
        "The key that signed this credential was withdrawn as compromised: treat the certificate "
        "as revoked."
    ),
    "signature": _(
        "The signature does not match: the credential was changed after it was signed "
        "(a name, a date, the hours or its status place)."
    ),
    "expired": _("The signature holds, but this certificate has expired."),
    "revoked": _("The signature holds, but the issuing office revoked this certificate."),
    "mismatch": _("This credential belongs to another certificate code."),
    "no_status": _("The signature holds, but its status list could not be read."),
}


@dataclass
class Verdict:
    """What a verifier learns: whether it holds, why not, and who signed it."""

    reason: str
    method: str = ""
    issuer: str = ""
    office_code: str = ""
    code: str = ""
    valid_until: str = ""
    holders: list[str] = field(default_factory=list)

    @property
    def verified(self) -> bool:
        return self.reason == "ok"

    @property
    def message(self) -> str:
        return str(MESSAGES[self.reason])

    def as_json(self) -> dict:
        return {
            "verified": self.verified,
            "reason": self.reason,
            "message": self.message,
            "verificationMethod": self.method,
            "issuer": self.issuer,
            "office": self.office_code,
            "code": self.code,
            "validUntil": self.valid_until,
            "holders": self.holders,
        }


class _Keys:
    """Our verification methods; remembers whether the one asked for is compromised."""

    def __init__(self) -> None:
        self.compromised = False
        self.office_code = ""

    def __call__(self, method: str):
        did, _hash, key_id = method.partition("#")
        if did != site_did() or not key_id:
            raise KeyError(method)
        key = OfficeKey.objects.select_related("office").filter(key_id=key_id).first()
        if key is None:
            raise KeyError(method)
        self.compromised = key.compromised_at is not None
        self.office_code = key.office.code
        return key.public_key()


def _status(credential: dict) -> str:
    """ "ok", "revoked" or "no_status", from our own list named in the credential."""
    entry = credential.get("credentialStatus")
    if not isinstance(entry, dict):
        return "no_status"
    url = str(entry.get("statusListCredential", ""))
    list_id = url.rstrip("/").rsplit("/", 1)[-1]
    office_code, _dash, number = list_id.rpartition("-")
    try:
        index = int(entry.get("statusListIndex"))
        status_list = StatusList.objects.get(office__code=office_code, number=int(number))
    except (TypeError, ValueError, StatusList.DoesNotExist):
        return "no_status"
    if not 0 <= index < statuslist.LIST_SIZE:
        return "no_status"
    return "revoked" if status_list.is_set(index) else "ok"


def _expired(credential: dict, now: datetime.datetime) -> bool:
    until = credential.get("validUntil")
    if not isinstance(until, str):
        return False
    try:
        moment = datetime.datetime.fromisoformat(until.replace("Z", "+00:00"))
    except ValueError:
        return True
    return moment < now


def verify_presented(text: str, *, expected_code: str = "") -> Verdict:
    """Verify a credential as presented: a compact JWS (VC-JOSE) or a JSON-LD document with a
    Data Integrity proof. Never raises on bad input."""
    text = (text or "").strip()
    if not text or len(text) > MAX_PRESENTED:
        return Verdict("malformed")
    keys = _Keys()
    if text.startswith("{"):
        try:
            document = json.loads(text)
        except ValueError:
            return Verdict("malformed")
        result = dataintegrity.verify_proof(document, keys)
        if not result.verified:
            return Verdict(result.reason, method=result.verification_method)
        credential, method = document, result.verification_method
    else:
        try:
            credential = jose.verify_jwt(text, keys)
        except jose.InvalidCredential as refusal:
            return Verdict(refusal.reason)
        method = ""
    return _judge(credential, keys, method, expected_code)


def _judge(credential: dict, keys: _Keys, method: str, expected_code: str) -> Verdict:
    issuer = credential.get("issuer")
    issuer_name = issuer.get("name", "") if isinstance(issuer, dict) else ""
    code = normalise_code(str(credential.get("id", "")).rstrip("/").rsplit("/", 1)[-1])
    subject = credential.get("credentialSubject") or {}
    holders = [
        str(item.get("identityHash", ""))
        for item in (subject.get("identifier") or [])
        if isinstance(item, dict)
    ]
    verdict = Verdict(
        "ok",
        method=method,
        issuer=str(issuer_name),
        office_code=keys.office_code,
        code=code,
        valid_until=str(credential.get("validUntil", "")),
        holders=holders,
    )
    if keys.compromised:
        verdict.reason = "revoked_key"
    elif expected_code and normalise_code(expected_code) != code:
        verdict.reason = "mismatch"
    else:
        status = _status(credential)
        if status != "ok":
            verdict.reason = status
        elif _expired(credential, timezone.now()):
            verdict.reason = "expired"
    return verdict
