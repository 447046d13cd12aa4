"""VC-JOSE compact JWS: round trip, an independent verifier and joserfc agree, and every bad
token is refused with a reason, never with an unhandled exception."""

import base64
import hashlib
import hmac
import json
import random
import warnings

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from joserfc import jws
from joserfc.errors import SecurityWarning
from joserfc.jwk import OKPKey

from certificates.vc import jose
from certificates.vc.credential import open_badge_credential
from certificates.vc.jose import InvalidCredential, public_key_jwk, sign_jwt, verify_jwt
from tests.certificates import spec_verifier
from tests.certificates.test_vc_credential import demo_facts

KID = "did:web:otbasy.kz#astana-1-20250601-a1b2c3"
KEY = Ed25519PrivateKey.generate()
KEYS = {KID: KEY.public_key()}
CREDENTIAL = open_badge_credential(demo_facts())

# RFC 8037 Appendix A.1/A.2: the Ed25519 key pair as JWK members.
RFC8037_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"
RFC8037_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def segment(value) -> str:
    return b64(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())


def token_with(header: dict, payload=CREDENTIAL, key: Ed25519PrivateKey = KEY) -> str:
    """A token signed with a real Ed25519 signature, whatever its header says."""
    signing_input = segment(header) + "." + segment(payload)
    return signing_input + "." + b64(key.sign(signing_input.encode("ascii")))


def reason(token, **kwargs) -> str:
    with pytest.raises(InvalidCredential) as error:
        verify_jwt(token, KEYS.__getitem__, **kwargs)
    return error.value.reason


def test_round_trip_and_header():
    token = sign_jwt(CREDENTIAL, KEY.sign, KID)
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    assert header == {"alg": "EdDSA", "typ": "vc+jwt", "cty": "vc", "kid": KID}
    assert verify_jwt(token, KEYS.__getitem__) == CREDENTIAL


def test_payload_is_compact_utf8_json():
    token = sign_jwt(CREDENTIAL, KEY.sign, KID)
    payload = base64.urlsafe_b64decode(token.split(".")[1] + "==")
    assert payload == json.dumps(CREDENTIAL, separators=(",", ":"), ensure_ascii=False).encode()
    assert "Некеге дайындық курсы".encode() in payload


def test_the_independent_verifier_accepts_our_token():
    token = sign_jwt(CREDENTIAL, KEY.sign, KID)
    assert spec_verifier.verify_vc_jwt(token, KEY.public_key()) == CREDENTIAL


