"""The registry API's OpenAPI 3.1 schema: valid by openapi-spec-validator, and every answer to
property-based requests (schemathesis, bounded) conforms to it without a server error."""

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .conftest import BASE, application_body

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def test_the_schema_is_valid_openapi_3_1(client, db):
    schema = client.get(f"{BASE}/openapi.json").json()
    assert schema["openapi"].startswith("3.1")
    validate(schema)
    flows = schema["components"]["securitySchemes"]["ClientAuth"]["flows"]
    assert flows["clientCredentials"]["tokenUrl"] == f"{BASE}/oauth/token/"
    create = schema["paths"][f"{BASE}/offices/{{office}}/applications"]["post"]
    assert create["security"] == [{"ClientAuth": ["applications:write"]}]
    assert "application/problem+json" in create["responses"]["422"]["content"]
    assert any(p["name"] == "Idempotency-Key" for p in create["parameters"])


@pytest.mark.filterwarnings("ignore")
def test_schemathesis_finds_no_server_error_and_no_answer_outside_the_schema(
    system_a, short, couple, wsgi_app
):
    system_a.post("/offices/astana-1/applications", application_body())
    schema = schemathesis.openapi.from_wsgi(f"{BASE}/openapi.json", wsgi_app)
    headers = {"Authorization": f"Bearer {system_a.token}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @settings(
            max_examples=8,
            deadline=None,
            database=None,
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def exercise(case):
            if "office" in (case.path_parameters or {}):
                case.path_parameters["office"] = "astana-1"  # also its own office, not only 404s
            response = case.call(headers=headers)
            case.validate_response(response, checks=CHECKS)

        exercise()
