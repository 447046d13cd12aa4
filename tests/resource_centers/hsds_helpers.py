"""Shared pieces of the HSDS tests: the official schemas, resolved locally (no network)."""

import json

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from resource_centers.hsds.openapi import SCHEMA_DIR, schema_files

BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"


def _registry() -> Registry:
    resources = []
    for name, path in schema_files().items():
        contents = json.loads(path.read_text(encoding="utf-8"))
        relative = f"compiled/{name}.json" if path.parent.name == "compiled" else f"{name}.json"
        resources.append((BASE + relative, Resource.from_contents(contents, DRAFT202012)))
    return Registry().with_resources(resources)


REGISTRY = _registry()


def validator(name: str) -> Draft202012Validator:
    """A validator of the official schema `name` (`service`, `compiled/service_list`, …)."""
    path = SCHEMA_DIR / f"{name}.json"
    schema = {"$ref": BASE + f"{name}.json"}
    assert path.exists(), path
    return Draft202012Validator(schema, registry=REGISTRY, format_checker=FormatChecker())


def assert_valid(name: str, document: dict) -> None:
    errors = sorted(validator(name).iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(
        f"{name} {list(e.absolute_path)}: {e.message}" for e in errors[:10]
    )


PAGE_KEYS = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
}
