"""The certificate as an Open Badges 3.0 credential: shape, languages, holders, size."""

import json
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyld import jsonld

from certificates.vc import contexts, dataintegrity, jose
from certificates.vc.credential import CredentialFacts, language_values, open_badge_credential

SCHEMA_NAME = "https://schema.org/name"
OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"
KID = "did:web:otbasy.kz#astana-1-20250601-a1b2c3"


def demo_facts(**changes) -> CredentialFacts:
    """A realistic certificate: a registry office in Astana, a couple, a 12-hour course."""
    facts = {
        "id": "https://otbasy.kz/api/credentials/K7QM4XPA9RTD/",
        "issuer_id": "did:web:otbasy.kz",
        "issuer_name": "Астана қаласының АХАЖ бөлімі",
        "achievement_id": "https://otbasy.kz/kk/courses/nekege-dayyndyq/",
        "achievement_names": {
            "kk": "Некеге дайындық курсы",
            "ru": "Курс подготовки к браку",
            "en": "Premarital course",
        },
        "achievement_description": "Болашақ жұбайларға арналған курс",
        "criteria_narrative": "Барлық сабақтар мен тесттер өтті",
        "hours": Decimal("12"),
        "holders": ["Ай*** Н***", "Ер*** С***"],
        "valid_from": datetime(2025, 6, 1, 10, 0, tzinfo=UTC),
        "status_list_url": "https://otbasy.kz/api/credentials/status/1/",
        "status_index": 94567,
    }
    facts.update(changes)
    return CredentialFacts(**facts)


def test_open_badge_credential_shape():
    credential = open_badge_credential(demo_facts(issuer_url="https://otbasy.kz/"))
    assert credential["@context"] == [contexts.VC_V2, contexts.OB_V3P0]
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["issuer"] == {
        "id": "did:web:otbasy.kz",
        "type": ["Profile"],
        "name": "Астана қаласының АХАЖ бөлімі",
        "url": "https://otbasy.kz/",
    }
    assert credential["validFrom"] == "2025-06-01T10:00:00Z"
    assert "validUntil" not in credential
    subject = credential["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["achievement"]["creditsAvailable"] == 12
    assert subject["achievement"]["criteria"] == {"narrative": "Барлық сабақтар мен тесттер өтті"}
    assert credential["credentialStatus"] == {
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "94567",
        "statusListCredential": "https://otbasy.kz/api/credentials/status/1/",
    }
    dataintegrity.check_all_terms_defined(credential)


def test_valid_until_is_after_valid_from():
    until = datetime(2030, 6, 1, tzinfo=UTC)
    assert open_badge_credential(demo_facts(valid_until=until))["validUntil"] == (
        "2030-06-01T00:00:00Z"
    )
    with pytest.raises(ValueError):
        open_badge_credential(demo_facts(valid_until=datetime(2020, 1, 1, tzinfo=UTC)))
    with pytest.raises(ValueError, match="naive"):
        open_badge_credential(demo_facts(valid_from=datetime(2025, 6, 1)))


def test_the_three_languages_survive_json_ld_expansion():
    credential = open_badge_credential(demo_facts())
    expanded = jsonld.expand(credential, contexts.jsonld_options())
    subject = expanded[0]["https://www.w3.org/2018/credentials#credentialSubject"][0]
    achievement = subject[OB + "achievement"][0]
    names = {(name["@language"], name["@value"]) for name in achievement[SCHEMA_NAME]}
    assert names == {
        ("kk", "Некеге дайындық курсы"),
        ("ru", "Курс подготовки к браку"),
        ("en", "Premarital course"),
    }
    nquads = dataintegrity.canonicalize(credential)
    assert '"Некеге дайындық курсы"@kk' in nquads
    assert '"Курс подготовки к браку"@ru' in nquads
    assert '"Premarital course"@en' in nquads


def test_hours_are_credits_available_as_a_json_number():
    half = open_badge_credential(demo_facts(hours=Decimal("12.5")))
    assert half["credentialSubject"]["achievement"]["creditsAvailable"] == 12.5
    nquads = dataintegrity.canonicalize(half)
    assert f'<{OB}creditsAvailable> "1.25E1"^^' in nquads
    for bad in (Decimal("-1"), Decimal("NaN"), Decimal("Infinity")):
        with pytest.raises(ValueError):
            open_badge_credential(demo_facts(hours=bad))
    # A course finished in a few minutes rounds down to 0.0 hours: still a credential.
    zero = open_badge_credential(demo_facts(hours=Decimal("0.0")))
    assert zero["credentialSubject"]["achievement"]["creditsAvailable"] == 0


def test_holders_are_masked_name_identity_objects_never_an_iin():
    credential = open_badge_credential(demo_facts())
    assert credential["credentialSubject"]["identifier"] == [
        {
            "type": "IdentityObject",
            "identityHash": "Ай*** Н***",
            "identityType": "name",
            "hashed": False,
        },
        {
            "type": "IdentityObject",
            "identityHash": "Ер*** С***",
            "identityType": "name",
            "hashed": False,
        },
    ]
    assert "id" not in credential["credentialSubject"]
    for holders in (["900101300123"], ["Ай*** Н*** 900101300123"], [], [" "]):
        with pytest.raises(ValueError):
            open_badge_credential(demo_facts(holders=holders))


def test_language_values_refuse_bad_tags_and_empty_texts():
    assert language_values({"kk": "а"}) == [{"@value": "а", "@language": "kk"}]
    for texts in ({}, {"Kazakh": "а"}, {"kk": ""}, {"kk": "   "}):
        with pytest.raises(ValueError):
            language_values(texts)


def test_signed_jwt_fits_in_a_qr_code(capsys):
    """The JWT rides in a QR code fragment: measured with realistic Cyrillic texts."""
    key = Ed25519PrivateKey.generate()
    credential = open_badge_credential(demo_facts())
    token = jose.sign_jwt(credential, key.sign, KID)
    payload = json.dumps(credential, ensure_ascii=False, separators=(",", ":")).encode()
    with capsys.disabled():
        print(f"\nVC-JOSE token: {len(token)} characters (payload {len(payload)} bytes of JSON)")
    assert len(token) < 2000
    assert jose.verify_jwt(token, {KID: key.public_key()}.__getitem__) == credential
