"""The bundled JSON-LD contexts: pinned copies, served by URL, nothing else, no network."""

import hashlib
import socket

import pytest
from pyld import jsonld

from certificates.vc import contexts
from certificates.vc.contexts import (
    CONTEXT_FILES,
    CONTEXT_SHA256,
    CONTEXT_SOURCES,
    UnknownContext,
    bundled_context,
    document_loader,
    examples_document_loader,
    make_document_loader,
)

# VC Data Model 2.0 (W3C Recommendation), B.1 Base Context: the digest of the v2 context file.
VC_V2_DIGEST = "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734"


def test_every_bundled_file_matches_its_pinned_digest_and_has_a_source():
    assert CONTEXT_FILES.keys() == CONTEXT_SHA256.keys() == CONTEXT_SOURCES.keys()
    for url, name in CONTEXT_FILES.items():
        raw = (contexts.DIRECTORY / name).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == CONTEXT_SHA256[url], url
        assert CONTEXT_SOURCES[url].startswith("https://github.com/")
        assert "@context" in bundled_context(url)
    assert CONTEXT_SHA256[contexts.VC_V2] == VC_V2_DIGEST
    assert sorted(path.name for path in contexts.DIRECTORY.glob("*.json")) == sorted(
        CONTEXT_FILES.values()
    )


def test_the_loader_serves_bundled_urls_and_refuses_the_rest():
    remote = document_loader(contexts.OB_V3P0, {})
    assert remote["documentUrl"] == contexts.OB_V3P0
    assert "OpenBadgeCredential" in remote["document"]["@context"]
    for url in (
        "https://example.org/context.json",
        "https://www.w3.org/ns/credentials/v2/",
        "http://www.w3.org/ns/credentials/v2",
        "https://www.w3.org/2018/credentials/v1",
        contexts.VC_EXAMPLES_V2,
    ):
        with pytest.raises(UnknownContext, match="never fetched"):
            document_loader(url, {})
    assert examples_document_loader(contexts.VC_EXAMPLES_V2, {})["document"]
    with pytest.raises(ValueError):
        make_document_loader(["https://example.org/context.json"])


def test_copies_are_fresh():
    bundled_context(contexts.VC_V2)["@context"]["changed"] = True
    assert "changed" not in bundled_context(contexts.VC_V2)["@context"]


def test_json_ld_processing_never_touches_the_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("no network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    document = {"@context": ["https://example.org/unbundled.json"], "name": "x"}
    with pytest.raises(jsonld.JsonLdError):
        jsonld.expand(document, contexts.jsonld_options())
    assert attempts == []


def test_pyld_process_wide_cache_is_not_used():
    """A context another loader put in pyld's global cache must not leak into ours."""
    fake = {"@context": {"name": "https://evil.example/name"}}
    url = "https://example.org/cached.json"

    def permissive(requested, options=None):
        return {"contextUrl": None, "documentUrl": requested, "document": fake}

    jsonld.expand({"@context": url, "name": "x"}, {"documentLoader": permissive})
    with pytest.raises(jsonld.JsonLdError):
        jsonld.expand({"@context": url, "name": "x"}, contexts.jsonld_options())
