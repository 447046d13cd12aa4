"""Production asks every staff member for a second factor unless told otherwise; dev and test not."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k8Jx2-Qw9zR4tYp7Lm3Nv6Bc1Xd5Fg0Hj8Kl2Zx4Cv7Bn9Mq3Wr6Et1Yu5Io0Pa"


def _production(**env: str) -> list[str]:
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "STAFF_MFA_REQUIRED"}
    }
    environ.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=STRONG_KEY,
        CERTIFICATE_KEYS_KEK="k9Lm2-Qw8zR5tYp1Lm3Nv7Bc2Xd6Fg9Hj0Kl3Zx5Cv8Bn",
        SINGLE_INSTANCE="1",
        **env,
    )
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.STAFF_MFA_REQUIRED, s.STAFF_SESSION_IDLE_SECONDS, s.STAFF_SESSION_MAX_SECONDS, "
        "s.STAFF_REAUTH_SECONDS, s.SECURITY_EVENT_RETENTION_DAYS)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environ, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_production_defaults_and_environment():
    assert _production() == ["True", "1800", "43200", "300", "365"]
    assert _production(
        STAFF_MFA_REQUIRED="false",
        STAFF_SESSION_IDLE_SECONDS="900",
        STAFF_SESSION_MAX_SECONDS="28800",
        STAFF_REAUTH_SECONDS="120",
        SECURITY_EVENT_RETENTION_DAYS="730",
    ) == ["False", "900", "28800", "120", "730"]


def test_tests_sign_in_with_a_password_only_unless_they_ask():
    assert settings.STAFF_MFA_REQUIRED is False
    assert "accounts.middleware.StaffSecondFactorMiddleware" in settings.MIDDLEWARE
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
