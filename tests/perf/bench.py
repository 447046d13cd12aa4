#!/usr/bin/env python
"""`make bench`: the pages people wait on, under gunicorn (2 workers, production settings) and wrk.

Builds a separate SQLite database with the demo content in .bench/, starts a Redis (the shared
cache, as in production), serves the site with gunicorn on 127.0.0.1, drives each page with wrk
and prints req/s, p50, p99, the SQL queries one request makes, and each page's req/s as a ratio of
a static file's: ratios measured in one run are comparable across machines, absolute figures are
not. It always stops the servers it started.
"""

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"
SECONDS = int(os.environ.get("BENCH_SECONDS", "8"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
# BENCH_ONLY="applications,catalogue": only the pages whose label holds one of these (and the
# static file, which every ratio needs), for a quick look at one page.
ONLY = [word for word in os.environ.get("BENCH_ONLY", "").split(",") if word]
# A page whose two runs' p50 differ by more than this factor is flagged (and the bench fails).
UNSTABLE = 3.0
PYTHON = sys.executable
VENV_BIN = Path(sys.executable).parent


# Any cookie but CSRF and language makes the page cache step aside (home.pagecache): the same
# server then answers the same page uncached, so both columns come from one run.
UNCACHED_COOKIE = "bench_uncached=1"


@dataclass
class Target:
    label: str
    path: str
    cookie: str = ""
    public: bool = False  # an anonymous public page: measured cached and uncached


@dataclass
class Measure:
    rps: float
    p50_ms: float
    p99_ms: float


@dataclass
class Result:
    target: Target
    uncached: Measure
    cached: Measure | None
    queries: int | None
    status: int
    again: Measure | None = None  # the uncached page measured again, in reverse order

    @property
    def unstable(self) -> bool:
        """One page's p50 more than UNSTABLE times its other run's: something in the run (a
        rendition made on every request, a cache kept stale, a set-up still settling) and not
        the page itself is being measured."""
        if self.again is None:
            return False
        low, high = sorted((self.uncached.p50_ms, self.again.p50_ms))
        return high > UNSTABLE * max(low, 0.5)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_env() -> dict[str, str]:
    BENCH_DIR.mkdir(exist_ok=True)
    key_file = BENCH_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(64))
    kek_file = BENCH_DIR / "certificate_keys_kek"  # the demo office keys are encrypted with it
    if not kek_file.exists():
        kek_file.write_text(secrets.token_urlsafe(48))
    return {
        **os.environ,
        "SECRET_KEY": key_file.read_text().strip(),
        "CERTIFICATE_KEYS_KEK": kek_file.read_text().strip(),
        "DATABASE_URL": f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}",
        "STATIC_ROOT": str(BENCH_DIR / "static"),
        "MEDIA_ROOT": str(BENCH_DIR / "media"),
        "SERVE_MEDIA": "true",
        "GUNICORN_ACCESS_LOG": "",  # as before config/gunicorn.py: no line written per request
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DEBUG": "false",
        # wrk is one client: lift the per-client limit of certificate look-ups for the run.
        "CERTIFICATE_LOOKUP_LIMIT": "1000000000",
    }


def start_redis() -> tuple[subprocess.Popen, str]:
    """The shared cache production runs on (Redis from Debian), on loopback, kept in memory only."""
    port = free_port()
    server = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return server, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("redis-server did not answer within 20 s")


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def manage(env: dict[str, str], settings: str, *args: str) -> None:
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": f"config.settings.{settings}"},
        check=True,
    )


def prepare(env: dict[str, str]) -> None:
    print("Preparing the benchmark database (migrate, load_demo, collectstatic)…", flush=True)
    manage(env, "dev", "migrate", "--noinput", "-v0")
    started = time.monotonic()
    manage(env, "dev", "load_demo")
    print(f"load_demo took {time.monotonic() - started:.1f} s", flush=True)
    manage(env, "production", "collectstatic", "--noinput", "-v0")


def django_setup(env: dict[str, str]) -> None:
    """Set up Django in this process, on the bench database, to find URLs and count queries."""
    os.environ.update({k: v for k, v in env.items() if k not in os.environ or k in env})
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ["DEBUG"] = "false"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def static_path() -> str:
    from django.contrib.staticfiles.storage import ManifestStaticFilesStorage

    storage = ManifestStaticFilesStorage(location=str(BENCH_DIR / "static"))
    return "/static/" + storage.stored_name("css/site.css")


def site_targets() -> list[Target]:
    from home.models import HomePage, StandardPage

    targets = [
        Target("home (kk)", HomePage.objects.get(locale__language_code="kk").url, public=True),
        Target(
            "standard page (ru)",
            StandardPage.objects.filter(locale__language_code="ru")[0].url,
            public=True,
        ),
        Target("search (en)", "/en/search/?q=family", public=True),
    ]
    return targets


