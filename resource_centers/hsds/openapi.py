"""The OpenAPI 3.1 document of /api/hsds/, adapted from Open Referral's own (schema/openapi.json).

Open Referral publishes its API as an OpenAPI 3.1 file whose responses point at its JSON schemas
on GitHub. This keeps its paths, wording and the `Page` schema, and changes what an API must
change to describe itself: its title and server, the schemas bundled as components (their `$ref`s
made local, so no reader needs the network), the query parameters this API reads (with their
limits), `/locations` (which HSDS defines as a schema but not as a path), and the 400/404 problems.
"""

from __future__ import annotations

import copy
import json
from functools import cache, lru_cache
from pathlib import Path

from django.conf import settings

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
HSDS_RAW = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
# The compiled list schemas keep their directory's name in their component's name.
COMPILED = ("service_list", "organization_list", "service_at_location_list")


def schema_files() -> dict[str, Path]:
    """Every HSDS JSON schema kept in the repository, by component name."""
    files = {
        path.stem: path for path in sorted(SCHEMA_DIR.glob("*.json")) if path.stem != "openapi"
    }
    files |= {name: SCHEMA_DIR / "compiled" / f"{name}.json" for name in COMPILED}
    return files


@cache
def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _localise(node: object) -> object:
    """`{"$ref": "phone.json"}` → `{"$ref": "#/components/schemas/phone"}`, everywhere."""
    if isinstance(node, dict):
        out = {key: _localise(value) for key, value in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.endswith(".json"):
            name = ref.removeprefix(HSDS_RAW).removeprefix("compiled/").removesuffix(".json")
            # The full compiled schemas are the plain ones with their references resolved.
            out["$ref"] = f"#/components/schemas/{name}"
        return out
    if isinstance(node, list):
        return [_localise(item) for item in node]
    return node


def _param(name: str, description: str, schema: dict) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
    }


def _parameters() -> dict:
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    uuid_schema = {"type": "string", "format": "uuid"}
    return {
        "page": _param(
            "page", "Page number of paginated result.", {"type": "integer", "minimum": 1}
        ),
        "per_page": _param(
            "per_page",
            "Number of results requested in a single page (at most 200).",
            {"type": "integer", "minimum": 1, "maximum": 200, "default": 50},
        ),
        "locale": _param(
            "locale",
            "The language of names and descriptions (ISO 639-1); a centre not yet translated "
            "is given in Kazakh, the language its page is written in. Ids are the same in "
            "every language.",
            {"type": "string", "enum": languages, "default": settings.LANGUAGE_CODE},
        ),
        "search": _param(
            "search",
            "Case-insensitive text in the name or description (no control characters).",
            {"type": "string", "maxLength": 100, "pattern": "^[^\\u0000-\\u001f\\u007f]*$"},
        ),
        "modified_after": _param(
            "modified_after",
            "Return all results modified on or after this datetime (ISO 8601; a date alone "
            "means its midnight, UTC).",
            {"type": "string", "anyOf": [{"format": "date-time"}, {"format": "date"}]},
        ),
        "organization_id": _param(
            "organization_id", "Only what this organization provides.", uuid_schema
        ),
        "taxonomy_term_id": _param(
            "taxonomy_term_id", "Only services with this taxonomy term.", uuid_schema
        ),
        "taxonomy_id": _param(
            "taxonomy_id", "Only services with any term of this taxonomy.", uuid_schema
        ),
    }


def _refs(*names: str) -> list[dict]:
    return [{"$ref": f"#/components/parameters/{name}"} for name in names]


LIST_PARAMETERS = {
    "/services": (
        "search",
        "page",
        "per_page",
        "locale",
        "taxonomy_term_id",
        "taxonomy_id",
        "organization_id",
        "modified_after",
    ),
    "/service_at_locations": (
        "search",
        "page",
        "per_page",
        "locale",
        "taxonomy_term_id",
        "taxonomy_id",
        "organization_id",
        "modified_after",
    ),
    "/organizations": ("search", "page", "per_page", "locale", "modified_after"),
    "/locations": ("search", "page", "per_page", "locale", "organization_id", "modified_after"),
    "/taxonomies": ("search", "page", "per_page", "locale"),
    "/taxonomy_terms": ("search", "page", "per_page", "locale", "taxonomy_id"),
}
DETAIL_SCHEMAS = {
    "/services/{id}": "service",
    "/organizations/{id}": "organization",
    "/service_at_locations/{id}": "service_at_location",
    "/taxonomies/{id}": "taxonomy",
    "/taxonomy_terms/{id}": "taxonomy_term",
    "/locations/{id}": "location",
}

