"""The HSDS API's OpenAPI 3.1 document: valid, and the API keeps to it under generated requests."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis.generation.modes import GenerationMode

from resource_centers.hsds.openapi import openapi_document

pytestmark = pytest.mark.django_db

BASE = "http://testserver/api/hsds/"


def test_the_served_document_is_valid_openapi_3_1(client):
    response = client.get("/api/hsds/openapi.json")
    assert response.status_code == 200
    document = response.json()
    validate(document)  # raises on any error
    assert document["openapi"] == "3.1.0"
    assert document["servers"] == [{"url": "http://testserver/api/hsds"}]
    # Every path the HSDS reference names, plus /locations; no reference reaches the network.
    assert {
        "/",
        "/services",
        "/services/{id}",
        "/organizations",
        "/organizations/{id}",
        "/locations",
        "/locations/{id}",
        "/service_at_locations",
        "/taxonomies",
        "/taxonomy_terms",
    } <= set(document["paths"])
    assert "raw.githubusercontent.com" not in response.content.decode()
    assert "CC BY-SA 4.0" in document["info"]["license"]["name"]


@pytest.fixture
def wsgi_app(centre_site, wsgi_app):
    """The site as a WSGI app in this test's transaction (tests/fixtures.py), with the centres."""
    return wsgi_app


def test_generated_requests_never_break_the_server_or_the_schema(wsgi_app):
    """Property-based (schemathesis): for every operation, requests that fit the document and
    requests that break it; no 5xx, and every status, content type and body as it says. One
    test over all operations, so the centres are made once (bounded: about 30 s here)."""
    schema = schemathesis.openapi.from_dict(openapi_document(BASE))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 13
    for operation in operations:
        # A request can break the document only where it has parameters to break.
        modes = [GenerationMode.POSITIVE] + [GenerationMode.NEGATIVE] * bool(len(operation.query))
        for mode in modes:

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=10,
                deadline=None,
                derandomize=True,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def run(case):
                case.call_and_validate(app=wsgi_app, base_url=BASE.rstrip("/"))

            run()
