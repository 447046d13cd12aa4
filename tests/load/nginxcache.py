"""`make cluster-test`'s checks of nginx's page cache (scripts/cluster/nginx.conf.template).

- speed: the home page, a lesson and the centre directory through nginx at ≥ NGINX_PAGE_RATIO
  (0.8) of nginx's own requests/s for a static file of the page's size (the collected
  stylesheet or script nearest it), measured with wrk in the same run, NGINX_SPEED_ROUNDS (5)
  runs a page, each right between two runs of its static file; the median of the page's
  ratios to those pairs counts. The best page run against the best static run of a round
  robin over all three pages (as before) read 0.79-0.83 in two CI-sized runs, and a run's
  single ratios spread 0.71-0.92: a burst on the two cores lowers whichever run it meets, and
  the further a page run was from its static runs the more it drifted. A paired ratio cancels
  what drifts slowly, and the median drops a burst on either side;
- publish: an editor publishes a cached lesson; an anonymous visitor polling through nginx sees
  it within NGINX_PUBLISH_SECONDS (1 s) of the publish's return (Wagtail purged nginx's copy);
- private: a learner's and a clerk's pages, and a public page asked for with their cookies, are
  never answered from nginx's cache (X-Cache never HIT, STALE, UPDATING or REVALIDATED), say `private, no-store` and vary by
  Cookie; their personal URLs asked for without the cookies are not their pages.

Each returns rows (check, expected, got, ok) for run.py's table.
"""

import json
import os
import re
import secrets
import statistics
import subprocess
import time
from pathlib import Path

import requests

RATIO = float(os.environ.get("NGINX_PAGE_RATIO", "0.8"))
PUBLISH_SECONDS = float(os.environ.get("NGINX_PUBLISH_SECONDS", "1"))
WRK_SECONDS = int(os.environ.get("NGINX_WRK_SECONDS", "2"))
ROUNDS = int(os.environ.get("NGINX_SPEED_ROUNDS", "5"))
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# nginx's $upstream_cache_status when the answer came from its cache without waiting for the app
# (STALE/UPDATING: served while one request refreshes the entry in the background).
FROM_CACHE = {"HIT", "STALE", "UPDATING", "REVALIDATED"}
Row = tuple[str, str, str, bool]


def wrk(url: str) -> tuple[float, int]:
    """Requests/s and non-2xx/3xx answers of one wrk run (one thread, 16 connections)."""
    done = subprocess.run(  # noqa: S603 - Debian's wrk against loopback
        ["wrk", "-t1", "-c16", f"-d{WRK_SECONDS}s", url], capture_output=True, text=True
    )
    rate = re.search(r"Requests/sec:\s+([\d.]+)", done.stdout)
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", done.stdout)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", done.stdout
    )
    failed = int(bad.group(1)) if bad else 0
    failed += sum(int(n) for n in errors.groups()) if errors else 0
    return (float(rate.group(1)) if rate else 0.0), failed


def static_url(base: str, size: int) -> str:
    """The collected stylesheet or script whose size is nearest `size` bytes, so that a page is
    compared with a static file as large as itself (the pages are 7-25 KB; `site.css`, the one
    file used before, is 18 KB)."""
    root = Path(os.environ["STATIC_ROOT"])
    manifest = json.loads((root / "staticfiles.json").read_text())
    files = [
        (abs((root / name).stat().st_size - size), name)
        for name in manifest["paths"].values()
        if name.endswith((".css", ".js")) and (root / name).is_file()
    ]
    return f"{base}/static/{min(files)[1]}"


def cached_lesson(base: str, lessons: list[str]) -> str:
    """The first lesson nginx keeps (a lesson whose page carries a form with a CSRF token is
    the visitor's own, and rightly never kept)."""
    for path in lessons:
        requests.get(base + path, timeout=30)
        if requests.get(base + path, timeout=30).headers.get("X-Cache") in FROM_CACHE:
            return path
    return lessons[0]


def speed(base: str, lesson: str) -> list[Row]:
    pages = {"home page": "/kk/", "a lesson": lesson, "centre directory": "/kk/centres/"}
    statics, sizes = {}, {}
    for label, path in pages.items():  # in nginx's cache before the clock starts
        for _ in range(2):
            sizes[label] = len(requests.get(base + path, timeout=30).content)
        statics[label] = static_url(base, sizes[label])
    # For each page: its static file, the page, the file, the page ...: every page run has a
    # run of its static file right before and right after it.
    page_rates: dict[str, list[float]] = {label: [] for label in pages}
    ratios: dict[str, list[float]] = {label: [] for label in pages}
    static_rates: dict[str, list[float]] = {label: [] for label in pages}
    failed = 0
    for label, path in pages.items():
        rate, failed_now = wrk(statics[label])
        static_rates[label].append(rate)
        failed += failed_now
        for _round in range(ROUNDS):
            page_rate, page_failed = wrk(base + path)
            rate, static_failed = wrk(statics[label])
            failed += page_failed + static_failed
            page_rates[label].append(page_rate)
            static_rates[label].append(rate)
            around = (static_rates[label][-2] + rate) / 2
            ratios[label].append(page_rate / around if around else 0.0)
    rows = []
    for label, path in pages.items():
        state = requests.get(base + path, timeout=30).headers.get("X-Cache", "—")
        ratio = statistics.median(ratios[label])
        every = ", ".join(f"{r:.0f}" for r in page_rates[label])
        rows.append(
            (
                f"nginx: {label} ({path}) req/s against a static file's",
                f"≥ {RATIO:.1f} × (median of {ROUNDS} runs, each against the static runs "
                "around it)",
                f"{ratio:.2f} (ratios {', '.join(f'{r:.2f}' for r in ratios[label])}; page runs "
                f"{every}; the page {sizes[label] / 1024:.0f} KB; static runs of "
                f"{statics[label].rpartition('/static/')[2]} "
                f"{', '.join(f'{r:.0f}' for r in static_rates[label])}; X-Cache {state})",
                ratio >= RATIO and state in FROM_CACHE,
            )
        )
    rows.append(("nginx: wrk answers not 2xx/3xx or lost", "0", str(failed), failed == 0))
    return rows


