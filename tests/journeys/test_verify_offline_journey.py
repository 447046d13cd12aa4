"""The certificate's QR checked in real Chromium against the real Django views, online and offline.

A couple is certified; the QR of its PDF (rendered with pdftoppm, read with zbarimg) is the verify
address of this live server with the signed credential after "#vc=". Opened online, the server
says "valid" and the page's own check (static/js/credential-verify.js, verify-offline.js) says the
signature and status hold, signed by the office; once the service worker (verify-sw.js) controls
the page, the same address opened without a network says "verified offline, status as of …"
from the kept key list and status list, and an altered credential fails on its signature. After
the office revokes the certificate, the address says so, online and then offline as well. In
Kazakh as in English; no script error and nothing refused by the Content-Security-Policy.

The credential's addresses (its did:web, the status list) come from WAGTAILADMIN_BASE_URL, so the
test points it at the live server before anything is signed.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from certificates.pdf import certificate_pdf
from tests import factories
from tests.journeys.waiting import wait_until

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The English words of templates/certificates/verify/_offline_check.html.
VERIFIED_ONLINE = "The QR code’s signed credential checks out: signature and status hold."
VERIFIED_OFFLINE = "Verified offline: the signature holds; status as of {date}."
SIGNED_BY = "Signed by {issuer}."
SIGNATURE = (
    "The signature does not match: the credential was changed after it was signed "
    "(a name, a date, the hours or its status place)."
)
REVOKED = "The signature holds, but the issuing office revoked this certificate."

REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.reportCspViolation({
        page: document.location.pathname,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
    });
});
"""

CACHED_URLS = """async () => {
    const urls = [];
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(request.url);
    }
    return urls.sort();
}"""


class Watch:
    """Script errors and Content-Security-Policy refusals in every page of a browser context."""

    def __init__(self, context) -> None:
        self.problems: list[str] = []
        context.expose_function("reportCspViolation", self._violation)
        context.add_init_script(REPORT_VIOLATIONS)
        context.on("page", self._page)

    def _page(self, page) -> None:
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        page.on("console", self._console)

    def _violation(self, event: dict) -> None:
        self.problems.append(
            f"{event['page']}: {event['directive']} blocked {event['blocked']} "
            f"({event['source']}:{event['line']})"
        )

    def _console(self, message) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            self.problems.append(f"console: {message.text}")


@pytest.fixture
def certificate(transactional_db, django_user_model, settings, live_server):
    """A certified couple of an office with signing keys, its credential naming this server."""
    from home import demo

    settings.WAGTAILADMIN_BASE_URL = live_server.url
    homes = demo.ensure_home_translations(demo.ensure_site())
    office = factories.make_office(django_user_model, "verify-1", "astana")
    course = factories.make_course(homes, slug="verify-course")
    return factories.certified(factories.assign(office, course), course)


