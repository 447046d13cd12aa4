"""Done when: the README's client, run as its own process against a live server, creates its
webhook, files an application and assigns the course; the couple finishes through the learner's
pages; the hook receives `certificate.issued`, verified with the standardwebhooks verifier."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest
from django.core.management import call_command
from django.test import Client
from standardwebhooks.webhooks import Webhook

from registry_offices.models import MarriageApplication
from tests import factories

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_client() -> str:
    section = README.read_text().split("## Registry API", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_readme_client_from_application_to_certificate_issued(
    live_server, office_a, short, receiver, capsys
):
    call_command("registry_api_client", "create", "Astana IS", "--office", "astana-1")
    made = dict(line.split("=", 1) for line in capsys.readouterr().out.split())
    env = {
        **os.environ,
        "OTBASY_URL": live_server.url,
        "CLIENT_ID": made["client_id"],
        "CLIENT_SECRET": made["client_secret"],
        "HOOK_URL": receiver.url,
    }
    run = subprocess.run(  # noqa: S603 - the README's own code, with this interpreter
        [sys.executable, "-c", readme_client()],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    secret = re.search(r"^secret (\S+)$", run.stdout, re.M).group(1)
    codes = [unquote(code) for code in re.findall(r"#code=(\S+)$", run.stdout, re.M)]
    assert len(codes) == 2
    application = MarriageApplication.objects.get(external_id="IS-0001")
    assert application.office == office_a.office and application.partners.count() == 2
    assert receiver.requests == []
    for code in codes:
        partner = Client()
        factories.sign_in(partner, code)
        factories.finish_course(partner, short)
    issued = [(h, b) for h, b in receiver.requests if json.loads(b)["type"] == "certificate.issued"]
    assert len(issued) == 1
    headers, body = issued[0]
    event = Webhook(secret).verify(body, headers)
    assert event["data"]["external_id"] == "IS-0001"
    certificate = application.assignments.get().certificates.get()
    assert event["data"]["certificate"]["code"] == certificate.code
