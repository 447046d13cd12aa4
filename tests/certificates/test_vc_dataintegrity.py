"""eddsa-rdfc-2022 Data Integrity proofs: the W3C test vector, an independent verifier,
tampering, and documents that must be refused rather than half-signed."""

import copy
import random
import socket
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyld import jsonld

from certificates.vc import contexts, dataintegrity, multibase
from certificates.vc.credential import open_badge_credential
from certificates.vc.dataintegrity import (
    CanonicalizationLimit,
    UndefinedTerms,
    add_proof,
    canonicalize,
    check_all_terms_defined,
    verify_proof,
)
from tests.certificates import spec_verifier
from tests.certificates.test_vc_credential import demo_facts

# "Data Integrity EdDSA Cryptosuites v1.0", Appendix B.1, from w3c/vc-di-eddsa TestVectors/
# (keyPair.json, unsigned.json, eddsa-rdfc-2022/*), copied verbatim.
W3C_KEY_PAIR = {
    "publicKeyMultibase": "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
    "privateKeyMultibase": "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq",
}
W3C_UNSIGNED = {
    "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://www.w3.org/ns/credentials/examples/v2",
    ],
    "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
    "type": ["VerifiableCredential", "AlumniCredential"],
    "name": "Alumni Credential",
    "description": "A minimum viable example of an Alumni Credential.",
    "issuer": "https://vc.example/issuers/5678",
    "validFrom": "2023-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
}
W3C_VERIFICATION_METHOD = (
    "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
    "#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
)
W3C_CREATED = datetime(2023, 2, 24, 23, 36, 38, tzinfo=UTC)
W3C_PROOF = {
    "type": "DataIntegrityProof",
    "cryptosuite": "eddsa-rdfc-2022",
    "created": "2023-02-24T23:36:38Z",
    "verificationMethod": W3C_VERIFICATION_METHOD,
    "proofPurpose": "assertionMethod",
    "proofValue": (
        "z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme"
    ),
}
W3C_CANONICAL_DOCUMENT = (
    "<did:example:abcdefgh> <https://www.w3.org/ns/credentials/examples#alumniOf> "
    '"The School of Examples" .\n'
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> "
    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    "<https://www.w3.org/2018/credentials#VerifiableCredential> .\n"
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> "
    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    "<https://www.w3.org/ns/credentials/examples#AlumniCredential> .\n"
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/description> "
    '"A minimum viable example of an Alumni Credential." .\n'
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/name> "
    '"Alumni Credential" .\n'
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> "
    "<https://www.w3.org/2018/credentials#credentialSubject> <did:example:abcdefgh> .\n"
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#issuer> "
    "<https://vc.example/issuers/5678> .\n"
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> "
    '<https://www.w3.org/2018/credentials#validFrom> "2023-01-01T00:00:00Z"'
    "^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n"
)
W3C_CANONICAL_PROOF_CONFIG = (
    '_:c14n0 <http://purl.org/dc/terms/created> "2023-02-24T23:36:38Z"'
    "^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n"
    "_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    "<https://w3id.org/security#DataIntegrityProof> .\n"
    '_:c14n0 <https://w3id.org/security#cryptosuite> "eddsa-rdfc-2022"'
    "^^<https://w3id.org/security#cryptosuiteString> .\n"
    "_:c14n0 <https://w3id.org/security#proofPurpose> "
    "<https://w3id.org/security#assertionMethod> .\n"
    "_:c14n0 <https://w3id.org/security#verificationMethod> "
    "<did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
    "#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2> .\n"
)
W3C_HASH_DATA = (
    "bea7b7acfbad0126b135104024a5f1733e705108f42d59668b05c0c50004c6b0"
    "517744132ae165a5349155bef0bb0cf2258fff99dfe1dbd914b938d775a36017"
)

VM = "did:web:otbasy.kz#astana-1-20250601-a1b2c3"
CREATED = datetime(2025, 6, 1, 10, 0, 5, tzinfo=UTC)
KEY = Ed25519PrivateKey.generate()
KEYS = {VM: KEY.public_key()}


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Verification must never reach the network: any attempt is recorded and fails the test."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access is not allowed in these tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield
    assert attempts == []


@pytest.fixture
def signed():
    return add_proof(open_badge_credential(demo_facts()), KEY.sign, VM, CREATED)


# --- the W3C test vector -------------------------------------------------------------------


