"""An independent verifier for the tests, written from the specification texts only.

It shares no code with `certificates.vc` (no import of it at all), so a mistake there is not
repeated here. It reads the same bundled context files, through a loader of its own.

* eddsa-rdfc-2022: "Data Integrity EdDSA Cryptosuites v1.0", 3.2.2 Verify Proof, 3.2.3
  Transformation, 3.2.4 Hashing, 3.2.5 Proof Configuration, 3.2.7 Proof Verification.
* VC-JOSE: "Securing Verifiable Credentials using JOSE and COSE", 3.1.1, with RFC 7515 (JWS
  compact serialization) and RFC 8037 (EdDSA).
"""

import base64
import hashlib
import json
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyld import jsonld
from pyld.context_resolver import ContextResolver

CONTEXT_DIRECTORY = Path(__file__).resolve().parents[2] / "certificates" / "vc" / "contexts"
CONTEXT_FILES = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.json",
    "https://www.w3.org/ns/credentials/examples/v2": "credentials-examples-v2.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob-v3p0-context-3.0.3.json",
}
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


class SpecVerificationError(Exception):
    """The document or token does not verify by the specification's algorithm."""


def base58btc_decode(text: str) -> bytes:
    value = 0
    for char in text:
        value = value * 58 + BASE58.index(char)
    leading = len(text) - len(text.lstrip("1"))
    return b"\x00" * leading + (value.to_bytes((value.bit_length() + 7) // 8, "big"))


def ed25519_from_multikey(public_key_multibase: str) -> Ed25519PublicKey:
    """Controlled Identifiers v1.0, Multikey: 'z' + base58btc(0xed 0x01 || 32-byte key)."""
    assert public_key_multibase.startswith("z")
    data = base58btc_decode(public_key_multibase[1:])
    assert data[:2] == b"\xed\x01" and len(data) == 34
    return Ed25519PublicKey.from_public_bytes(data[2:])


def _loader(url, options=None):
    if url not in CONTEXT_FILES:
        raise SpecVerificationError(f"context not available offline: {url}")
    document = json.loads((CONTEXT_DIRECTORY / CONTEXT_FILES[url]).read_text("utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


def rdfc_canonical_nquads(document: dict) -> str:
    """Convert to RDF, canonicalise (RDFC-1.0, the algorithm pyld calls URDNA2015)."""
    return jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": _loader,
            "contextResolver": ContextResolver({}, _loader),
        },
    )


def verify_eddsa_rdfc_2022(secured_document: dict, public_key: Ed25519PublicKey) -> dict:
    """3.2.2 Verify Proof; returns the verified (unsecured) document or raises."""
    proof = secured_document["proof"]
    if proof.get("type") != "DataIntegrityProof" or proof.get("cryptosuite") != "eddsa-rdfc-2022":
        raise SpecVerificationError("not an eddsa-rdfc-2022 DataIntegrityProof")
    # 1. unsecuredDocument: a copy of securedDocument with the proof value removed.
    unsecured_document = {k: v for k, v in secured_document.items() if k != "proof"}
    # 2. proofOptions: a copy of securedDocument.proof with proofValue removed.
    proof_options = {k: v for k, v in proof.items() if k != "proofValue"}
    # 3. proofBytes: the Multibase-decoded base58-btc value of proofValue.
    if not proof["proofValue"].startswith("z"):
        raise SpecVerificationError("proofValue is not base58-btc Multibase")
    proof_bytes = base58btc_decode(proof["proofValue"][1:])
    # 4. 3.2.3 Transformation: canonical N-Quads of the unsecured document.
    transformed_data = rdfc_canonical_nquads(unsecured_document)
    # 5. 3.2.5 Proof Configuration: proof options with the document's @context, canonicalised.
    proof_config = dict(proof_options)
    proof_config["@context"] = unsecured_document["@context"]
    canonical_proof_config = rdfc_canonical_nquads(proof_config)
    # 6. 3.2.4 Hashing: SHA-256(canonicalProofConfig) || SHA-256(transformedDocument).
    hash_data = (
        hashlib.sha256(canonical_proof_config.encode("utf-8")).digest()
        + hashlib.sha256(transformed_data.encode("utf-8")).digest()
    )
    # 7. 3.2.7 Proof Verification: Ed25519 (pure EdDSA) over hashData.
    try:
        public_key.verify(proof_bytes, hash_data)
    except InvalidSignature:
        raise SpecVerificationError("signature does not verify") from None
    return unsecured_document


def _b64url_decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def verify_vc_jwt(token: str, public_key: Ed25519PublicKey) -> dict:
    """RFC 7515 5.2 (compact) with alg EdDSA (RFC 8037); returns the credential (the payload)."""
    header_segment, payload_segment, signature_segment = token.split(".")
    header = json.loads(_b64url_decode(header_segment))
    if header.get("alg") != "EdDSA":
        raise SpecVerificationError("alg is not EdDSA")
    if "crit" in header:
        raise SpecVerificationError("crit is not understood")
    if header.get("typ", "vc+jwt") != "vc+jwt":
        raise SpecVerificationError("typ is not vc+jwt")
    signing_input = (header_segment + "." + payload_segment).encode("ascii")
    try:
        public_key.verify(_b64url_decode(signature_segment), signing_input)
    except InvalidSignature:
        raise SpecVerificationError("JWS signature does not verify") from None
    return json.loads(_b64url_decode(payload_segment).decode("utf-8"))
