"""Bitstring Status List v1.0: bit order, encoding, the spec's example list, refusing bombs."""

import base64
import gzip
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from certificates.vc import dataintegrity, jose, statuslist
from certificates.vc.statuslist import (
    LIST_SIZE,
    StatusListError,
    decode_list,
    encode_list,
    get_bit,
    new_bitstring,
    set_bit,
    status_entry,
    status_list_credential,
    status_of,
)
from tests.certificates import spec_verifier

# Bitstring Status List v1.0 (W3C Recommendation), Example 3: an all-clear 16 KB list.
SPEC_EXAMPLE_LIST = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"
# digitalbazaar/bitstring (another implementation) tests/10-Bitstring.spec.js: an 8-bit list
# with bits 1 and 4 set, GZIP + base64url, without the Multibase prefix.
BITSTRING_JS_ENCODED = "H4sIAAAAAAAAA_MAAC8mBaoBAAAA"
LIST_URL = "https://otbasy.kz/api/credentials/status/1/"


def test_a_new_list_has_the_spec_minimum_of_entries_all_clear():
    bits = new_bitstring()
    assert LIST_SIZE == 131072 and len(bits) == 16384
    assert not any(bits)
    with pytest.raises(ValueError):
        new_bitstring(LIST_SIZE - 8)


def test_bit_zero_is_the_left_most_bit_of_the_first_byte():
    bits = new_bitstring()
    set_bit(bits, 0, True)
    assert bits[0] == 0b1000_0000
    set_bit(bits, 7, True)
    assert bits[0] == 0b1000_0001
    set_bit(bits, 8, True)
    assert bits[1] == 0b1000_0000
    set_bit(bits, LIST_SIZE - 1, True)
    assert bits[-1] == 0b0000_0001
    set_bit(bits, 0, False)
    assert bits[0] == 0b0000_0001
    assert [get_bit(bits, i) for i in (0, 7, 8, 9, LIST_SIZE - 1)] == [
        False,
        True,
        True,
        False,
        True,
    ]
    assert get_bit(bytes(bits), 8) is True


def test_indexes_outside_the_list_are_refused():
    bits = new_bitstring()
    for index in (-1, LIST_SIZE):
        with pytest.raises(IndexError):
            get_bit(bits, index)
        with pytest.raises(IndexError):
            set_bit(bits, index, True)
    with pytest.raises(TypeError):
        get_bit(bits, True)


def test_the_spec_example_list_decodes_to_16_kb_of_clear_bits():
    bits = decode_list(SPEC_EXAMPLE_LIST)
    assert len(bits) == 16384 and not any(bits)
    assert status_of(SPEC_EXAMPLE_LIST, 94567) is False


def test_another_implementations_encoding_has_the_same_bit_order():
    bits = decode_list("u" + BITSTRING_JS_ENCODED)
    assert bits == bytes([0b0100_1000])
    assert [get_bit(bits, i) for i in range(8)] == [
        False,
        True,
        False,
        False,
        True,
        False,
        False,
        False,
    ]


def test_round_trip_and_a_flipped_bit_is_visible():
    bits = new_bitstring()
    assert encode_list(bits) == encode_list(new_bitstring())  # deterministic (mtime 0)
    set_bit(bits, 94567, True)
    encoded = encode_list(bits)
    assert encoded.startswith("u") and "=" not in encoded
    assert set("+/").isdisjoint(encoded)
    assert decode_list(encoded) == bytes(bits)
    assert status_of(encoded, 94567) is True
    assert status_of(encoded, 94566) is False
    assert encoded != encode_list(new_bitstring())


def test_bombs_and_junk_are_refused():
    bomb = "u" + base64.urlsafe_b64encode(gzip.compress(bytes(64 << 20))).decode().rstrip("=")
    assert len(bomb) < 100_000
    with pytest.raises(StatusListError, match="inflates"):
        decode_list(bomb)
    two_members = gzip.compress(b"\0" * 16) + gzip.compress(b"\0")
    truncated = gzip.compress(bytes(16384))[:-6]
    for junk in (
        "",
        "zabc",
        "u" + base64.urlsafe_b64encode(b"not gzip").decode(),
        "u" + base64.urlsafe_b64encode(two_members).decode().rstrip("="),
        "u" + base64.urlsafe_b64encode(truncated).decode().rstrip("="),
        "u!!!",
        encode_list(bytes(16384)) + "=",
        "u" + base64.b64encode(gzip.compress(bytes(range(256)) * 64, mtime=0)).decode(),
    ):
        with pytest.raises(StatusListError):
            decode_list(junk)


def test_status_of_refuses_a_list_too_short_for_herd_privacy():
    short = encode_list(bytes(1024))
    assert decode_list(short) == bytes(1024)
    with pytest.raises(StatusListError, match="fewer than"):
        status_of(short, 3)
    with pytest.raises(IndexError):
        status_of(SPEC_EXAMPLE_LIST, LIST_SIZE)


def test_status_entry():
    assert status_entry(LIST_URL, 94567) == {
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "94567",
        "statusListCredential": LIST_URL,
    }
    assert status_entry(LIST_URL, 0, "suspension")["statusPurpose"] == "suspension"
    for index in (-1, True, "5"):
        with pytest.raises(ValueError):
            status_entry(LIST_URL, index)
    with pytest.raises(ValueError):
        status_entry(LIST_URL, 1, "deleted")


def test_status_list_credential_is_signable_and_loses_nothing():
    bits = new_bitstring()
    set_bit(bits, 94567, True)
    credential = status_list_credential(
        list_url=LIST_URL,
        issuer={"id": "did:web:otbasy.kz", "name": "Otbasy Academy"},
        encoded_list=encode_list(bits),
        valid_from=datetime(2025, 6, 1, tzinfo=UTC),
    )
    assert credential["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert credential["credentialSubject"]["id"] == LIST_URL + "#list"
    assert credential["credentialSubject"]["type"] == "BitstringStatusList"
    assert credential["credentialSubject"]["statusPurpose"] == "revocation"
    assert credential["validFrom"] == "2025-06-01T00:00:00Z"
    dataintegrity.check_all_terms_defined(credential)

    key = Ed25519PrivateKey.generate()
    method = "did:web:otbasy.kz#status-key"
    secured = dataintegrity.add_proof(credential, key.sign, method, datetime.now(UTC))
    assert dataintegrity.verify_proof(secured, {method: key.public_key()}.__getitem__).verified
    assert spec_verifier.verify_eddsa_rdfc_2022(secured, key.public_key()) == credential
    token = jose.sign_jwt(credential, key.sign, method)
    assert jose.verify_jwt(token, {method: key.public_key()}.__getitem__) == credential
    assert statuslist.status_of(
        jose.verify_jwt(token, {method: key.public_key()}.__getitem__)["credentialSubject"][
            "encodedList"
        ],
        94567,
    )