def test_w3c_test_vector_canonical_forms_and_hash():
    loader = contexts.examples_document_loader
    assert canonicalize(W3C_UNSIGNED, document_loader=loader) == W3C_CANONICAL_DOCUMENT
    proof_config = {k: v for k, v in W3C_PROOF.items() if k != "proofValue"}
    proof_config["@context"] = W3C_UNSIGNED["@context"]
    assert canonicalize(proof_config, document_loader=loader) == W3C_CANONICAL_PROOF_CONFIG
    assert dataintegrity._hash_data(W3C_UNSIGNED, proof_config, loader).hex() == W3C_HASH_DATA


def test_w3c_test_vector_proof_value_is_reproduced_exactly():
    """Ed25519 is deterministic: the spec's key must give the spec's exact proofValue."""
    private_key = multibase.private_key_from_multibase(W3C_KEY_PAIR["privateKeyMultibase"])
    public = multibase.public_key_multibase(private_key.public_key())
    assert public == W3C_KEY_PAIR["publicKeyMultibase"]
    secured = add_proof(
        W3C_UNSIGNED,
        private_key.sign,
        W3C_VERIFICATION_METHOD,
        W3C_CREATED,
        document_loader=contexts.examples_document_loader,
    )
    assert secured == {**W3C_UNSIGNED, "proof": W3C_PROOF}


def test_w3c_signed_credential_verifies_with_both_verifiers():
    secured = {**W3C_UNSIGNED, "proof": W3C_PROOF}
    public_key = multibase.public_key_from_multibase(W3C_KEY_PAIR["publicKeyMultibase"])
    result = verify_proof(
        secured,
        {W3C_VERIFICATION_METHOD: public_key}.__getitem__,
        document_loader=contexts.examples_document_loader,
    )
    assert result == dataintegrity.VerificationResult(True, "ok", W3C_VERIFICATION_METHOD)
    independent = spec_verifier.ed25519_from_multikey(W3C_KEY_PAIR["publicKeyMultibase"])
    assert spec_verifier.verify_eddsa_rdfc_2022(secured, independent) == W3C_UNSIGNED


def test_the_production_loader_refuses_the_examples_context():
    secured = {**W3C_UNSIGNED, "proof": W3C_PROOF}
    public_key = multibase.public_key_from_multibase(W3C_KEY_PAIR["publicKeyMultibase"])
    result = verify_proof(secured, lambda method: public_key)
    assert (result.verified, result.reason) == (False, "malformed")


# --- our credential ------------------------------------------------------------------------


def test_signed_credential_verifies_with_the_independent_verifier(signed):
    assert signed["proof"]["created"] == "2025-06-01T10:00:05Z"
    assert signed["proof"]["proofValue"].startswith("z")
    assert verify_proof(signed, KEYS.__getitem__) == dataintegrity.VerificationResult(
        True, "ok", VM
    )
    unsigned = spec_verifier.verify_eddsa_rdfc_2022(signed, KEY.public_key())
    assert unsigned == open_badge_credential(demo_facts())


def test_add_proof_leaves_the_input_alone_and_refuses_a_second_proof(signed):
    credential = open_badge_credential(demo_facts())
    before = copy.deepcopy(credential)
    add_proof(credential, KEY.sign, VM, CREATED)
    assert credential == before
    with pytest.raises(ValueError, match="already has a proof"):
        add_proof(signed, KEY.sign, VM, CREATED)
    with pytest.raises(ValueError, match="64 bytes"):
        add_proof(credential, lambda data: b"short", VM, CREATED)


def test_sign_is_a_callable_receiving_the_64_bytes_of_hash_data():
    seen = []

    def hsm(data: bytes) -> bytes:
        seen.append(data)
        return KEY.sign(data)

    secured = add_proof(open_badge_credential(demo_facts()), hsm, VM, CREATED)
    assert len(seen) == 1 and len(seen[0]) == 64
    assert verify_proof(secured, KEYS.__getitem__).verified


def _tamper_name(document):
    document["credentialSubject"]["achievement"]["name"][1]["@value"] = "Курс вождения"


def _tamper_holder(document):
    document["credentialSubject"]["identifier"][0]["identityHash"] = "Ал*** Н***"


def _tamper_date(document):
    document["validFrom"] = "2025-06-02T10:00:00Z"


def _tamper_hours(document):
    document["credentialSubject"]["achievement"]["creditsAvailable"] = 13


def _tamper_status_index(document):
    document["credentialStatus"]["statusListIndex"] = "94568"


def _tamper_proof_created(document):
    document["proof"]["created"] = "2025-06-01T10:00:06Z"


