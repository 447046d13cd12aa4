"""The production access log never holds a query string: a slip's link carries the access code."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET_CODE = "Zq8vN3xLp0sWcT5yHb2mRk7dFg4jAe1u"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_access_log_keeps_paths_without_codes(tmp_path):
    port = _free_port()
    log = tmp_path / "access.log"
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "k8Jx2-Qw9zR4tYp7Lm3Nv6Bc1Xd5Fg0Hj8Kl2Zx4Cv7Bn9Mq3Wr6Et1Yu5Io0Pa",
        "CERTIFICATE_KEYS_KEK": "k9Lm2-Qw8zR5tYp1Lm3Nv7Bc2Xd6Fg9Hj0Kl3Zx5Cv8Bn",
        "SINGLE_INSTANCE": "1",
        "CACHE_DIR": str(tmp_path / "cache"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
        "GUNICORN_ACCESS_LOG": str(log),
    }
    gunicorn = Path(sys.executable).parent / "gunicorn"
    server = subprocess.Popen(
        [str(gunicorn), "-c", "config/gunicorn.py", "config.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # /healthz answers without migrated tables; the logger treats every path alike.
        url = f"http://127.0.0.1:{port}/healthz?code={SECRET_CODE}"
        referrer = f"http://127.0.0.1:{port}/kk/learn/?code={SECRET_CODE}"
        for _ in range(100):
            try:
                urllib.request.urlopen(
                    urllib.request.Request(url, headers={"Referer": referrer}), timeout=5
                )
                break
            except urllib.error.HTTPError:
                break  # any answer will do: the log line is what is checked
            except OSError:
                time.sleep(0.1)
        for _ in range(50):
            if log.exists() and "/healthz" in log.read_text():
                break
            time.sleep(0.1)
    finally:
        server.terminate()
        server.wait(timeout=10)
    text = log.read_text()
    assert '"GET /healthz HTTP/1.1" 200' in text
    assert f'"http://127.0.0.1:{port}/kk/learn/"' in text
    assert SECRET_CODE not in text and "code=" not in text
