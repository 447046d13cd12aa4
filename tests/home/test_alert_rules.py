"""The alert rules of `make cluster` (scripts/cluster/prometheus/rules.yml), unit-tested by
Prometheus's own `promtool test rules` (README: "Operating it"); `make test` installs it."""

import shutil
import subprocess
from pathlib import Path

RULES = Path(__file__).resolve().parents[2] / "scripts" / "cluster" / "prometheus"


def _promtool(*args: str) -> subprocess.CompletedProcess:
    promtool = shutil.which("promtool")
    assert promtool, "promtool is missing: scripts/install-system-deps.sh test installs it"
    return subprocess.run(  # noqa: S603
        [promtool, *args], cwd=RULES, capture_output=True, text=True, timeout=120
    )


def test_the_alert_rules_are_valid():
    checked = _promtool("check", "rules", "rules.yml")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_each_alert_fires_when_it_should_and_not_before():
    tested = _promtool("test", "rules", "rules_test.yml")
    assert tested.returncode == 0, tested.stdout + tested.stderr


def test_every_alert_has_a_unit_test():
    import re

    rules = set(re.findall(r"- alert: (\w+)", (RULES / "rules.yml").read_text()))
    tested = set(re.findall(r"alertname: (\w+)", (RULES / "rules_test.yml").read_text()))
    assert rules - tested == set()
