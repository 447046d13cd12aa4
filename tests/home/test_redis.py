"""The shared cache on a real Redis (Debian's redis-server, started here on loopback): the guessing
limits count in one round trip and expire, and versioned fragments are read from it once."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import caches

from home import ratelimit
from home.cache import TolerantRedisCache

pytestmark = pytest.mark.django_db


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url():
    binary = shutil.which("redis-server")
    assert binary, "redis-server is missing: scripts/install-system-deps.sh test installs it"
    port = _free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def on_redis(settings, redis_url):
    settings.CACHES = {
        "default": {"BACKEND": "home.cache.TolerantRedisCache", "LOCATION": redis_url},
        "template_fragments": {
            "BACKEND": "home.localcopy.LocalCopyCache",
            "OPTIONS": {"SHARED": "default"},
        },
    }
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


def test_a_count_is_one_round_trip_and_expires_with_its_window(on_redis):
    assert isinstance(on_redis, TolerantRedisCache)
    assert [on_redis.count_chain([("attempts", 65, 10)]) for _ in range(3)] == [[1], [2], [3]]
    client = on_redis._cache.get_client("attempts")
    ttl = client.ttl(on_redis.make_and_validate_key("attempts"))
    assert 0 < ttl <= 65  # set by the first count, not pushed back by the later ones
    assert on_redis.get("attempts") == 3


def test_a_chain_stops_at_the_first_count_over_its_limit(on_redis):
    """A client over its own limit does not spend the shared target's budget."""
    steps = [("client", 60, 2), ("target", 60, 100)]
    assert [on_redis.count_chain(steps) for _ in range(4)] == [[1, 1], [2, 2], [3], [4]]
    assert on_redis.get("target") == 2


def test_the_certificate_look_up_limit_counts_on_redis(client, on_redis, settings):
    settings.CERTIFICATE_LOOKUP_LIMIT = 0
    statuses = [client.get("/api/certificates/ABCD-EFGH-JKMN/").status_code for _ in range(31)]
    assert statuses[:30] == [404] * 30
    assert statuses[30] == 429
    keys = on_redis._cache.get_client("x").keys("*ratelimit:certificate-lookup:*")
    assert len(keys) == 2  # the client's bucket and the code's


def test_a_refused_client_does_not_spend_the_targets_budget(rf, on_redis):
    request = rf.get("/", REMOTE_ADDR="203.0.113.9")
    results = [
        ratelimit.allow(request, "probe", 2, 60, target="ABCD", target_limit=100) for _ in range(4)
    ]
    assert results == [True, True, False, False]
    other = rf.get("/", REMOTE_ADDR="203.0.113.10")
    assert ratelimit.allow(other, "probe", 2, 60, target="ABCD", target_limit=3)
    assert not ratelimit.allow(other, "probe", 2, 60, target="ABCD", target_limit=2)


def test_a_versioned_fragment_is_read_from_redis_once(on_redis):
    fragments = caches["template_fragments"]
    fragments.set("pagecache:fragment:g1:menu", ["About"])
    client = on_redis._cache.get_client("x")
    client.flushdb()  # gone from Redis: the process's copy still answers that version
    assert fragments.get("pagecache:fragment:g1:menu") == ["About"]


def test_a_change_made_while_redis_was_down_is_announced_once_it_answers(on_redis):
    from unittest import mock

    from home import pagecache

    pagecache.generation.reset()  # this test's Redis, not a generation remembered from before
    before = pagecache.current_generation()
    with mock.patch.object(on_redis, "set", return_value=None):  # Redis takes no write
        pagecache.forget_pages()  # e.g. a page published meanwhile
    assert on_redis.get(pagecache.GENERATION_KEY) == before  # Redis still has the old one
    pagecache.generation.forget_memo()  # a second later
    assert pagecache.current_generation() != before
    assert on_redis.get(pagecache.GENERATION_KEY) == pagecache.current_generation()