def publish(base: str, lesson: str, editor_username: str) -> list[Row]:
    """As the editor's "Publish": a new revision of the lesson with another title, published."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    requests.get(base + lesson, timeout=30)
    cached = requests.get(base + lesson, timeout=30).headers.get("X-Cache")
    page = next(p for p in Page.objects.live().specific() if p.get_url() == lesson)
    marker = f"Жаңарды {secrets.token_hex(3)}"
    page.title = f"{page.title} {marker}"
    revision = page.save_revision(user=get_user_model().objects.get(username=editor_username))
    began = time.monotonic()
    revision.publish(user=revision.user)
    published = time.monotonic()
    seen, first_state = None, None
    while time.monotonic() - published < 10:
        response = requests.get(base + lesson, timeout=10)
        first_state = first_state or response.headers.get("X-Cache")
        if marker in response.text:
            seen = time.monotonic()
            break
        time.sleep(0.02)
    shown = f"{seen - published:.2f} s" if seen else "not within 10 s"
    return [
        (
            "nginx: an editor's publish shows to an anonymous visitor",
            f"≤ {PUBLISH_SECONDS:.0f} s after the publish",
            f"{shown} (publish took {published - began:.2f} s; before: {cached}, "
            f"first after: {first_state})",
            cached in FROM_CACHE and seen is not None and seen - published <= PUBLISH_SECONDS,
        )
    ]


def _private_answer(response: requests.Response) -> list[str]:
    """What is wrong with an answer meant for one person only (empty: nothing)."""
    problems = []
    if response.headers.get("X-Cache") in FROM_CACHE:
        problems.append(f"served from nginx's cache ({response.headers['X-Cache']})")
    control = {d.strip() for d in response.headers.get("Cache-Control", "").split(",")}
    if not {"private", "no-store"} <= control:
        problems.append(f"Cache-Control {response.headers.get('Cache-Control')!r}")
    if "cookie" not in response.headers.get("Vary", "").lower():
        problems.append(f"Vary {response.headers.get('Vary')!r}")
    return problems


def _staff_session(base: str, login: dict, totp) -> requests.Session:
    session = requests.Session()
    page = session.get(f"{base}/admin/login/", timeout=30)
    response = session.post(
        f"{base}/admin/login/",
        data={
            "csrfmiddlewaretoken": CSRF.search(page.text).group(1),
            "username": login["username"],
            "password": login["password"],
        },
        timeout=30,
    )
    if "two-step/verify" in response.url:
        session.post(
            response.url,
            data={
                "csrfmiddlewaretoken": CSRF.search(response.text).group(1),
                "code": totp(login["totp_key"]),
            },
            timeout=30,
        )
    return session


def private(base: str, data: dict, totp) -> list[Row]:
    """A learner's and a clerk's pages through nginx, with their cookies, twice each."""
    learner = requests.Session()
    couple = data["couples"][-1]
    learner.get(f"{base}/kk/learn/", params={"code": couple["codes"][0]}, timeout=30)
    clerk = _staff_session(base, data["probe_clerk"], totp)
    problems, seen = [], 0
    for who, session, own in (
        ("learner", learner, "/kk/learn/course/"),
        ("clerk", clerk, "/admin/applications/"),
    ):
        for path in (own, own, "/kk/", "/kk/"):
            response = session.get(base + path, allow_redirects=False, timeout=30)
            seen += 1
            if response.status_code != 200:
                problems.append(f"{who} {path}: {response.status_code}")
            problems += [f"{who} {path}: {p}" for p in _private_answer(response)]
        anonymous = requests.get(base + own, allow_redirects=False, timeout=30)
        if anonymous.status_code == 200:
            problems.append(f"{own} without the {who}'s cookies: 200")
    return [
        (
            "nginx: learner's and clerk's pages (and the home page with their cookies) never "
            "from its cache",
            "never from the cache; private, no-store; Vary: Cookie",
            "; ".join(problems[:4]) or f"{seen} answers, none from the cache, all private",
            not problems,
        )
    ]
