"""base58btc and Ed25519 Multikey encodings."""

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from certificates.vc.multibase import (
    base58btc_decode,
    base58btc_encode,
    multibase_decode,
    multibase_encode,
    private_key_from_multibase,
    public_key_from_multibase,
    public_key_multibase,
)

# draft-msporny-base58-03 (IETF), section 5 test vectors.
BASE58_VECTORS = [
    (b"Hello World!", "2NEpo7TZRRrLZSi2U"),
    (
        b"The quick brown fox jumps over the lazy dog.",
        "USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z",
    ),
    (bytes.fromhex("0000287fb4cd"), "11233QC4"),
]
# Data Integrity EdDSA Cryptosuites v1.0, test-vector key pair (TestVectors/keyPair.json).
W3C_PUBLIC = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
W3C_SECRET = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"


@pytest.mark.parametrize(("data", "text"), BASE58_VECTORS)
def test_base58btc_vectors(data, text):
    assert base58btc_encode(data) == text
    assert base58btc_decode(text) == data


def test_base58btc_edges():
    assert base58btc_encode(b"") == "" and base58btc_decode("") == b""
    assert base58btc_encode(b"\0\0\0") == "111" and base58btc_decode("111") == b"\0\0\0"
    for bad in ("0", "O", "I", "l", "+", "é"):
        with pytest.raises(ValueError):
            base58btc_decode("2N" + bad)
    assert multibase_decode(multibase_encode(b"\0abc")) == b"\0abc"
    for bad in ("2NEpo", "uAAAA", "", None):
        with pytest.raises(ValueError):
            multibase_decode(bad)


def test_the_w3c_key_pair_round_trips():
    private_key = private_key_from_multibase(W3C_SECRET)
    assert public_key_multibase(private_key.public_key()) == W3C_PUBLIC
    public_key = public_key_from_multibase(W3C_PUBLIC)
    assert public_key_multibase(public_key) == W3C_PUBLIC


def test_public_key_multibase_is_z6mk_and_round_trips():
    public_key = Ed25519PrivateKey.generate().public_key()
    text = public_key_multibase(public_key)
    assert text.startswith("z6Mk") and len(text) == 48
    assert public_key_from_multibase(text) == public_key


def test_wrong_prefix_or_length_is_a_clear_value_error():
    raw = base58btc_decode(W3C_PUBLIC[1:])
    with pytest.raises(ValueError, match="0xed01"):
        public_key_from_multibase(multibase_encode(b"\xe7\x01" + raw[2:]))  # secp256k1-pub
    with pytest.raises(ValueError, match="32 bytes"):
        public_key_from_multibase(multibase_encode(raw + b"\0"))
    with pytest.raises(ValueError, match="32 bytes"):
        public_key_from_multibase(multibase_encode(raw[:-1]))
    with pytest.raises(ValueError, match="'z'"):
        public_key_from_multibase("u" + W3C_PUBLIC[1:])
    with pytest.raises(ValueError, match="0x8026"):
        private_key_from_multibase(W3C_PUBLIC)