def _tamper_language(document):
    document["credentialSubject"]["achievement"]["name"][0]["@language"] = "ru"


@pytest.mark.parametrize(
    "tamper",
    [
        _tamper_name,
        _tamper_holder,
        _tamper_date,
        _tamper_hours,
        _tamper_status_index,
        _tamper_proof_created,
        _tamper_language,
    ],
)
def test_any_change_breaks_the_signature(signed, tamper):
    tampered = copy.deepcopy(signed)
    tamper(tampered)
    assert verify_proof(tampered, KEYS.__getitem__) == dataintegrity.VerificationResult(
        False, "signature", VM, "the signature does not match"
    )
    with pytest.raises(spec_verifier.SpecVerificationError):
        spec_verifier.verify_eddsa_rdfc_2022(tampered, KEY.public_key())


def test_another_key_is_a_bad_signature_and_an_unknown_one_is_unknown(signed):
    other = Ed25519PrivateKey.generate().public_key()
    assert verify_proof(signed, lambda method: other).reason == "signature"
    result = verify_proof(signed, {}.__getitem__)
    assert (result.verified, result.reason, result.verification_method) == (
        False,
        "unknown_key",
        VM,
    )


def _no_proof(document):
    del document["proof"]


def _proof_list(document):
    document["proof"] = [document["proof"]]


def _other_cryptosuite(document):
    document["proof"]["cryptosuite"] = "eddsa-jcs-2022"


def _other_type(document):
    document["proof"]["type"] = "Ed25519Signature2020"


def _other_purpose(document):
    document["proof"]["proofPurpose"] = "authentication"


def _base64_proof_value(document):
    document["proof"]["proofValue"] = "u" + document["proof"]["proofValue"][1:]


def _not_base58(document):
    document["proof"]["proofValue"] = "z0OIl" + document["proof"]["proofValue"][5:]


def _short_signature(document):
    document["proof"]["proofValue"] = document["proof"]["proofValue"][:40]


def _bad_created(document):
    document["proof"]["created"] = "yesterday"


def _undefined_term(document):
    document["credentialSubject"]["achievement"]["grade"] = "A+"


def _undefined_type(document):
    document["type"].append("MarriageCertificate")


def _relative_id(document):
    document["credentialSubject"]["achievement"]["id"] = "courses/1/"


def _unbundled_context(document):
    document["@context"].append("https://evil.example/context.json")


def _embedded_context(document):
    document["@context"].append({"grade": "https://example.org/grade"})


def _unknown_keyword(document):
    document["@foo"] = "bar"


def _no_verification_method(document):
    del document["proof"]["verificationMethod"]


@pytest.mark.parametrize(
    "break_it",
    [
        _no_proof,
        _proof_list,
        _other_cryptosuite,
        _other_type,
        _other_purpose,
        _base64_proof_value,
        _not_base58,
        _short_signature,
        _bad_created,
        _undefined_term,
        _undefined_type,
        _relative_id,
        _unbundled_context,
        _embedded_context,
        _unknown_keyword,
        _no_verification_method,
    ],
)
def test_malformed_documents_are_refused(signed, break_it):
    broken = copy.deepcopy(signed)
    break_it(broken)
    result = verify_proof(broken, KEYS.__getitem__)
    assert (result.verified, result.reason) == (False, "malformed"), result.detail


@pytest.mark.parametrize("document", [None, [], "text", {"proof": "z123"}])
def test_verify_proof_never_raises_on_junk(document):
    assert verify_proof(document, KEYS.__getitem__).reason == "malformed"


