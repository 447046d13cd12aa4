"""The verify page checks a certificate's signed credential in Chromium, online and offline.

static/js/credential-verify.js verifies the VC-JOSE JWT the QR carries after "#vc=" with WebCrypto
Ed25519, against the DID document and the Bitstring Status List; verify-offline.js writes the
verdict into [data-offline-verify]; verify-sw.js keeps what that needs for a visit without a
network. The Django views are not needed: a tiny http.server (tests/certificates/
offline_fixtures.py) serves the scripts, fixture verify pages under the site's CSP, a DID document
and a status list signed in Python with `cryptography`.

Offline is Playwright's `context.set_offline(True)`: with Chromium it also cuts the service
worker's own fetches (the server sees no request once offline), so the worker's copies are what
the page gets. Stopping the server (Site.stop) works as well, and is used where the test needs the
site gone for good.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from playwright.sync_api import expect

from tests.certificates.offline_fixtures import (
    CODE,
    LABELS,
    LIST_BITS,
    MESSAGES,
    OFFICE,
    REVOKED_INDEX,
    b64url,
    base58btc,
    build_site,
    display,
    encoded_list,
    multikey,
    raw_public_key,
    sign,
    unb64,
    unsigned,
)
from tests.journeys.waiting import wait_until

OTHER_CODE = "AAAABBBBCCCC"
CACHED_URLS = """async () => {
    const urls = [];
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(request.url);
    }
    return urls.sort();
}"""
ASK_WORKER = """() => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    navigator.serviceWorker.controller.postMessage({type: "keep", urls: []}, [channel.port2]);
})"""


@pytest.fixture
def site():
    site = build_site().start()
    yield site
    site.stop()


@pytest.fixture
def problems(context, page) -> list[str]:
    """Script errors ("pageerror") and refusals of the Content-Security-Policy, in `page` and in
    every page opened after it in the context."""
    found: list[str] = []

    def console(message) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            found.append(f"console: {message.text}")

    def watch(watched) -> None:
        watched.on("pageerror", lambda error: found.append(f"script error: {error}"))
        watched.on("console", console)

    watch(page)
    context.on("page", watch)
    return found


def verify_url(site, token: str | None, code: str = CODE) -> str:
    url = f"{site.base}/en/verify/{display(code)}/"
    return url if token is None else f"{url}#vc={token}"


def open_verify(page, site, token: str | None, code: str = CODE):
    """Open a verify page with a credential and wait for the verdict; returns the element."""
    page.goto(verify_url(site, token, code))
    box = page.locator("[data-offline-verify]")
    expect(box).to_have_attribute("data-result", re.compile(r"\w"))
    return box


def status_text(box) -> str:
    return box.get_by_test_id("offline-verify-status").inner_text()


def wait_until_kept(page) -> None:
    """The worker controls the page and has kept what this visit asked it to keep."""
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    wait_until(page, "navigator.serviceWorker.controller !== null")
    expect(page.locator("[data-offline-verify]")).to_have_attribute("data-offline-ready", "true")


def tampered(token: str) -> str:
    """The same header and signature, another office name in the payload."""
    header, payload, signature = token.split(".")
    claims = json.loads(unb64(payload))
    claims["issuer"]["name"] = "Not the registry"
    return ".".join([header, b64url(json.dumps(claims).encode()), signature])


def hs256(issuer, payload: dict) -> str:
    """The key-confusion attack: HMAC with the public key as the secret."""
    header = {"alg": "HS256", "typ": "vc+jwt", "kid": issuer.kid()}
    signing_input = unsigned(header, payload).rsplit(".", 1)[0]
    mac = hmac.HMAC(raw_public_key(issuer.keys[issuer.current]), hashes.SHA256())
    mac.update(signing_input.encode())
    return signing_input + "." + b64url(mac.finalize())


def credentials(issuer) -> dict[str, tuple[str, str]]:
    """Name -> (token, expected reason)."""
    valid = issuer.credential()
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    oversized = issuer.credential()
    oversized["description"] = "x" * 9000
    stranger = Ed25519PrivateKey.generate()
    other_issuer = issuer.credential()
    other_issuer["issuer"]["id"] = "did:web:example.org"
    return {
        "tampered": (tampered(issuer.jwt(valid)), "signature"),
        "alg_none": (unsigned({**issuer.header(), "alg": "none"}, valid), "algorithm"),
        "hs256": (hs256(issuer, valid), "algorithm"),
        "revoked": (issuer.jwt(issuer.credential(index=REVOKED_INDEX)), "revoked"),
        "revoked_key": (issuer.jwt(valid, key_id="key-1"), "revoked_key"),
        "unknown_key": (sign(stranger, issuer.header("key-9"), valid), "unknown_key"),
        "other_issuer": (issuer.jwt(other_issuer), "unknown_key"),
        "expired": (issuer.jwt(issuer.credential(valid_until=past)), "expired"),
        "mismatch": (issuer.jwt(issuer.credential(code=OTHER_CODE)), "mismatch"),
        "no_status": (issuer.jwt(issuer.credential(list_id="gone-1")), "no_status"),
        "garbage": ("%%%not-a-credential<script>", "malformed"),
        "truncated": (issuer.jwt(valid)[:40], "malformed"),
        "bad_json": (b64url(b"{nope") + "." + b64url(b"[]") + ".", "malformed"),
        "oversized": (issuer.jwt(oversized), "malformed"),
        "empty": ("", "malformed"),
    }


def test_a_valid_credential_is_verified_online(page, site, problems):
    box = open_verify(page, site, site.issuer.jwt(site.issuer.credential()))

    assert box.get_attribute("data-result") == "ok"
    assert box.get_attribute("data-source") == "network"
    assert status_text(box) == MESSAGES["verified-online"]
    assert box.get_by_test_id("offline-verify-signer").inner_text() == f"Signed by {OFFICE}"
    assert box.locator("[data-fact=course]").inner_text() == "Premarital course"
    assert box.locator("[data-fact=holders]").inner_text() == "Ай*** Н***, Да*** С***"
    assert box.locator("dt").all_inner_texts() == list(LABELS.values())
    assert problems == []


@pytest.mark.parametrize(
    "name",
    [
        "tampered",
        "alg_none",
        "hs256",
        "revoked",
        "revoked_key",
        "unknown_key",
        "other_issuer",
        "expired",
        "mismatch",
        "no_status",
        "garbage",
        "truncated",
        "bad_json",
        "oversized",
        "empty",
    ],
)
def test_a_credential_that_fails_says_why(page, site, problems, name):
    token, reason = credentials(site.issuer)[name]

    box = open_verify(page, site, token)

    assert box.get_attribute("data-result") == reason
    assert status_text(box) == MESSAGES[reason]
    # Only what a valid signature vouches for is shown: no office name from a forged payload.
    signed = reason in {"revoked", "expired", "mismatch", "no_status"}
    assert box.get_by_test_id("offline-verify-signer").count() == (1 if signed else 0)
    assert "Not the registry" not in box.inner_text()
    assert problems == []


def test_the_credential_is_checked_again_when_the_fragment_changes(page, site, problems):
    issuer = site.issuer
    box = open_verify(page, site, issuer.jwt(issuer.credential()))
    assert box.get_attribute("data-result") == "ok"

    page.evaluate(
        "token => { location.hash = 'vc=' + token; }", tampered(issuer.jwt(issuer.credential()))
    )

    expect(box).to_have_attribute("data-result", "signature")
    assert status_text(box) == MESSAGES["signature"]
    assert problems == []


def test_without_a_fragment_the_page_is_left_as_the_server_made_it(page, site, problems):
    page.goto(verify_url(site, None))
    wait_until_kept(page)

    box = page.locator("[data-offline-verify]")
    assert box.get_attribute("data-result") is None
    expect(box).to_be_hidden()
    assert problems == []


def test_the_pure_functions_agree_with_python(page, site):
    """base58btc and Multikey, the status list's GZIP and bit order, code normalisation."""
    page.goto(verify_url(site, None))
    key = site.issuer.keys["key-2"]
    revoked = {0, 7, 8, LIST_BITS - 1}
    checks = page.evaluate(
        """async ([multikey, leadingZeros, list, bits]) => {
            const C = window.OtbasyCredential;
            const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
            const refusal = (fn) => { try { fn(); return null; } catch (e) { return e.reason; } };
            const bytes = await C.decodeList(list);
            return {
                key: hex(C.multikeyToRaw(multikey)),
                zeros: hex(C.base58btcDecode(leadingZeros)),
                length: bytes.length,
                bits: bits.map((i) => C.bitAt(bytes, i)),
                code: C.codeFromPath("/kk/verify/k7qm-4xpa-9rtd/"),
                credentialCode: C.codeFromCredentialId("https://x.kz/api/credentials/K7QM4XPA9RTD/"),
                badBase64: refusal(() => C.base64urlDecode("ab=c")),
                notEd25519: refusal(() => C.multikeyToRaw("z" + "1".repeat(10))),
            };
        }""",
        [
            multikey(key),
            base58btc(b"\0\0\x01\xff"),
            encoded_list(revoked),
            [0, 1, 7, 8, 9, 131070, 131071],
        ],
    )
    assert checks == {
        "key": raw_public_key(key).hex(),
        "zeros": "000001ff",
        "length": LIST_BITS // 8,
        "bits": [1, 0, 1, 1, 0, 0, 1],
        "code": CODE,
        "credentialCode": CODE,
        "badBase64": "malformed",
        "notEd25519": "unknown_key",
    }


