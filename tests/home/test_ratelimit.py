"""Guessing limits behind the load balancer: the real client's address, and per-target buckets."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from certificates.views.verify import TARGET_FACTOR, lookup_limit
from home.ratelimit import client_ip
from learning.views.shared import CODE_LIMIT, CODE_TARGET_LIMIT
from tests.factories import certified

PROXY = "10.0.0.2"  # the load balancer, as gunicorn sees it


@pytest.fixture(autouse=True)
def _fresh_counts():
    cache.clear()
    yield
    cache.clear()


def _ip(forwarded: str | None) -> str:
    meta = {"REMOTE_ADDR": PROXY}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(RequestFactory().get("/", **meta))


def test_without_a_trusted_proxy_the_forwarded_header_is_never_believed(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert _ip("203.0.113.7") == PROXY


@pytest.mark.parametrize(
    "trusted, forwarded, expected",
    [
        (1, "198.51.100.4", "198.51.100.4"),
        # The client wrote the left-most entry itself; the load balancer appended the real one.
        (1, "1.2.3.4, 198.51.100.4", "198.51.100.4"),
        # A CDN and the load balancer: the client is the second hop from the right.
        (2, "1.2.3.4, 198.51.100.4, 192.0.2.10", "198.51.100.4"),
        # Fewer hops than proxies: all came from proxies, the left-most is the client.
        (2, "198.51.100.4", "198.51.100.4"),
        # Garbage is not an address: fall back to the peer.
        (1, "not-an-address", PROXY),
        (1, "", PROXY),
    ],
)
def test_client_is_the_right_most_untrusted_hop(settings, trusted, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = trusted
    assert _ip(forwarded) == expected


def _code_attempt(client, address: str, code: str = "guess-code", spoof: str = ""):
    forwarded = f"{spoof}, {address}" if spoof else address
    return client.post(
        "/ru/learn/", {"code": code}, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded
    )


@pytest.mark.django_db
def test_behind_the_proxy_one_guesser_does_not_lock_out_another(client, settings, couple):
    settings.TRUSTED_PROXY_COUNT = 1
    for n in range(CODE_LIMIT):
        assert _code_attempt(client, "198.51.100.4", code=f"g{n}-guess").status_code == 400
    assert _code_attempt(client, "198.51.100.4", code="zz-guess").status_code == 429
    # Writing another address in front does not help: the proxy's own entry is the one counted.
    spoofed = _code_attempt(client, "198.51.100.4", code="zy-guess", spoof="192.0.2.99")
    assert spoofed.status_code == 429
    # Someone else behind the same proxy signs in with their real code.
    other = _code_attempt(client, "198.51.100.5", code=couple.codes[0])
    assert other.status_code == 302 and other["Location"].endswith("/learn/course/")


@pytest.mark.django_db
def test_many_addresses_cannot_hammer_one_family_of_codes(client, settings, couple):
    settings.TRUSTED_PROXY_COUNT = 1
    for n in range(CODE_TARGET_LIMIT):
        address = f"198.51.{n // 200}.{n % 200 + 1}"
        assert _code_attempt(client, address, code=f"AAAA{n}").status_code == 400
    refused = _code_attempt(client, "192.0.2.200", code="AAAA-fresh")
    assert refused.status_code == 429
    # Codes that begin otherwise are not held up by that flood.
    fine = _code_attempt(client, "192.0.2.200", code=couple.codes[0])
    assert fine.status_code == 302


@pytest.mark.django_db
def test_verification_of_one_code_from_many_addresses_is_limited(client, settings, couple, short):
    settings.TRUSTED_PROXY_COUNT = 1
    certificate = certified(couple, short)
    total = lookup_limit() * TARGET_FACTOR
    url = f"/api/certificates/{certificate.code}/"
    for n in range(total):
        address = f"198.51.{n // 200}.{n % 200 + 1}"
        response = client.get(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)
        assert response.status_code == 200, n
    hammered = client.get(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert hammered.status_code == 429
