"""Data Integrity proofs with the ``eddsa-rdfc-2022`` cryptosuite (W3C Recommendation).

The algorithms follow "Data Integrity EdDSA Cryptosuites v1.0", section 3.2: the proof
configuration (the proof options with the document's ``@context``) and the document without its
proof are each canonicalised with RDFC-1.0 and hashed with SHA-256; Ed25519 signs
``proofConfigHash || documentHash``; ``proofValue`` is the signature in Multibase base58btc.

What is signed is the RDF the JSON expands to, not the JSON. A term no context defines expands to
nothing, so it would ride along unsigned: `check_all_terms_defined` refuses such documents, both
when signing and when verifying. Contexts only ever come from the bundled files (`.contexts`).
"""

import copy
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyld import jsonld
from pyld.canon import URDNA2015

from .contexts import BundledLoader, UnknownContext, bundled_context, jsonld_options
from .contexts import document_loader as default_loader
from .multibase import multibase_decode, multibase_encode

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"

Signer = Callable[[bytes], bytes]
KeyResolver = Callable[[str], Ed25519PublicKey]
Reason = Literal["ok", "signature", "unknown_key", "malformed"]

# JSON-LD 1.1 keywords; any other "@..." key is ignored by expansion, so it would go unsigned.
_KEYWORDS = frozenset(
    {
        *("@base", "@container", "@context", "@direction", "@graph", "@id", "@import"),
        *("@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@prefix"),
        *("@propagate", "@protected", "@reverse", "@set", "@type", "@value", "@version"),
        "@vocab",
    }
)
# Maps every term no bundled context defines to an IRI we can recognise in the expansion.
_UNDEFINED = "urn:x-undefined-term:"
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|^`\\]*$")
# Characters RDFC-1.0 writes as ECHAR/UCHAR escapes that pyld's N-Quads writer (URDNA2015-era)
# writes raw; refusing them keeps pyld's output identical to RDFC-1.0's (tab, LF, CR, quote and
# backslash are escaped the same way by both).
_UNSAFE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_XSD_DATETIME = re.compile(r"^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


class UndefinedTerms(ValueError):
    """The document has content JSON-LD would drop, so a signature would not cover it."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class CanonicalizationLimit(ValueError):
    """The blank nodes would take too much work to canonicalise (a "poison" dataset)."""


@dataclass(frozen=True)
class VerificationResult:
    """The outcome of `verify_proof`; ``reason`` says why a proof did not verify."""

    verified: bool
    reason: Reason
    verification_method: str = ""
    detail: str = ""


class _BoundedRDFC(URDNA2015):
    """pyld's canonicaliser with the RDFC-1.0 safeguard against poison datasets.

    The Recommendation requires aborting on dataset poisoning. Like rdf-canonize's default
    (``maxWorkFactor`` 1), Hash N-Degree Quads may run at most once per blank node.
    """

    def __init__(self) -> None:
        super().__init__()
        self._remaining: int | None = None

    def hash_n_degree_quads(self, id_: str, issuer: Any) -> Any:
        if self._remaining is None:
            self._remaining = len(self.blank_node_info)
        if self._remaining <= 0:
            raise CanonicalizationLimit("too many deep iterations to canonicalise this document")
        self._remaining -= 1
        return super().hash_n_degree_quads(id_, issuer)


def canonicalize_dataset(dataset: dict[str, Any]) -> str:
    """RDFC-1.0 canonical N-Quads of a pyld RDF dataset, aborting on poison datasets."""
    return _BoundedRDFC().main(dataset, {"format": "application/n-quads"})


def canonicalize(document: dict[str, Any], *, document_loader: BundledLoader | None = None) -> str:
    """The RDFC-1.0 canonical N-Quads of a JSON-LD document (contexts from the bundle only)."""
    for text in _strings(document):
        if _UNSAFE_CHARACTERS.search(text):
            raise ValueError("control characters are not allowed in a signed document")
    options = jsonld_options(document_loader, produceGeneralizedRdf=False)
    dataset = jsonld.to_rdf(document, options)
    return canonicalize_dataset(dataset)


def check_all_terms_defined(
    document: dict[str, Any], *, document_loader: BundledLoader | None = None
) -> None:
    """Raise `UndefinedTerms` if expanding the document would silently drop any of it.

    pyld has no "safe mode", so the document is expanded once more with a catch-all ``@vocab``
    appended to its contexts: every term no context defines then shows up as an IRI under
    `_UNDEFINED`, and every ``id`` that is not an absolute IRI is reported too (RDF drops it).
    Contexts must be bundled URLs; embedded contexts are refused, since they could unset the
    vocabulary for a subtree.
    """
    problems: list[str] = []
    context = document.get("@context")
    urls = [context] if isinstance(context, str) else context
    if not isinstance(urls, list) or not urls or not all(isinstance(url, str) for url in urls):
        raise UndefinedTerms(["@context must be one or more URLs of bundled contexts"])
    loader = document_loader or default_loader
    problems += [f"context {url!r} is not bundled" for url in urls if url not in loader.urls]
    _check_keys(document, problems, top=True)
    if problems:
        raise UndefinedTerms(problems)

    declares_vocab = any("@vocab" in _bundled_or_empty(url) for url in urls)
    probe = dict(document)
    if not declares_vocab:
        probe["@context"] = [*urls, {"@vocab": _UNDEFINED}]
    expanded = jsonld.expand(probe, jsonld_options(loader))
    _check_expanded(expanded, problems)
    if problems:
        raise UndefinedTerms(sorted(set(problems)))


def add_proof(
    document: dict[str, Any],
    sign: Signer,
    verification_method: str,
    created: datetime,
    proof_purpose: str = "assertionMethod",
    *,
    document_loader: BundledLoader | None = None,
) -> dict[str, Any]:
    """A copy of the document with an ``eddsa-rdfc-2022`` DataIntegrityProof.

    `sign` receives the 64 bytes of hash data and returns the Ed25519 signature, so the private
    key can stay in an HSM or a KMS.
    """
    if "proof" in document:
        raise ValueError("the document already has a proof (proof sets are not supported)")
    unsecured = copy.deepcopy(document)
    proof: dict[str, Any] = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": xsd_datetime(created),
        "verificationMethod": verification_method,
        "proofPurpose": proof_purpose,
    }
    hash_data = _hash_data(unsecured, proof, document_loader)
    signature = sign(hash_data)
    if not isinstance(signature, bytes) or len(signature) != 64:
        raise ValueError("an Ed25519 signature is 64 bytes")
    proof["proofValue"] = multibase_encode(signature)
    return {**unsecured, "proof": proof}


def verify_proof(
    document: Any,
    resolve_key: KeyResolver,
    *,
    expected_proof_purpose: str | None = "assertionMethod",
    document_loader: BundledLoader | None = None,
) -> VerificationResult:
    """Verify an ``eddsa-rdfc-2022`` proof; never fetches anything.

    `resolve_key` maps the proof's ``verificationMethod`` to an Ed25519 public key and raises
    KeyError for a method it does not know (or no longer trusts).
    """
    if not isinstance(document, dict) or not isinstance(document.get("proof"), dict):
        return _malformed("", "the document has no proof object")
    proof = document["proof"]
    method = proof.get("verificationMethod")
    if not isinstance(method, str) or not method:
        return _malformed("", "the proof has no verificationMethod")
    if proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE:
        return _malformed(method, f"not a {PROOF_TYPE} with the {CRYPTOSUITE} cryptosuite")
    if not isinstance(proof.get("proofPurpose"), str):
        return _malformed(method, "the proof has no proofPurpose")
    if expected_proof_purpose is not None and proof["proofPurpose"] != expected_proof_purpose:
        return _malformed(method, f"the proof purpose is not {expected_proof_purpose}")
    created = proof.get("created")
    if created is not None and not _is_xsd_datetime(created):
        return _malformed(method, "created is not an XML Schema dateTime")
    try:
        signature = multibase_decode(proof.get("proofValue"))
    except ValueError as error:
        return _malformed(method, f"proofValue: {error}")
    if len(signature) != 64:
        return _malformed(method, "proofValue is not a 64-byte Ed25519 signature")

    unsecured = {key: value for key, value in document.items() if key != "proof"}
    options = {key: value for key, value in proof.items() if key != "proofValue"}
    try:
        hash_data = _hash_data(unsecured, options, document_loader)
    except Exception as error:  # whatever the JSON-LD processing of untrusted input raises
        return _malformed(method, f"{type(error).__name__}: {error}")

    try:
        public_key = resolve_key(method)
    except KeyError:
        return VerificationResult(
            False, "unknown_key", method, "the verification method is unknown"
        )
    if not isinstance(public_key, Ed25519PublicKey):
        raise TypeError("resolve_key must return an Ed25519PublicKey")
    try:
        public_key.verify(signature, hash_data)
    except InvalidSignature:
        return VerificationResult(False, "signature", method, "the signature does not match")
    return VerificationResult(True, "ok", method)


def xsd_datetime(value: datetime) -> str:
    """An XML Schema dateTime in UTC to the second, e.g. ``2023-02-24T23:36:38Z``."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a naive datetime is ambiguous: give it a time zone")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _hash_data(
    unsecured: dict[str, Any], options: dict[str, Any], loader: BundledLoader | None
) -> bytes:
    """Sections 3.2.3-3.2.5: transformation, proof configuration and hashing."""
    if options.get("type") != PROOF_TYPE or options.get("cryptosuite") != CRYPTOSUITE:
        raise ValueError(f"not a {PROOF_TYPE} with the {CRYPTOSUITE} cryptosuite")
    if "created" in options and not _is_xsd_datetime(options["created"]):
        raise ValueError("created is not an XML Schema dateTime")
    proof_config = {**options, "@context": unsecured.get("@context")}
    check_all_terms_defined(unsecured, document_loader=loader)
    check_all_terms_defined(proof_config, document_loader=loader)
    canonical_proof_config = canonicalize(proof_config, document_loader=loader)
    canonical_document = canonicalize(unsecured, document_loader=loader)
    return (
        hashlib.sha256(canonical_proof_config.encode("utf-8")).digest()
        + hashlib.sha256(canonical_document.encode("utf-8")).digest()
    )


def _malformed(method: str, detail: str) -> VerificationResult:
    return VerificationResult(False, "malformed", method, detail)


def _is_xsd_datetime(value: Any) -> bool:
    if not isinstance(value, str) or not _XSD_DATETIME.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _bundled_or_empty(url: str) -> dict[str, Any]:
    try:
        context = bundled_context(url).get("@context", {})
    except UnknownContext:
        return {}
    return context if isinstance(context, dict) else {}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _check_keys(value: Any, problems: list[str], *, top: bool = False) -> None:
    if isinstance(value, list):
        for item in value:
            _check_keys(item, problems)
        return
    if not isinstance(value, dict):
        return
    for key, item in value.items():
        if key == "@context" and not top:
            problems.append("embedded @context is not accepted")
        elif key == "@direction":
            problems.append("@direction is dropped by RDF canonicalisation")
        elif key.startswith("@") and key not in _KEYWORDS:
            problems.append(f"{key!r} is not a JSON-LD keyword")
        if key != "@context":
            _check_keys(item, problems)


def _check_expanded(value: Any, problems: list[str]) -> None:
    if isinstance(value, list):
        for item in value:
            _check_expanded(item, problems)
        return
    if not isinstance(value, dict):
        return
    for key, item in value.items():
        if key.startswith(_UNDEFINED):
            problems.append(f"term {key[len(_UNDEFINED) :]!r} is not defined by any context")
        if key == "@id":
            if isinstance(item, str) and item.startswith(_UNDEFINED):
                problems.append(f"value {item[len(_UNDEFINED) :]!r} is not defined by any context")
            elif not (isinstance(item, str) and (item.startswith("_:") or _is_iri(item))):
                problems.append(f"id {item!r} is not an absolute IRI")
        elif key == "@type":
            for name in item if isinstance(item, list) else [item]:
                if name == "@json":
                    continue
                if isinstance(name, str) and name.startswith(_UNDEFINED):
                    problems.append(
                        f"type {name[len(_UNDEFINED) :]!r} is not defined by any context"
                    )
                elif not (isinstance(name, str) and (name.startswith("_:") or _is_iri(name))):
                    problems.append(f"type {name!r} is not an absolute IRI")
        elif key != "@value":
            _check_expanded(item, problems)


def _is_iri(text: str) -> bool:
    return bool(_ABSOLUTE_IRI.match(text)) and not text.startswith(_UNDEFINED)