def test_joserfc_accepts_our_token():
    """A third-party JWS implementation (RFC 7515/8037) verifies it too."""
    token = sign_jwt(CREDENTIAL, KEY.sign, KID)
    key = OKPKey.import_key(public_key_jwk(KEY.public_key()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SecurityWarning)  # "EdDSA is deprecated via RFC 9864"
        signature = jws.deserialize_compact(token, key, algorithms=["EdDSA"])
    assert json.loads(signature.payload) == CREDENTIAL
    assert signature.protected["kid"] == KID


def test_public_key_jwk_matches_rfc_8037():
    raw = base64.urlsafe_b64decode(RFC8037_D + "=")
    public_key = Ed25519PrivateKey.from_private_bytes(raw).public_key()
    assert public_key_jwk(public_key) == {"kty": "OKP", "crv": "Ed25519", "x": RFC8037_X}


def test_a_wrong_key_is_a_bad_signature_and_an_unknown_kid_is_unknown():
    other = Ed25519PrivateKey.generate()
    assert reason(token_with({"alg": "EdDSA", "kid": KID}, key=other)) == "signature"
    unknown = sign_jwt(CREDENTIAL, KEY.sign, "did:web:otbasy.kz#retired")
    assert reason(unknown) == "unknown_key"


def test_a_changed_payload_is_a_bad_signature():
    header, _, signature = sign_jwt(CREDENTIAL, KEY.sign, KID).split(".")
    changed = json.loads(json.dumps(CREDENTIAL))
    changed["credentialSubject"]["achievement"]["creditsAvailable"] = 120
    assert reason(f"{header}.{segment(changed)}.{signature}") == "signature"


def test_alg_none_is_refused():
    header = segment({"alg": "none", "typ": "vc+jwt", "kid": KID})
    assert reason(f"{header}.{segment(CREDENTIAL)}.") == "algorithm"


def test_hs256_with_the_public_key_as_secret_is_refused():
    """The classic confusion: an HMAC keyed with the (public) verification key."""
    header = segment({"alg": "HS256", "typ": "vc+jwt", "kid": KID})
    signing_input = f"{header}.{segment(CREDENTIAL)}"
    secret = json.dumps(public_key_jwk(KEY.public_key())).encode()
    mac = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    assert reason(f"{signing_input}.{b64(mac)}") == "algorithm"


@pytest.mark.parametrize("alg", ["RS256", "ES256", "PS256", "eddsa", "Ed25519", "", None, 1])
def test_any_other_alg_is_refused(alg):
    assert reason(token_with({"alg": alg, "kid": KID})) == "algorithm"
    assert reason(token_with({"kid": KID})) == "algorithm"


@pytest.mark.parametrize(
    "extra",
    [
        {"crit": ["exp"]},
        {"crit": ["b64"], "b64": False},
        {"jwk": public_key_jwk(Ed25519PrivateKey.generate().public_key())},
        {"jku": "https://evil.example/jwks.json"},
        {"x5u": "https://evil.example/cert.pem"},
        {"x5c": ["MIIB"]},
        {"zip": "DEF"},
    ],
)
def test_header_parameters_we_do_not_handle_are_refused(extra):
    assert reason(token_with({"alg": "EdDSA", "kid": KID, **extra})) == "algorithm"


def test_typ_and_cty_must_say_vc():
    assert reason(token_with({"alg": "EdDSA", "kid": KID, "typ": "JWT"})) == "malformed"
    assert reason(token_with({"alg": "EdDSA", "kid": KID, "cty": "vp"})) == "malformed"
    fine = token_with({"alg": "EdDSA", "kid": KID, "typ": "application/VC+JWT"})
    assert verify_jwt(fine, KEYS.__getitem__) == CREDENTIAL


def test_kid_is_required():
    assert reason(token_with({"alg": "EdDSA"})) == "malformed"
    assert reason(token_with({"alg": "EdDSA", "kid": 7})) == "malformed"


@pytest.mark.parametrize(
    "token",
    [
        "",
        "garbage",
        "a.b",
        "a.b.c.d",
        "..",
        "%%%.%%%.%%%",
        "eyJhbGciOiJFZERTQSJ9.e30=.AAAA",
        segment([1, 2]) + "." + segment({}) + ".AAAA",
        b64(b"\xff\xfe") + "." + segment({}) + ".AAAA",
        b64(b'{"alg":"EdDSA","alg":"none","kid":"x"}') + "." + segment({}) + ".AAAA",
        b64(b'{"alg":"EdDSA","kid":NaN}') + "." + segment({}) + ".AAAA",
        b64(b"[" * 100000) + ".e30.AAAA",
        None,
        b"eyJ.eyJ.AAA",
        12,
    ],
)
def test_garbage_is_malformed(token):
    assert reason(token, max_length=1_000_000) == "malformed"


def test_payload_must_be_a_json_object_without_vc_claims():
    header = {"alg": "EdDSA", "kid": KID}
    assert reason(token_with(header, payload=["a"])) == "malformed"
    assert reason(token_with(header, payload={**CREDENTIAL, "vc": {}})) == "malformed"


def test_oversized_tokens_are_refused_before_any_work():
    token = sign_jwt(CREDENTIAL, KEY.sign, KID)
    assert reason(token, max_length=len(token) - 1) == "malformed"
    assert reason("a" * (jose.MAX_LENGTH + 1)) == "malformed"


def test_non_canonical_base64_is_refused():
    header, payload, signature = sign_jwt(CREDENTIAL, KEY.sign, KID).split(".")
    assert reason(f"{header}.{payload}.{signature}==") == "malformed"
    # The last base64url character of a 64-byte signature carries 2 spare bits.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    spare = alphabet[alphabet.index(signature[-1]) ^ 1]
    assert reason(f"{header}.{payload}.{signature[:-1]}{spare}") == "malformed"


def test_mutations_never_raise_anything_but_invalid_credential():
    token = sign_jwt(CREDENTIAL, KEY.sign, KID)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ "
    rng = random.Random(20250601)
    for _ in range(1500):
        chars = list(token)
        for _ in range(rng.randint(1, 3)):
            chars[rng.randrange(len(chars))] = rng.choice(alphabet)
        mutated = "".join(chars)
        try:
            assert verify_jwt(mutated, KEYS.__getitem__) == CREDENTIAL
        except InvalidCredential as error:
            assert error.reason in {"malformed", "algorithm", "unknown_key", "signature"}


def test_sign_jwt_checks_its_inputs():
    with pytest.raises(ValueError):
        sign_jwt(CREDENTIAL, KEY.sign, "")
    with pytest.raises(ValueError):
        sign_jwt(CREDENTIAL, lambda data: b"\0" * 10, KID)
