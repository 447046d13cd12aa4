"""Signed credentials, a DID document and a status list made in Python, and a tiny HTTP server
serving them with the verify scripts, for tests/certificates/test_offline_js.py.

The formats are the contract the Django side signs to: VC-JOSE compact JWTs (EdDSA, Ed25519) whose
payload is an Open Badges 3.0 credential, keys as Multikey in /.well-known/did.json, revocation
in a GZIP'd Bitstring Status List (itself a JWT) at /credentials/status/<list>.jwt.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import html
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "static"
CODE = "K7QM4XPA9RTD"
LIST_ID = "test-1"
LIST_BITS = 131072
REVOKED_INDEX = 9  # set in the status list
VALID_INDEX = 8  # its neighbour in the same byte, not set
OFFICE = "Astana registry office No. 1"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

# The site's policy (config/settings/base/security.py), without the nonce: these pages have no inline script.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; "
    "frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'"
)

MESSAGES = {
    "verified-online": "Verified online: the registry signed this certificate and has not revoked it.",
    "verified-offline": "Verified offline, status as of {date}.",
    "signed-by": "Signed by {issuer}",
    "malformed": "This link does not carry a readable certificate.",
    "algorithm": "This certificate is not signed the way the registry signs.",
    "unknown_key": "This certificate is signed with a key the registry does not know.",
    "revoked_key": "The key this certificate is signed with was withdrawn.",
    "signature": "The signature does not match: the certificate was altered.",
    "expired": "This certificate has expired.",
    "revoked": "This certificate was revoked.",
    "mismatch": "This credential belongs to another certificate code.",
    "no_status": "The revocation list cannot be reached; connect to the internet and try again.",
}
LABELS = {"course": "Course", "holders": "Holders", "valid-until": "Valid until"}


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def base58btc(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, digit = divmod(number, 58)
        out = BASE58[digit] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def raw_public_key(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def multikey(key: Ed25519PrivateKey) -> str:
    return "z" + base58btc(b"\xed\x01" + raw_public_key(key))


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def encoded_list(revoked: set[int], bits: int = LIST_BITS) -> str:
    """ "u" + base64url(GZIP(bitstring)), bit 0 the most significant bit of the first byte."""
    data = bytearray(bits // 8)
    for index in revoked:
        data[index // 8] |= 0x80 >> (index % 8)
    return "u" + b64url(gzip.compress(bytes(data)))


def sign(key: Ed25519PrivateKey, header: dict, payload: dict) -> str:
    signing_input = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(payload).encode())
    return signing_input + "." + b64url(key.sign(signing_input.encode("ascii")))


def unsigned(header: dict, payload: dict, signature: bytes = b"") -> str:
    return ".".join(
        [
            b64url(json.dumps(header).encode()),
            b64url(json.dumps(payload).encode()),
            b64url(signature),
        ]
    )


def display(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


@dataclass
class Issuer:
    """The registry's DID (did:web of the test server's host) and its keys."""

    host: str  # 127.0.0.1:<port>
    keys: dict[str, Ed25519PrivateKey] = field(default_factory=dict)
    revoked: dict[str, str] = field(default_factory=dict)  # key id -> when marked compromised
    current: str = "key-2"

    @classmethod
    def make(cls, host: str) -> Issuer:
        issuer = cls(host=host)
        for key_id in ("key-1", "key-2"):
            issuer.keys[key_id] = Ed25519PrivateKey.generate()
        issuer.revoked["key-1"] = "2026-01-15T09:00:00Z"
        return issuer

    @property
    def did(self) -> str:
        return "did:web:" + quote(self.host, safe="")

    def kid(self, key_id: str | None = None) -> str:
        return f"{self.did}#{key_id or self.current}"

    def header(self, key_id: str | None = None, **extra) -> dict:
        return {"alg": "EdDSA", "typ": "vc+jwt", "cty": "vc", "kid": self.kid(key_id), **extra}

    def did_document(self) -> dict:
        methods = []
        for key_id, key in self.keys.items():
            method = {
                "id": self.kid(key_id),
                "type": "Multikey",
                "controller": self.did,
                "publicKeyMultibase": multikey(key),
            }
            if key_id in self.revoked:
                method["revoked"] = self.revoked[key_id]
            methods.append(method)
        return {
            "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
            "id": self.did,
            "verificationMethod": methods,
            "assertionMethod": [self.kid(key_id) for key_id in self.keys],
        }

    def credential(
        self,
        code: str = CODE,
        index: int = VALID_INDEX,
        list_id: str = LIST_ID,
        valid_until: dt.datetime | None = None,
    ) -> dict:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        until = valid_until or now + dt.timedelta(days=730)
        return {
            "@context": [
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            ],
            "id": f"https://{self.host}/api/credentials/{code}/",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": self.did, "type": "Profile", "name": OFFICE},
            "validFrom": iso(now - dt.timedelta(days=30)),
            "validUntil": iso(until),
            "name": "Certificate",
            "credentialSubject": {
                "type": "AchievementSubject",
                "identifier": [
                    {"type": "IdentityObject", "identityHash": "Ай*** Н***", "hashed": False},
                    {"type": "IdentityObject", "identityHash": "Да*** С***", "hashed": False},
                ],
                "achievement": {
                    "id": f"https://{self.host}/courses/premarital/",
                    "type": "Achievement",
                    "name": [
                        {"@value": "Некеге дейінгі курс", "@language": "kk"},
                        {"@value": "Premarital course", "@language": "en"},
                    ],
                },
            },
            "credentialStatus": {
                "id": f"https://{self.host}/credentials/status/{list_id}/#{index}",
                "type": "BitstringStatusListEntry",
                "statusPurpose": "revocation",
                "statusListIndex": str(index),
                "statusListCredential": f"https://{self.host}/credentials/status/{list_id}/",
            },
        }

    def jwt(self, payload: dict, key_id: str | None = None) -> str:
        key_id = key_id or self.current
        return sign(self.keys[key_id], self.header(key_id), payload)

    def status_list(self, revoked: set[int], list_id: str = LIST_ID) -> str:
        published = dt.datetime(2026, 5, 4, 8, 30, tzinfo=dt.UTC)
        payload = {
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "id": f"https://{self.host}/credentials/status/{list_id}/",
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": {"id": self.did, "type": "Profile", "name": OFFICE},
            "validFrom": iso(published),
            "credentialSubject": {
                "id": f"https://{self.host}/credentials/status/{list_id}/#list",
                "type": "BitstringStatusList",
                "statusPurpose": "revocation",
                "encodedList": encoded_list(revoked),
            },
        }
        return self.jwt(payload)


def verify_page(lang: str = "en", title: str = "Certificate") -> str:
    """The verify page as the Django template must render it: the element and the two scripts."""
    attrs = "".join(f' data-msg-{name}="{html.escape(text)}"' for name, text in MESSAGES.items())
    attrs += "".join(f' data-label-{name}="{html.escape(text)}"' for name, text in LABELS.items())
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/site.css">
<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">
</head>
<body class="template-verify">
<main id="main" class="container narrow verify">
<h1>{title}</h1>
<div data-offline-verify data-sw-url="/verify-sw.js"{attrs} hidden></div>
</main>
<script src="/static/js/credential-verify.js"></script>
<script src="/static/js/verify-offline.js"></script>
</body>
</html>
"""