def centre_targets() -> list[Target]:
    from resource_centers.models import ResourceCentrePage

    centre = ResourceCentrePage.objects.get(locale__language_code="ru", slug="almaty-1")
    return [
        Target("centre directory (ru)", "/ru/centres/", public=True),
        Target(
            "centre directory filtered (ru)",
            "/ru/centres/?city=almaty&service=mediator",
            public=True,
        ),
        Target("centre page (ru)", centre.url, public=True),
        Target("centre statistics (kk)", "/kk/statistics/", public=True),
    ]


# Each app adds the pages it owns; a collector returns a list of Targets.
def registry_targets() -> list[Target]:
    """The applications list at 10,000 rows of one office and the admin home, as that office's clerk."""
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from accounts import sessions as staff_sessions
    from registry_offices.demo import build_applications, premarital_course
    from registry_offices.models import MarriageApplication, RegistryOffice

    office = RegistryOffice.objects.get(code="astana-1")
    rows = MarriageApplication.objects.filter(office=office).count()
    if rows < 10_000:
        build_applications(
            office, 10_000 - rows, premarital_course(), seed="bench", first_number=100_000
        )
    clerk = get_user_model().objects.get(username="clerk-astana")
    # Signed in as production wants it: a staff session with its clocks, past the second step.
    device, _created = TOTPDevice.objects.get_or_create(
        user=clerk, name="bench", defaults={"confirmed": True}
    )
    session = SessionStore()
    session[SESSION_KEY] = str(clerk.pk)
    session[BACKEND_SESSION_KEY] = "accounts.backends.CachedModelBackend"
    session[HASH_SESSION_KEY] = clerk.get_session_auth_hash()
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    staff_sessions.start(session)
    session.create()
    cookie = f"sessionid={session.session_key}"
    return [
        Target("applications list, 10k rows (clerk)", "/admin/applications/", cookie),
        Target("admin home with office dashboard", "/admin/", cookie),
    ]


def course_targets() -> list[Target]:
    """The course catalogue, a course page and two lesson pages (one with a quiz, one school plan)."""
    from courses.models import CourseIndexPage, CoursePage, LessonPage

    course = CoursePage.objects.get(slug="preparing-for-family-life", locale__language_code="ru")
    lesson = LessonPage.objects.child_of(
        CoursePage.objects.get(slug="preparing-for-family-life", locale__language_code="en")
    ).order_by("path")[2]
    school_course = CoursePage.objects.get(audience="school", locale__language_code="kk")
    school = LessonPage.objects.child_of(school_course).order_by("path")[0]
    return [
        Target(
            "course catalogue (kk)",
            CourseIndexPage.objects.get(locale__language_code="kk").url,
            public=True,
        ),
        Target("course catalogue filtered (en)", "/en/courses/?audience=family", public=True),
        Target("course page (ru)", course.url, public=True),
        Target("lesson with quiz (en)", lesson.url, public=True),
        Target("school lesson plan (kk)", school.url, public=True),
    ]


def learner_targets() -> list[Target]:
    """A partner's course and lesson pages (session of a demo partner) and certificate checks."""
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone

    from certificates.models import Certificate
    from learning.access import SESSION_KEY
    from learning.progress import lessons_of
    from registry_offices.models import PartnerAccess

    access = (
        PartnerAccess.objects.filter(
            assignment__state="in_progress",
            assignment__application__planned_registration_date__gte=timezone.localdate(),
        )
        .select_related("assignment__course")
        .order_by("pk")
        .first()
    )
    session = SessionStore()
    session[SESSION_KEY] = {"id": access.pk, "hash": access.code_hash}
    session.create()
    cookie = f"sessionid={session.session_key}"
    lesson = lessons_of(access.assignment.course)[1]
    code = Certificate.objects.filter(state="valid").order_by("pk").first().display_code
    return [
        Target("learner course page (ru)", "/ru/learn/course/", cookie),
        Target("learner lesson with quiz (kk)", f"/kk/learn/lesson/{lesson.pk}/", cookie),
        Target("verify certificate (kk)", f"/kk/verify/{code}/"),
        Target("verify certificate JSON", f"/api/certificates/{code}/"),
    ]


COLLECTORS: list[Callable[[], list[Target]]] = [
    site_targets,
    centre_targets,
    registry_targets,
    course_targets,
    learner_targets,
]