PROBLEM = {
    "type": "object",
    "description": "An error as RFC 9457 problem details.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "format": "uri"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "invalid_params": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "reason"],
                "properties": {"name": {"type": "string"}, "reason": {"type": "string"}},
            },
        },
    },
}


def _problem_response(description: str) -> dict:
    return {
        "description": description,
        "content": {
            "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
        },
    }


def _add_locations(paths: dict) -> None:
    """HSDS has a location schema but no path for it: these follow its organizations' shape."""
    paths["/locations"] = {
        "get": {
            "summary": "Paginated list of locations.",
            "description": "Paginated list of the centres' locations, with their addresses, "
            "phones, languages and schedules.",
            "operationId": "getPaginatedListOfLocations",
            "responses": {
                "200": {
                    "description": "Paginated list of locations.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "properties": {
                                    "contents": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/location"},
                                    }
                                },
                                "allOf": [{"$ref": "#/components/schemas/Page"}],
                            }
                        }
                    },
                }
            },
        }
    }
    paths["/locations/{id}"] = {
        "parameters": copy.deepcopy(paths["/organizations/{id}"]["parameters"]),
        "get": {
            "summary": "A location by {id}.",
            "description": "A location with its addresses, phones, languages and schedules.",
            "operationId": "getLocationById",
            "responses": {
                "200": {
                    "description": "A location.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/location"}}
                    },
                }
            },
        },
    }
    paths["/locations/{id}"]["parameters"][0]["description"] = (
        "The id of the location that the request is intended to retrieve."
    )


@lru_cache(maxsize=8)
def _document(base_url: str) -> str:
    document = copy.deepcopy(_load(SCHEMA_DIR / "openapi.json"))
    document["info"] = {
        "title": "Otbasy Academy: family resource centres (HSDS 3.0)",
        "version": "1.0.0",
        "summary": "Kazakhstan's family resource support centres as Open Referral HSDS 3.0.",
        "description": "Read-only, anonymous. The directory of family resource support centres "
        "(psychologists, social workers, lawyers, mediators): each centre is an organization "
        "with one location and one service per kind of help it offers. Adapted from the HSDS "
        "API reference (Human Services Data Specification: an Open Referral resource, "
        "https://openreferral.org/, CC BY-SA 4.0).",
        "license": {
            "name": "CC BY-SA 4.0",
            "identifier": "CC-BY-SA-4.0",
        },
    }
    document["servers"] = [{"url": base_url.rstrip("/")}]
    paths = document["paths"]
    _add_locations(paths)
    # The reference file points the service_at_location detail at the service schema.
    at_location = paths["/service_at_locations/{id}"]["get"]["responses"]["200"]
    at_location["content"]["application/json"]["schema"] = {"$ref": "service_at_location.json"}
    for path, names in LIST_PARAMETERS.items():
        operation = paths[path]["get"]
        operation["parameters"] = _refs(*names)
        operation["responses"]["400"] = _problem_response("A query parameter is invalid.")
    for path, _schema in DETAIL_SCHEMAS.items():
        operation = paths[path]["get"]
        operation["parameters"] = _refs("locale")
        operation["responses"]["400"] = _problem_response("A query parameter is invalid.")
        operation["responses"]["404"] = _problem_response("Nothing published has this id.")
    paths["/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["required"] = [
        "version",
        "profile",
        "openapi_url",
    ]
    components = document["components"]
    components["parameters"] = _parameters()
    components["schemas"]["Problem"] = PROBLEM
    for name, path in schema_files().items():
        components["schemas"][name] = _load(path)
    return json.dumps(_localise(document), ensure_ascii=False, separators=(",", ":"))


def openapi_json(base_url: str) -> str:
    """The document, as JSON text, for an API served at `base_url` (built once per base URL)."""
    return _document(base_url)


def openapi_document(base_url: str) -> dict:
    return json.loads(_document(base_url))