def test_chromium_has_ed25519(page, site):
    page.goto(verify_url(site, None))
    assert (
        page.evaluate(
            """async () => {
            const key = await crypto.subtle.generateKey({name: "Ed25519"}, false, ["sign", "verify"]);
            return key.publicKey.algorithm.name;
        }"""
        )
        == "Ed25519"
    )


def test_offline_the_kept_lists_verify_the_credential(context, site, problems):
    issuer = site.issuer
    token = issuer.jwt(issuer.credential())
    online = context.new_page()
    box = open_verify(online, site, token)
    assert box.get_attribute("data-result") == "ok"
    wait_until_kept(online)
    assert not online.evaluate(ASK_WORKER)["routes"].startswith("refused")
    origin = site.base
    kept = online.evaluate(CACHED_URLS)
    assert kept == sorted(
        [
            f"{origin}/.well-known/did.json",
            f"{origin}/credentials/status/test-1.jwt",
            f"{origin}/en/verify/K7QM-4XPA-9RTD/",
            f"{origin}/en/verify/offline/",
            f"{origin}/static/css/site.css",
            f"{origin}/static/js/credential-verify.js",
            f"{origin}/static/js/verify-offline.js",
        ]
    )

    context.set_offline(True)
    hits = len(site.hits)
    offline = context.new_page()
    box = open_verify(offline, site, token)

    assert site.hits[hits:] == []  # nothing reached the server, not even the worker's fetches
    assert box.get_attribute("data-result") == "ok"
    assert box.get_attribute("data-source") == "cache"
    published = offline.evaluate(
        """() => new Intl.DateTimeFormat("en", {dateStyle: "long", timeStyle: "short"})
            .format(new Date("2026-05-04T08:30:00Z"))"""
    )  # the status list's validFrom, in the browser's time zone
    assert status_text(box) == MESSAGES["verified-offline"].format(date=published)
    assert box.get_by_test_id("offline-verify-signer").inner_text() == f"Signed by {OFFICE}"

    # The list as kept still revokes what it revoked.
    revoked = context.new_page()
    box = open_verify(revoked, site, issuer.jwt(issuer.credential(index=REVOKED_INDEX)))
    assert box.get_attribute("data-result") == "revoked"

    # A code never visited: the worker serves the offline page of its language at that address.
    other = context.new_page()
    other_token = issuer.jwt(issuer.credential(code=OTHER_CODE))
    box = open_verify(other, site, other_token, OTHER_CODE)
    assert other.title() == "Offline check"
    assert other.url == verify_url(site, other_token, OTHER_CODE)
    assert box.get_attribute("data-result") == "ok"
    assert status_text(box).startswith("Verified offline, status as of ")

    # A status list never fetched cannot be made up.
    unknown = context.new_page()
    box = open_verify(unknown, site, issuer.jwt(issuer.credential(list_id="gone-1")))
    assert box.get_attribute("data-result") == "no_status"
    assert problems == []