def _containers(value, found):
    """Every (container, key-or-index) pair in a JSON value, depth first."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in list(items):
        found.append((value, key))
        if isinstance(item, (dict, list)):
            _containers(item, found)
    return found


def test_structural_mutations_never_raise(signed):
    junk = [None, 0, -1.5, True, "", "x", "did:web:x", [], {}, [None], {"@id": 5}, {"@value": []}]
    junk += [{"@context": 5}, {"@list": [{"@list": []}]}, {"@type": "@json", "@value": {}}]
    rng = random.Random(20250601)
    for _ in range(300):
        document = copy.deepcopy(signed)
        for _ in range(rng.randint(1, 2)):
            container, key = rng.choice(_containers(document, []))
            container[key] = copy.deepcopy(rng.choice(junk))
        result = verify_proof(document, KEYS.__getitem__)
        assert result.reason in {"ok", "signature", "unknown_key", "malformed"}
        assert result.verified == (result.reason == "ok")


def test_deeply_nested_documents_are_malformed_not_a_crash(signed):
    document = copy.deepcopy(signed)
    nested: dict = {}
    cursor = nested
    for _ in range(5000):
        cursor["credentialSubject"] = {}
        cursor = cursor["credentialSubject"]
    document["credentialSubject"]["achievement"]["criteria"] = nested
    assert verify_proof(document, KEYS.__getitem__).reason == "malformed"


# --- JSON-LD hygiene -----------------------------------------------------------------------


def test_check_all_terms_defined_names_what_would_be_dropped():
    credential = open_badge_credential(demo_facts())
    credential["colour"] = "blue"
    credential["credentialSubject"]["achievement"]["type"].append("Diploma")
    with pytest.raises(UndefinedTerms) as error:
        check_all_terms_defined(credential)
    assert error.value.problems == [
        "term 'colour' is not defined by any context",
        "type 'Diploma' is not defined by any context",
    ]
    with pytest.raises(UndefinedTerms):
        add_proof(credential, KEY.sign, VM, CREATED)


def test_a_did_document_with_a_multikey_expands_fully():
    """The DID document the site publishes (Controlled Identifiers, Multikey) loses nothing."""
    did_document = {
        "@context": [contexts.DID_V1, contexts.MULTIKEY_V1],
        "id": "did:web:otbasy.kz",
        "verificationMethod": [
            {
                "id": VM,
                "type": "Multikey",
                "controller": "did:web:otbasy.kz",
                "publicKeyMultibase": multibase.public_key_multibase(KEY.public_key()),
            }
        ],
        "assertionMethod": [VM],
    }
    check_all_terms_defined(did_document)
    assert "Multikey" in canonicalize(did_document)


def test_the_data_integrity_context_defines_the_proof_terms():
    document = {
        "@context": [contexts.VC_V2, contexts.DATA_INTEGRITY_V2],
        "type": ["VerifiableCredential"],
        "issuer": "did:web:otbasy.kz",
        "credentialSubject": {"id": "did:web:otbasy.kz"},
    }
    secured = add_proof(document, KEY.sign, VM, CREATED)
    assert verify_proof(secured, KEYS.__getitem__).verified


def test_control_characters_are_refused_so_pyld_output_stays_rdfc_1_0():
    """pyld writes these raw where RDFC-1.0 writes ECHAR/UCHAR escapes; they never get signed.
    Tab, line feed, carriage return, quote and backslash are escaped alike by both."""
    credential = open_badge_credential(demo_facts(criteria_narrative="Бөлім\x08\x0c"))
    with pytest.raises(ValueError, match="control characters"):
        add_proof(credential, KEY.sign, VM, CREATED)
    fine = open_badge_credential(demo_facts(criteria_narrative='1.\tСабақ\n2. "Тест"\r\\'))
    assert "\\t" in canonicalize(fine) and '\\"' in canonicalize(fine)
    assert verify_proof(add_proof(fine, KEY.sign, VM, CREATED), KEYS.__getitem__).verified


def test_poison_datasets_are_refused():
    """W3C rdf-canon test074 (negative): a 10-node clique of blank nodes must be refused."""
    nquads = "".join(
        f"_:e{i} <http:/example.com/p> _:e{j} .\n" for i in range(10) for j in range(10)
    )
    with pytest.raises(CanonicalizationLimit):
        dataintegrity.canonicalize_dataset(jsonld.JsonLdProcessor.parse_nquads(nquads))
    diamond = "_:a <http:/example.com/p> _:b .\n_:a <http:/example.com/p> _:c .\n"
    assert dataintegrity.canonicalize_dataset(jsonld.JsonLdProcessor.parse_nquads(diamond))


def test_identical_masked_holders_still_canonicalise():
    """Two holders can mask to the same text: their identical blank nodes stay within bounds."""
    credential = open_badge_credential(demo_facts(holders=["Ай*** Н***", "Ай*** Н***"]))
    secured = add_proof(credential, KEY.sign, VM, CREATED)
    assert verify_proof(secured, KEYS.__getitem__).verified
    assert spec_verifier.verify_eddsa_rdfc_2022(secured, KEY.public_key()) == credential


def test_xsd_datetime_is_utc_to_the_second():
    from datetime import timedelta, timezone

    almaty = timezone(timedelta(hours=5))
    value = datetime(2025, 6, 1, 15, 0, 5, 999999, tzinfo=almaty)
    assert dataintegrity.xsd_datetime(value) == "2025-06-01T10:00:05Z"
