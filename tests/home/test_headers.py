"""Security headers: the Content-Security-Policy of pages and the admin, its report-only switch and
media origin, and the same headers on static files (which WhiteNoise serves before middleware)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from tests.factories import editors_course

ROOT = Path(__file__).resolve().parents[2]
EXECUTED_INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"(?:application/json|text/template)\")([^>]*)>",
)


def policy_of(header: str) -> dict[str, list[str]]:
    """`default-src 'self'; img-src 'self' data:` → {"default-src": ["'self'"], "img-src": [...]}."""
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def _settings_in_a_new_process(code: str, module: str = "test", **env: str) -> str:
    """Print something from the settings as a fresh process with this environment reads them."""
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"CSP_REPORT_ONLY", "CSP_EXTRA_IMG_SRC", "MEDIA_URL", "DJANGO_SETTINGS_MODULE"}
    }
    full_env.update({"DJANGO_SETTINGS_MODULE": f"config.settings.{module}", **env})
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.django_db
def test_public_pages_run_only_the_sites_own_scripts(client, site_pages):
    for path in ("/kk/", "/ru/about/", "/en/search/?q=family"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "Content-Security-Policy-Report-Only" not in response.headers
        policy = policy_of(response.headers["Content-Security-Policy"])
        assert policy["default-src"] == ["'self'"]
        assert policy["script-src"][0] == "'self'"
        assert not {"'unsafe-inline'", "'unsafe-eval'"} & set(policy["script-src"])
        assert policy["style-src"] == ["'self'"]  # style attributes only (style-src-attr)
        assert policy["object-src"] == ["'none'"]
        assert policy["img-src"] == ["'self'", "data:"]
        for directive in ("connect-src", "font-src", "frame-ancestors", "form-action", "base-uri"):
            assert policy[directive] == ["'self'"], directive
        assert not EXECUTED_INLINE_SCRIPT.search(response.content.decode()), path


@pytest.mark.django_db
def test_every_inline_script_of_the_admin_carries_the_responses_nonce(
    client, django_user_model, site_pages, office_a
):
    """Wagtail writes inline scripts for date pickers, choosers and inline panels; each must carry
    the nonce of its own response, or the browser blocks it."""
    course = editors_course(site_pages["home"]["kk"])
    client.force_login(django_user_model.objects.create_superuser("csp-admin", password="x"))
    nonces = set()
    for path in (
        "/admin/applications/new/",  # date pickers and the partners' inline panel
        f"/admin/pages/{course.pk}/edit/",  # image and page choosers, publishing date-times
        "/admin/users/",  # the date filters of a listing
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        policy = policy_of(response.headers["Content-Security-Policy"])
        nonce_sources = [s for s in policy["script-src"] if s.startswith("'nonce-")]
        assert len(nonce_sources) == 1, path
        assert "'unsafe-inline'" not in policy["script-src"]
        assert policy["style-src"] == ["'self'", "'unsafe-inline'"]  # the admin's own styles
        nonce = nonce_sources[0][len("'nonce-") : -1]
        nonces.add(nonce)
        scripts = EXECUTED_INLINE_SCRIPT.findall(response.content.decode())
        assert scripts, path
        for attributes in scripts:
            assert f'nonce="{nonce}"' in attributes, f"{path}: <script{attributes}> has no nonce"
    assert len(nonces) == 3  # a fresh nonce for every response


@pytest.mark.django_db
def test_report_only_sends_the_same_policy_without_enforcing_it(client, site_pages):
    from django.conf import settings

    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    with override_settings(
        CONTENT_SECURITY_POLICY=None,
        CONTENT_SECURITY_POLICY_REPORT_ONLY={"DIRECTIVES": directives},
    ):
        response = client.get("/kk/")
    assert "Content-Security-Policy" not in response.headers
    policy = policy_of(response.headers["Content-Security-Policy-Report-Only"])
    assert policy["script-src"] == ["'self'"] and policy["object-src"] == ["'none'"]


@pytest.mark.parametrize("module", ["test", "production"])
def test_the_policy_is_enforced_unless_the_environment_asks_for_report_only(module):
    code = (
        "from csp.utils import build_policy;"
        "print(bool(build_policy()), bool(build_policy(report_only=True)))"
    )
    key = {
        "SECRET_KEY": "k8Jx2-Qw9zR4tYp7Lm3Nv6Bc1Xd5Fg0Hj8Kl2Zx4Cv7Bn9Mq3Wr6Et1Yu5Io0Pa",
        "CERTIFICATE_KEYS_KEK": "k9Lm2-Qw8zR5tYp1Lm3Nv7Bc2Xd6Fg9Hj0Kl3Zx5Cv8Bn",
        "SINGLE_INSTANCE": "1",  # production's own refusal of a per-process cache is not tested here
    }
    assert _settings_in_a_new_process(code, module, **key) == "True False"
    assert _settings_in_a_new_process(code, module, CSP_REPORT_ONLY="true", **key) == "False True"


def test_images_may_come_from_the_media_origin_and_configured_hosts():
    code = "from csp.utils import build_policy; print(build_policy())"
    header = _settings_in_a_new_process(
        code,
        MEDIA_URL="https://media.otbasy.kz/otbasy/media/",
        CSP_EXTRA_IMG_SRC="https://cdn.otbasy.kz, https://tiles.otbasy.kz",
    )
    assert policy_of(header)["img-src"] == [
        "'self'",
        "data:",
        "https://media.otbasy.kz",
        "https://cdn.otbasy.kz",
        "https://tiles.otbasy.kz",
    ]


def test_static_files_carry_the_security_headers_too(client):
    for path in ("/static/css/site.css", "/static/img/favicon.svg", "/static/js/print.js"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert "camera=()" in response.headers["Permissions-Policy"]
        policy = policy_of(response.headers["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"] and policy["frame-ancestors"] == ["'self'"]