class Site:
    """A threaded http.server on 127.0.0.1 (a random port) serving the fixture site."""

    issuer: Issuer

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = {}
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                path = self.path.split("?", 1)[0]
                site.hits.append(self.path)
                status, content_type, body, headers = site.routes.get(
                    path, (404, "text/plain", b"not found", {})
                )
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Content-Security-Policy", CSP)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.host = f"127.0.0.1:{self.port}"
        self.base = f"http://{self.host}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.running = False

    def start(self) -> Site:
        self.thread.start()
        self.running = True
        return self

    def stop(self) -> None:
        """Shut the server and close its socket: from now on connections are refused."""
        if self.running:
            self.server.shutdown()
            self.server.server_close()
            self.running = False

    def add(self, path: str, body: str | bytes, content_type: str, **headers: str) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = (200, content_type, data, headers)


def build_site(revoked_indexes: set[int] | None = None) -> Site:
    """The server (not started) with the scripts, the verify pages, the DID document and the
    status list; `site.issuer` holds the keys."""
    site = Site()
    issuer = site.issuer = Issuer.make(site.host)
    for name in ("credential-verify.js", "verify-offline.js"):
        site.add(f"/static/js/{name}", (STATIC / "js" / name).read_bytes(), "text/javascript")
    site.add(
        "/verify-sw.js",
        (STATIC / "js" / "verify-sw.js").read_bytes(),
        "text/javascript",
        **{"Service-Worker-Allowed": "/", "Cache-Control": "no-cache"},
    )
    site.add("/static/css/site.css", (STATIC / "css" / "site.css").read_bytes(), "text/css")
    site.add(
        "/static/img/favicon.svg", (STATIC / "img" / "favicon.svg").read_bytes(), "image/svg+xml"
    )
    for lang in ("kk", "ru", "en"):
        site.add(f"/{lang}/verify/offline/", verify_page(lang, "Offline check"), "text/html")
    site.add(f"/en/verify/{display(CODE)}/", verify_page("en"), "text/html")
    site.add("/.well-known/did.json", json.dumps(issuer.did_document()), "application/did+json")
    site.add(
        f"/credentials/status/{LIST_ID}.jwt",
        issuer.status_list(revoked_indexes if revoked_indexes is not None else {REVOKED_INDEX}),
        "application/vc+jwt",
    )
    # What the worker must leave alone: a learner page, the admin, a page with a query string.
    site.add("/en/learn/", "<!DOCTYPE html><title>Lesson</title><p>Your lesson", "text/html")
    site.add("/admin/", "<!DOCTYPE html><title>Admin</title><p>Staff only", "text/html")
    return site