def test_with_the_server_gone_the_worker_answers(context, site, problems):
    issuer = site.issuer
    token = issuer.jwt(issuer.credential())
    online = context.new_page()
    open_verify(online, site, token)
    wait_until_kept(online)

    site.stop()
    box = open_verify(context.new_page(), site, token)

    assert box.get_attribute("data-result") == "ok"
    assert status_text(box).startswith("Verified offline, status as of ")
    assert problems == []


def test_the_worker_keeps_nothing_else(context, page, site, problems):
    token = site.issuer.jwt(site.issuer.credential())
    open_verify(page, site, token)
    wait_until_kept(page)
    before = page.evaluate(CACHED_URLS)

    # Chromium says which static route a response took: the rest of the site skips the worker.
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    routes: dict[str, dict] = {}
    cdp.on(
        "Network.responseReceived",
        lambda event: routes.setdefault(
            event["response"]["url"].removeprefix(site.base),
            event["response"].get("serviceWorkerRouterInfo") or {},
        ),
    )
    for path in ("/en/learn/", "/admin/", f"/en/verify/{display(CODE)}/?code=x"):
        page.goto(site.base + path)
    assert routes["/en/learn/"].get("matchedSourceType") == "network"
    assert routes["/admin/"].get("matchedSourceType") == "network"
    page.goto(verify_url(site, None))
    page.evaluate(
        """async () => {
            for (const url of ["/static/img/favicon.svg", "/credentials/status/test-1/",
                               "/admin/", "/en/learn/"]) {
                await fetch(url).catch(() => null);
            }
        }"""
    )
    after = page.evaluate(CACHED_URLS)

    assert after == before
    assert not [url for url in after if "#" in url or "vc=" in url or token[:20] in url]
    # What the worker is not written to keep is not answered from it either.
    context.set_offline(True)
    with pytest.raises(Exception, match="ERR_INTERNET_DISCONNECTED"):
        page.goto(site.base + "/en/learn/")
    assert problems == []
