#!/usr/bin/env python
"""`make bench`: the pages people wait on, under gunicorn (2 workers, production settings) and wrk.

Builds a separate SQLite database with the demo content in .bench/, serves it with gunicorn on
127.0.0.1, drives each page with wrk and prints req/s, p50, p99, the SQL queries one request makes,
and each page's req/s as a ratio of a static file's: ratios measured in one run are comparable
across machines, absolute figures are not. It always stops the server it started.
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
PYTHON = sys.executable
VENV_BIN = Path(sys.executable).parent


@dataclass
class Target:
    label: str
    path: str
    cookie: str = ""


@dataclass
class Result:
    target: Target
    rps: float
    p50_ms: float
    p99_ms: float
    queries: int | None
    status: int


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_env() -> dict[str, str]:
    BENCH_DIR.mkdir(exist_ok=True)
    key_file = BENCH_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(64))
    return {
        **os.environ,
        "SECRET_KEY": key_file.read_text().strip(),
        "DATABASE_URL": f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}",
        "STATIC_ROOT": str(BENCH_DIR / "static"),
        "MEDIA_ROOT": str(BENCH_DIR / "media"),
        "SERVE_MEDIA": "true",
        # One machine: gunicorn's workers share a cache on disk (production refuses locmem).
        "SINGLE_INSTANCE": "1",
        "CACHE_DIR": str(BENCH_DIR / "cache"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DEBUG": "false",
        # wrk is one client: lift the per-client limit of certificate look-ups for the run.
        "CERTIFICATE_LOOKUP_LIMIT": "1000000000",
    }


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
    manage(env, "dev", "load_demo")
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
        Target("home (kk)", HomePage.objects.get(locale__language_code="kk").url),
        Target(
            "standard page (ru)", StandardPage.objects.filter(locale__language_code="ru")[0].url
        ),
        Target("search (en)", "/en/search/?q=family"),
    ]
    return targets


def centre_targets() -> list[Target]:
    from resource_centers.models import ResourceCentrePage

    centre = ResourceCentrePage.objects.get(locale__language_code="ru", slug="almaty-1")
    return [
        Target("centre directory (ru)", "/ru/centres/"),
        Target("centre directory filtered (ru)", "/ru/centres/?city=almaty&service=mediator"),
        Target("centre page (ru)", centre.url),
        Target("centre statistics (kk)", "/kk/statistics/"),
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

    from registry_offices.demo import build_applications, premarital_course
    from registry_offices.models import MarriageApplication, RegistryOffice

    office = RegistryOffice.objects.get(code="astana-1")
    rows = MarriageApplication.objects.filter(office=office).count()
    if rows < 10_000:
        build_applications(
            office, 10_000 - rows, premarital_course(), seed="bench", first_number=100_000
        )
    clerk = get_user_model().objects.get(username="clerk-astana")
    session = SessionStore()
    session[SESSION_KEY] = str(clerk.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = clerk.get_session_auth_hash()
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
            "course catalogue (kk)", CourseIndexPage.objects.get(locale__language_code="kk").url
        ),
        Target("course catalogue filtered (en)", "/en/courses/?audience=family"),
        Target("course page (ru)", course.url),
        Target("lesson with quiz (en)", lesson.url),
        Target("school lesson plan (kk)", school.url),
    ]


def learner_targets() -> list[Target]:
    """A partner's course and lesson pages (session of a demo partner) and certificate checks."""
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone

    from learning.access import SESSION_KEY
    from learning.progress import lessons_of
    from registry_offices.models import Certificate, PartnerAccess

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
    if target.cookie:
        name, _, value = target.cookie.partition("=")
        client.cookies[name] = value
    client.get(target.path)  # warm caches as a running server would be
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(target.path)
    return len(ctx.captured_queries), response.status_code


def parse_ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url: str, cookie: str) -> tuple[float, float, float]:
    cmd = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", url]
    if cookie:
        cmd[1:1] = ["-H", f"Cookie: {cookie}"]
    subprocess.run([*cmd[:-2], "-d1s", url], capture_output=True, check=True)  # warm-up
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = parse_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = parse_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    if re.search(r"Non-2xx or 3xx responses", out):
        raise RuntimeError(f"{url} answered errors under load:\n{out}")
    return rps, p50, p99


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
    env = bench_env()
    prepare(env)
    django_setup(env)
    targets = [Target("static file (whitenoise)", static_path())]
    for collect in COLLECTORS:
        targets.extend(collect())

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
            rps, p50, p99 = run_wrk(base + target.path, target.cookie)
            results.append(Result(target, rps, p50, p99, queries, status))
            print(f"  measured {target.label}", flush=True)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)

    static_rps = results[0].rps
    print()
    print(f"gunicorn 2 workers, production settings, SQLite; wrk -c{CONNECTIONS} -d{SECONDS}s")
    header = f"| {'page':<34} | {'req/s':>8} | {'p50 ms':>7} | {'p99 ms':>7} | {'SQL':>4} | {'÷ static':>8} |"
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    for r in results:
        print(
            f"| {r.target.label:<34} | {r.rps:>8.0f} | {r.p50_ms:>7.1f} | {r.p99_ms:>7.1f} "
            f"| {r.queries:>4} | {r.rps / static_rps:>8.3f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