def qr_address(certificate, language: str, folder: Path) -> str:
    """What a phone reads from the QR on page 1 of the certificate's PDF in `language`."""
    pdf = folder / f"certificate-{language}.pdf"
    pdf.write_bytes(certificate_pdf(certificate, language))
    stem = folder / f"page-{language}"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
        check=True,
    )
    return subprocess.run(
        ["zbarimg", "--quiet", "--raw", f"{stem}.png"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


CACHED_URLS = """async () => {
    const urls = [];
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(request.url);
    }
    return urls.sort();
}"""


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def claims_of(token: str) -> dict:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def altered(address: str) -> str:
    """The same address and signature, one masked name changed in the credential."""
    page_url, _marker, token = address.partition("#vc=")
    header, _payload, signature = token.split(".")
    claims = claims_of(token)
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Ба*** Б***"
    payload = b64url(json.dumps(claims, ensure_ascii=False).encode())
    return f"{page_url}#vc={header}.{payload}.{signature}"


def open_verify(context, address: str):
    """A fresh tab (a new navigation, never a same-document hash change) at the address; returns
    the tab and the [data-offline-verify] element once the script has written its verdict."""
    page = context.new_page()
    page.goto(address)
    box = page.locator("[data-offline-verify]")
    expect(box).to_have_attribute("data-result", re.compile(r"\w"))
    return page, box


def wait_until_kept(page) -> None:
    """The worker controls the tab and has kept what the visit asked it to keep."""
    wait_until(page, "navigator.serviceWorker.controller !== null")
    expect(page.locator("[data-offline-verify]")).to_have_attribute("data-offline-ready", "true")


def assert_kept(page, base: str, code: str) -> None:
    """Before going offline: the worker kept each language's verify page and offline page, and
    the key list and status list. A page answered with "Cache-Control: no-store" is not kept."""
    kept = set(page.evaluate(CACHED_URLS))
    wanted = {
        f"{base}/{lang}/verify/{name}/" for lang in ("en", "kk") for name in (code, "offline")
    }
    missing = sorted(wanted - kept)
    headers = {}
    for url in missing:
        with urllib.request.urlopen(url) as response:  # noqa: S310 (the live server)
            headers[url.removeprefix(base)] = response.headers.get("Cache-Control")
    assert not missing, f"the service worker kept no copy of {headers} (their Cache-Control)"
    assert f"{base}/.well-known/did.json" in kept
    assert any(url.startswith(f"{base}/credentials/status/") for url in kept), kept


def assert_result(box, wanted: str, address: str, base: str) -> None:
    """The page's verdict is `wanted`; if not, the failure says what the page checked: the
    credential's key id and the server's key list (a "signature" verdict for an unaltered
    credential means they disagree)."""
    result = box.get_attribute("data-result")
    if result == wanted:
        return
    token = address.partition("#vc=")[2]
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    with urllib.request.urlopen(f"{base}/.well-known/did.json") as response:  # noqa: S310
        methods = json.loads(response.read())["verificationMethod"]
    raise AssertionError(
        f"the page said {result!r} (detail {box.get_attribute('data-detail')!r}), not "
        f"{wanted!r}; the credential's kid {header.get('kid')}; the server's keys {methods}"
    )


def status_of(box) -> str:
    return box.get_by_test_id("offline-verify-status").inner_text()


def status_as_of(page, list_url: str) -> str:
    """The status list's validFrom as the script shows it: long date, short time, in English."""
    with urllib.request.urlopen(list_url) as response:  # noqa: S310 (the live server)
        valid_from = claims_of(response.read().decode())["validFrom"]
    return page.evaluate(
        """(validFrom) => new Intl.DateTimeFormat("en", {dateStyle: "long", timeStyle: "short"})
            .format(new Date(validFrom))""",
        valid_from,
    )


def test_the_qr_is_verified_online_offline_and_after_revocation(
    certificate, live_server, browser, django_user_model, tmp_path, capsys
):
    started = time.perf_counter()
    office = certificate.office
    issuer = office.name_in(certificate.language)
    addresses = {lang: qr_address(certificate, lang, tmp_path) for lang in ("en", "kk")}
    for lang, address in addresses.items():
        page_url, marker, token = address.partition("#vc=")
        assert marker, address
        assert urlsplit(page_url).netloc == urlsplit(live_server.url).netloc
        assert page_url == f"{live_server.url}/{lang}/verify/{certificate.display_code}/"
    token = addresses["en"].partition("#vc=")[2]
    claims = claims_of(token)
    assert claims["issuer"]["name"] == issuer
    list_url = claims["credentialStatus"]["statusListCredential"].rstrip("/") + ".jwt"
    assert list_url.startswith(live_server.url + "/credentials/status/")

    context = browser.new_context()
    watch = Watch(context)

    # Online: the server's answer, and the page's own check of the QR's credential.
    page, box = open_verify(context, addresses["en"])
    expect(page.get_by_test_id("certificate-status")).to_have_attribute("data-status", "valid")
    assert_result(box, "ok", addresses["en"], live_server.url)
    assert box.get_attribute("data-source") == "network"
    assert status_of(box) == VERIFIED_ONLINE
    signer = box.get_by_test_id("offline-verify-signer")
    assert signer.inner_text() == SIGNED_BY.format(issuer=issuer)
    wait_until_kept(page)

    kk_page, kk_box = open_verify(context, addresses["kk"])
    assert kk_page.locator("html").get_attribute("lang") == "kk"
    expect(kk_page.get_by_test_id("certificate-status")).to_have_attribute("data-status", "valid")
    assert_result(kk_box, "ok", addresses["kk"], live_server.url)
    assert issuer in kk_box.get_by_test_id("offline-verify-signer").inner_text()
    wait_until_kept(kk_page)
    online_at = time.perf_counter()
    as_of = status_as_of(page, list_url)
    assert_kept(page, live_server.url, certificate.display_code)
    assert not watch.problems, "\n".join(watch.problems)

    # Offline: the worker's copies of the page, the key list and the status list.
    context.set_offline(True)
    page, box = open_verify(context, addresses["en"])
    assert box.get_attribute("data-result") == "ok"
    assert box.get_attribute("data-source") == "cache"
    assert status_of(box) == VERIFIED_OFFLINE.format(date=as_of)
    assert box.get_by_test_id("offline-verify-signer").inner_text() == SIGNED_BY.format(
        issuer=issuer
    )

    page, box = open_verify(context, altered(addresses["en"]))
    assert box.get_attribute("data-result") == "signature"
    assert status_of(box) == SIGNATURE
    assert box.get_by_test_id("offline-verify-signer").count() == 0
    assert "Ба*** Б***" not in box.inner_text()

    kk_page, kk_box = open_verify(context, addresses["kk"])
    assert kk_box.get_attribute("data-result") == "ok"
    assert kk_box.get_attribute("data-source") == "cache"
    assert status_of(kk_box)  # in Kazakh, or English while kk has no translation yet
    assert issuer in kk_box.get_by_test_id("offline-verify-signer").inner_text()
    kk_page, kk_box = open_verify(context, altered(addresses["kk"]))
    assert kk_box.get_attribute("data-result") == "signature"
    offline_at = time.perf_counter()
    assert not watch.problems, "\n".join(watch.problems)

    # The office revokes the certificate: the same QR says so, online and then offline too.
    context.set_offline(False)
    clerk = django_user_model.objects.get(username="clerk-verify-1")
    certificate.revoke(clerk, "Issued by mistake")
    page, box = open_verify(context, addresses["en"])
    expect(page.get_by_test_id("certificate-status")).to_have_attribute("data-status", "revoked")
    assert box.get_attribute("data-result") == "revoked"
    assert box.get_attribute("data-source") == "network"
    assert status_of(box) == REVOKED
    wait_until_kept(page)
    kk_page, kk_box = open_verify(context, addresses["kk"])
    assert kk_box.get_attribute("data-result") == "revoked"
    wait_until_kept(kk_page)

    context.set_offline(True)
    page, box = open_verify(context, addresses["en"])
    assert box.get_attribute("data-result") == "revoked"
    assert box.get_attribute("data-source") == "cache"
    assert status_of(box) == REVOKED
    assert not watch.problems, "\n".join(watch.problems)
    context.close()
    with capsys.disabled():
        print(
            f"\nverify journey: PDFs and online {online_at - started:.1f} s, "
            f"offline {offline_at - online_at:.1f} s, "
            f"whole {time.perf_counter() - started:.1f} s"
        )