def count_queries(target: Target) -> tuple[int, int]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(SERVER_NAME="127.0.0.1")
    for cookie in (target.cookie, UNCACHED_COOKIE):  # the queries of an uncached answer
        if cookie:
            name, _, value = cookie.partition("=")
            client.cookies[name] = value
    client.get(target.path)  # warm caches as a running server would be
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(target.path)
    return len(ctx.captured_queries), response.status_code


def parse_ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url: str, cookie: str, seconds: int = SECONDS) -> Measure:
    cmd = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url]
    if cookie:
        cmd[1:1] = ["-H", f"Cookie: {cookie}"]
    subprocess.run([*cmd[:-2], "-d1s", url], capture_output=True, check=True)  # warm-up
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = parse_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = parse_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    if re.search(r"Non-2xx or 3xx responses", out):
        raise RuntimeError(f"{url} answered errors under load:\n{out}")
    return Measure(rps, p50, p99)


def page_cache_state(url: str) -> str:
    """What the page cache says about an anonymous GET of `url` (after one to fill it)."""
    urllib.request.urlopen(url, timeout=10).read()
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.headers.get("X-Page-Cache", "")


def wait_for(url: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn exited before it answered")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer {url} within {timeout} s")


def main() -> int:
    redis, cache_url = start_redis()
    try:
        return run(bench_env() | {"CACHE_URL": cache_url})
    finally:
        stop(redis)


def run(env: dict[str, str]) -> int:
    prepare(env)
    django_setup(env)
    targets = [Target("static file (whitenoise)", static_path())]
    for collect in COLLECTORS:
        targets.extend(
            target for target in collect() if not ONLY or any(word in target.label for word in ONLY)
        )

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "-c",
            "config/gunicorn.py",
            "config.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings.production"},
        start_new_session=True,
    )
    results: list[Result] = []
    try:
        wait_for(base + "/healthz", server)
        for target in targets:
            queries, status = count_queries(target)
            if status != 200:
                raise RuntimeError(f"{target.label} ({target.path}) answered {status}")
            cookie = "; ".join(c for c in (target.cookie, UNCACHED_COOKIE) if c)
            uncached = run_wrk(base + target.path, cookie)
            cached = None
            if target.public:
                if page_cache_state(base + target.path) != "hit":
                    raise RuntimeError(f"{target.label} is not served from the page cache")
                cached = run_wrk(base + target.path, "")
            results.append(Result(target, uncached, cached, queries, status))
            print(f"  measured {target.label}", flush=True)
        # Each page again, last first: a page slow for the whole of one window and not the other
        # shows the run, not the page (issue 24: the catalogue 40x slower in one full run).
        for result in reversed(results[1:]):
            cookie = "; ".join(c for c in (result.target.cookie, UNCACHED_COOKIE) if c)
            result.again = run_wrk(base + result.target.path, cookie, max(3, SECONDS // 2))
        print("  measured every page again, in reverse order", flush=True)
    finally:
        stop(server)

    static_rps = results[0].uncached.rps
    print()
    print(
        f"gunicorn 2 workers, production settings, SQLite, Redis cache; "
        f"wrk -c{CONNECTIONS} -d{SECONDS}s"
    )
    print("cached: an anonymous visitor, from the page cache; uncached: the same page rendered")
    columns = [
        "page",
        "cached req/s",
        "÷ static",
        "uncached req/s",
        "÷ static",
        "p50 ms",
        "p50 again",
        "SQL",
    ]
    widths = [34, 12, 8, 14, 8, 7, 9, 4]
    print("| " + " | ".join(f"{c:<{w}}" for c, w in zip(columns, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in results:
        cached = (
            (f"{r.cached.rps:>12.0f}", f"{r.cached.rps / static_rps:>8.3f}")
            if r.cached
            else (f"{'—':>12}", f"{'—':>8}")
        )
        cells = [
            f"{r.target.label:<34}",
            *cached,
            f"{r.uncached.rps:>14.0f}",
            f"{r.uncached.rps / static_rps:>8.3f}",
            f"{r.uncached.p50_ms:>7.1f}",
            f"{r.again.p50_ms:>9.1f}" if r.again else f"{'—':>9}",
            f"{r.queries:>4}",
        ]
        print("| " + " | ".join(cells) + " |")
    unstable = [r for r in results if r.unstable]
    for r in unstable:
        print(
            f"UNSTABLE: {r.target.label}: p50 {r.uncached.p50_ms:.1f} ms then "
            f"{r.again.p50_ms:.1f} ms (more than {UNSTABLE:g}x apart)"
        )
    print(f"bench: {len(unstable)} page(s) unstable between runs" if unstable else "bench: stable")
    return 1 if unstable else 0


if __name__ == "__main__":
    sys.exit(main())
