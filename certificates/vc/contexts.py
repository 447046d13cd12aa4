"""The JSON-LD contexts a credential is signed and verified with, bundled: no network, ever.

A Data Integrity proof signs the RDF a document expands to, so whoever serves a context decides
what a signature means. Fetching contexts at verification time would let that server (or anyone
on the path) change the meaning, and make verification depend on the network. The files in
``contexts/`` are byte-for-byte copies of the official ones; `CONTEXT_SHA256` pins them (the VC
2.0 one is the digest the W3C Recommendation publishes) and `CONTEXT_SOURCES` says where each came
from.
"""

import copy
import hashlib
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from pyld.context_resolver import ContextResolver

DIRECTORY = Path(__file__).with_name("contexts")

VC_V2 = "https://www.w3.org/ns/credentials/v2"
VC_EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2"
OB_V3P0 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"
DID_V1 = "https://www.w3.org/ns/did/v1"

#: URL -> file in ``contexts/``.
CONTEXT_FILES: dict[str, str] = {
    VC_V2: "credentials-v2.json",
    OB_V3P0: "ob-v3p0-context-3.0.3.json",
    DATA_INTEGRITY_V2: "data-integrity-v2.json",
    MULTIKEY_V1: "multikey-v1.json",
    DID_V1: "did-v1.json",
    VC_EXAMPLES_V2: "credentials-examples-v2.json",
}

#: URL -> where the bundled copy was taken from (repository file at a commit).
CONTEXT_SOURCES: dict[str, str] = {
    VC_V2: "https://github.com/w3c/vc-data-model/blob/"
    "08b83e46c10ee37b0f4fb44b31459e611e521da0/contexts/credentials/v2",
    # 1EdTech amended context-3.0.3.json in place (March 2024: inLanguage, awardedDate); this is
    # the amended file. Our credentials use neither term, so both versions give the same RDF.
    OB_V3P0: "https://github.com/1EdTech/openbadges-specification/blob/"
    "74da24dd031d5ca56fbe08e8784354b516d5aa86/ob_v3p0/context-3.0.3.json",
    DATA_INTEGRITY_V2: "https://github.com/w3c/vc-data-integrity/blob/"
    "9c6280431b8dc196ec13316ba8d2c0f6121febe2/contexts/data-integrity/v2",
    MULTIKEY_V1: "https://github.com/w3c/vc-data-integrity/blob/"
    "aaf95ef2a1c9f9cf93c2c2cd6f539b97d28660ff/contexts/multikey/v1",
    # w3c/did-core no longer holds the v1 file; this is the copy the `did-context` package ships.
    DID_V1: "https://github.com/digitalbazaar/did-context/blob/"
    "39df16371eda9b2f3b712815d48ffec06bed7944/contexts/did-v1.jsonld",
    VC_EXAMPLES_V2: "https://github.com/w3c/vc-data-model/blob/"
    "80cefeec328f48d32c90a75df0596eb0b165ec3a/contexts/credentials/examples/v2",
}

#: URL -> SHA-256 of the bundled bytes; a copy that drifts from its source fails to load.
CONTEXT_SHA256: dict[str, str] = {
    # Equal to the digest in VC Data Model 2.0 (W3C Recommendation), section B.1 Base Context.
    VC_V2: "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734",
    OB_V3P0: "ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761",
    DATA_INTEGRITY_V2: "67f21e6e33a6c14e5ccfd2fc7865f7474fb71a04af7e94136cb399dfac8ae8f4",
    MULTIKEY_V1: "ba2c182de2d92f7e47184bcca8fcf0beaee6d3986c527bf664c195bbc7c58597",
    DID_V1: "62c1054bf404d6dd3a4b26b64f830fd72095f6a26edc4469908c94351352ce5f",
    VC_EXAMPLES_V2: "57393fbc69d6efb9b9b5dc9cb6b9880b0944360abfe2eaf459c9e58cf2279d7c",
}

#: What a credential of ours may use. The examples context maps every unknown term to an example
#: IRI (``@vocab``), so it is kept out: it is only for the W3C's own test vectors.
PRODUCTION_CONTEXTS: frozenset[str] = frozenset(
    {VC_V2, OB_V3P0, DATA_INTEGRITY_V2, MULTIKEY_V1, DID_V1}
)
EXAMPLE_CONTEXTS: frozenset[str] = PRODUCTION_CONTEXTS | {VC_EXAMPLES_V2}


class UnknownContext(Exception):
    """A document asked for a context that is not bundled; nothing is fetched instead."""

    def __init__(self, url: str) -> None:
        super().__init__(
            f"JSON-LD context {url!r} is not bundled in certificates/vc/contexts/ and is never "
            "fetched from the network"
        )
        self.url = url


@cache
def _bundled(url: str) -> dict[str, Any]:
    raw = (DIRECTORY / CONTEXT_FILES[url]).read_bytes()
    if hashlib.sha256(raw).hexdigest() != CONTEXT_SHA256[url]:
        raise RuntimeError(f"the bundled copy of {url} differs from the pinned digest")
    return json.loads(raw)


def bundled_context(url: str) -> dict[str, Any]:
    """A fresh copy of a bundled context document (callers may change it freely)."""
    if url not in CONTEXT_FILES:
        raise UnknownContext(url)
    return copy.deepcopy(_bundled(url))


class BundledLoader:
    """A pyld ``documentLoader`` serving only the given bundled URLs.

    It also carries the cache of processed contexts pyld should use with it (see
    `jsonld_options`), so nothing another loader put in pyld's process-wide cache is ever used.
    """

    def __init__(self, urls: Iterable[str]) -> None:
        self.urls = frozenset(urls)
        unknown = self.urls - CONTEXT_FILES.keys()
        if unknown:
            raise ValueError(f"not bundled: {sorted(unknown)}")
        self.resolved_cache: dict[str, Any] = {}

    def __call__(self, url: str, options: Any = None) -> dict[str, Any]:
        if url not in self.urls:
            raise UnknownContext(url)
        return {
            "contextUrl": None,
            "documentUrl": url,
            "contentType": "application/ld+json",
            "document": bundled_context(url),
        }


def make_document_loader(urls: Iterable[str] = PRODUCTION_CONTEXTS) -> BundledLoader:
    """A loader serving only the given bundled URLs (a ValueError for one that is not bundled)."""
    return BundledLoader(urls)


#: The loader for our credentials (and the default everywhere in this package).
document_loader = make_document_loader(PRODUCTION_CONTEXTS)
#: The loader for the W3C specifications' examples and test vectors.
examples_document_loader = make_document_loader(EXAMPLE_CONTEXTS)


def jsonld_options(loader: BundledLoader | None = None, **extra: Any) -> dict[str, Any]:
    """pyld options that load contexts through `loader` only.

    pyld keeps processed contexts in a process-wide cache keyed by URL and would use whatever
    another loader put there without asking ours; the resolver here uses the loader's own cache.
    The base is None: with no base, pyld 3.3 resolves a relative IRI against an invented
    ``http://example.org/base/``; with None it stays relative, so it is reported (and never
    signed) instead of quietly becoming someone else's IRI.
    """
    loader = loader or document_loader
    return {
        "documentLoader": loader,
        "contextResolver": ContextResolver(loader.resolved_cache, loader),
        "base": None,
        **extra,
    }
