"""The cluster under load (`make cluster-test`): four kinds of users, and one instance killed midway.

Run by tests/load/run.py against the cluster's nginx on 127.0.0.1 (headless, bounded). Each
simulated user talks from its own loopback address (127.0.x.y): the site's guessing limits count
per client address behind the load balancer, as they would for real visitors.

- Visitor: home, catalogue, courses and lessons, centre directory, statistics, search.
- Partner: a code from a slip, the course, each lesson, its quiz, heartbeats, the certificate.
  A couple is two partner users on one assignment; the second to finish gets the certificate.
- Clerk: signs in with password and TOTP, lists applications, registers a couple, assigns the
  course with e-mailed slips (the codes go to new partners), accepts finished couples' certificates.
- Verifier: checks certificates on the HTML page and the JSON API.

A background greenlet (the "chaos" timeline) signs a learner and a clerk in on instance 1, uploads
an image there, SIGKILLs instance 1 (master and workers), checks those sessions and the image
through instance 2, restarts instance 1, and checks that the certificate look-up limit is shared.
Everything the checks need is written to $CLUSTER_DIR/load-results.json when the run stops.

Every certificate a partner saw issued and every acceptance the app answered 2xx for is also
appended, as it happens, to $CLUSTER_DIR/acknowledged.jsonl (code, time): `make drill`
(tests/load/drill.py) checks after each fault that all acknowledged before it are still there.
With LOAD_SCENARIO=drill the chaos timeline stays off: the drill makes its own faults.
"""

import collections
import datetime
import http.client
import io
import itertools
import json
import os
import random
import re
import signal
import subprocess
import time
import uuid
from pathlib import Path

import gevent
import gevent.pool
import requests
import requests.adapters
from locust import HttpUser, between, events, task
from locust.clients import HttpSession
from urllib3 import PoolManager
from urllib3.exceptions import MaxRetryError, ProtocolError
from urllib3.util.retry import Retry

from tests.load.otp import totp

DIR = Path(os.environ["CLUSTER_DIR"])
DATA = json.loads((DIR / "load.json").read_text())
APP1 = os.environ["CLUSTER_APP1"]  # the instance that is killed
APP2 = os.environ["CLUSTER_APP2"]
KILL_AT = float(os.environ.get("LOAD_KILL_AT", "40"))
# Down for 55 s: long enough for the "instance down" alert (30 s) to fire, then resolve.
RESTART_AT = float(os.environ.get("LOAD_RESTART_AT", "95"))
SCENARIO = os.environ.get("LOAD_SCENARIO", "instance-loss")
ACKNOWLEDGED = DIR / "acknowledged.jsonl"
LOOKUP_LIMIT = int(os.environ.get("CERTIFICATE_LOOKUP_LIMIT", "30") or 30)

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# The slip's code as printed: grouped (registry_offices/codes.py), or a code of the old shape.
CODE = re.compile(r'data-testid="access-code">([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}|[\w-]{32})<')
SLIPS_URL = re.compile(r"/admin/applications/slips/(\d+)/")
EDIT_URL = re.compile(r"/admin/applications/edit/(\d+)/")
ACCEPT_URL = re.compile(r"/admin/certificates/(\d+)/accept/")
VERIFY_LINK = re.compile(r'href="/[a-z]{2}/verify/([0-9A-Z-]{12,16})/"')
RENDITION = re.compile(r'src="([^"]*/images/[^"]+)"')

RESULTS: dict = {
    "requests": [],  # [kind, name, method, start, seconds, ok, error, instances that answered]
    "events": {},
    "probes": {},
    "slip_emails": [],  # addresses a clerk asked to e-mail a slip to
    "assignments": [c["assignment"] for c in DATA["couples"]],
    "couples_seen_certified": [],
    "accepted": [],
    "accept_clicked_again": [],
    "acknowledged": [],  # ["issued" | "accepted", certificate code, time of the 2xx answer]
    "retried_closed_keepalive": 0,  # see RetryClosedKeepAlive
}
STARTED = time.time()


# ------------------------------------------------------------------------------------------------
# Shared state: codes waiting for a partner, certificates waiting for a clerk or a verifier.
# ------------------------------------------------------------------------------------------------
def _partner_queue(couples: list[dict]) -> collections.deque:
    queue = collections.deque()
    for couple in couples:
        for index in (0, 1):
            queue.append((couple, index))
    return queue


PARTNERS = _partner_queue(DATA["couples"])
FROM_SLIPS: collections.deque = collections.deque()  # couples a clerk registered during the run
TO_ACCEPT: dict[str, collections.deque] = collections.defaultdict(collections.deque)
CERTIFIED: set[int] = set()
CERTIFICATE_CODES: list[str] = list(DATA["certificates"])
_addresses = itertools.count(2)


def acknowledged(what: str, code: str) -> None:
    """A certificate the app answered 2xx for (issued to a couple, accepted by a clerk)."""
    entry = [what, code, time.time()]
    RESULTS["acknowledged"].append(entry)
    with open(ACKNOWLEDGED, "a", encoding="utf-8") as out:
        out.write(json.dumps(entry) + "\n")


def next_address() -> str:
    """127.0.0.2, 127.0.0.3, …: every simulated client has an address of its own."""
    n = next(_addresses)
    return f"127.0.{n // 250}.{n % 250 + 2}"


class RetryClosedKeepAlive(Retry):
    """As browsers do (RFC 9112, 9.3.1): a request whose kept-alive connection the server closed
    before any answer is sent once more, on a new connection. nginx closes its idle keep-alive
    connections when it reloads (a rolling upgrade drains an instance that way), and a request
    already on its way over one meets the close. Nothing else is retried: no timeout, no error
    status, no connection refused. Each retry is counted (RESULTS["retried_closed_keepalive"])."""

    def increment(
        self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None
    ):
        reason = error.args[-1] if isinstance(error, ProtocolError) and error.args else None
        if response is not None or not isinstance(
            reason, http.client.RemoteDisconnected | ConnectionResetError | BrokenPipeError
        ):
            raise error.with_traceback(_stacktrace) if error else MaxRetryError(_pool, url)
        RESULTS["retried_closed_keepalive"] += 1
        return super().increment(method, url, response, error, _pool, _stacktrace)


def client_from(user, base_url: str, address: str) -> HttpSession:
    session = HttpSession(
        base_url=base_url,
        request_event=user.environment.events.request,
        user=user,
        pool_manager=PoolManager(maxsize=2, source_address=(address, 0)),
    )
    retry = RetryClosedKeepAlive(
        total=1,
        connect=0,
        read=1,
        redirect=0,
        status=0,
        other=0,
        allowed_methods=None,
        respect_retry_after_header=False,  # a 503 with Retry-After is an answer, counted as one
    )
    for adapter in session.adapters.values():
        adapter.max_retries = retry
    return session


def csrf_of(html: str) -> str:
    match = CSRF.search(html)
    return match.group(1) if match else ""


def sign_in_staff(client, login: dict, kind: str) -> bool:
    """Password, then the second step with a TOTP code; True when the admin opens."""
    page = client.get("/admin/login/", name=f"{kind}: sign-in page")
    response = client.post(
        "/admin/login/",
        data={
            "csrfmiddlewaretoken": csrf_of(page.text),
            "username": login["username"],
            "password": login["password"],
        },
        name=f"{kind}: sign in",
    )
    if "two-step/verify" not in response.url:
        return "/admin/login/" not in response.url
    response = client.post(
        response.url,
        data={"csrfmiddlewaretoken": csrf_of(response.text), "code": totp(login["totp_key"])},
        name=f"{kind}: second step",
    )
    return "two-step" not in response.url and "/admin/login/" not in response.url


# ------------------------------------------------------------------------------------------------
# Every request is kept with its time, so failures can be told apart by the instance loss window.
# ------------------------------------------------------------------------------------------------
@events.request.add_listener
def _record(request_type, name, response_time, exception, start_time=None, response=None, **kw):
    kind = name.split(":", 1)[0] if ":" in name else "other"
    began = start_time or (time.time() - response_time / 1000)
    upstream = response.headers.get("X-Upstream", "") if response is not None else ""
    RESULTS["requests"].append(
        [
            kind,
            name,
            request_type,
            round(began, 3),
            round(response_time / 1000, 4),
            exception is None,
            "" if exception is None else str(exception)[:200],
            upstream,
        ]
    )


@events.test_start.add_listener
def _start(environment, **kwargs):
    global STARTED
    STARTED = time.time()
    RESULTS["events"]["started"] = STARTED
    if SCENARIO != "drill":
        gevent.spawn(chaos, environment)


@events.quitting.add_listener
def _write(environment, **kwargs):
    RESULTS["events"]["stopped"] = time.time()
    RESULTS["certified_codes"] = CERTIFICATE_CODES[len(DATA["certificates"]) :]
    (DIR / "load-results.json").write_text(json.dumps(RESULTS, ensure_ascii=False))


class Base(HttpUser):
    abstract = True

    def __init__(self, environment):
        super().__init__(environment)
        self.address = next_address()
        self.client = client_from(self, self.host, self.address)


# ------------------------------------------------------------------------------------------------
class Visitor(Base):
    """An anonymous visitor reading the public site."""

    weight = 55
    wait_time = between(5, 15)

    def _get(self, path: str, name: str):
        self.client.get(path, name=f"visitor: {name}")

    @task(3)
    def home(self):
        self._get(random.choice(DATA["public"]["home"]), "home")

    @task(2)
    def catalogue(self):
        self._get(random.choice(DATA["public"]["catalogue"]), "catalogue")
        self._get(random.choice(DATA["public"]["course"]), "course")

    @task(2)
    def lesson(self):
        self._get(random.choice(DATA["public"]["lesson"]), "lesson")

    @task(2)
    def centres(self):
        language = random.choice(["kk", "ru", "en"])
        self._get(f"/{language}/centres/", "centre directory")
        self._get(f"/{language}/centres/?city=almaty&service=mediator", "centre directory")
        if DATA["public"]["centre"]:
            self._get(random.choice(DATA["public"]["centre"]), "centre")

    @task(1)
    def statistics(self):
        self._get(f"/{random.choice(['kk', 'ru', 'en'])}/statistics/", "statistics")

    @task(1)
    def search(self):
        language, words = random.choice(
            [("kk", "отбасы"), ("ru", "семья"), ("en", "family"), ("ru", "развод")]
        )
        self.client.get(f"/{language}/search/", params={"q": words}, name="visitor: search")


# ------------------------------------------------------------------------------------------------
class Partner(Base):
    """One partner of a couple: from the slip's link to the certificate, then the next couple."""

    weight = 35
    wait_time = between(1, 6)

    def on_start(self):
        self.journey = None

    def _take(self) -> bool:
        if FROM_SLIPS:
            PARTNERS.extendleft(reversed(FROM_SLIPS.popleft()))
        if not PARTNERS:
            return False
        couple, index = PARTNERS.popleft()
        self.client.cookies.clear()
        self.journey = {
            "couple": couple,
            "index": index,
            "language": couple["languages"][index],
            "step": "code",
            "lesson": 0,
            "quizzes_left": [],
        }
        return True

    @task
    def step(self):
        if self.journey is None and not self._take():
            return
        j = self.journey
        lang = j["language"]
        if j["step"] == "code":
            code = j["couple"]["codes"][j["index"]]
            response = self.client.get(
                f"/{lang}/learn/", params={"code": code}, name="partner: code from the slip"
            )
            if response.ok and response.url.endswith("/learn/course/"):
                j["step"] = "lesson"
            else:
                self.journey = None  # try the next code
            return
        if j["step"] == "lesson":
            if j["lesson"] >= len(DATA["lessons"]):
                j["step"] = "finish"
                return
            lesson = DATA["lessons"][j["lesson"]]
            page = self.client.get(f"/{lang}/learn/lesson/{lesson['id']}/", name="partner: lesson")
            if not page.ok:
                return  # counted as failed; the partner opens the lesson again (with its form)
            j["csrf"] = csrf_of(page.text)
            j["quizzes_left"] = list(lesson["quizzes"].items())
            j["step"] = "quiz" if j["quizzes_left"] else "done"
            return
        lesson = DATA["lessons"][min(j["lesson"], len(DATA["lessons"]) - 1)]
        if j["step"] == "quiz":
            quiz_id, answers = j["quizzes_left"].pop(0)
            data = [("csrfmiddlewaretoken", j["csrf"]), ("quiz", quiz_id)]
            data += [(f"q-{q}", c) for q, choices in answers.items() for c in choices]
            self.client.post(
                f"/{lang}/learn/lesson/{lesson['id']}/", data=data, name="partner: quiz answers"
            )
            if not j["quizzes_left"]:
                j["lesson"] += 1
                j["step"] = "heartbeat"
            return
        if j["step"] == "done":
            self.client.post(
                f"/{lang}/learn/lesson/{lesson['id']}/done/",
                data={"csrfmiddlewaretoken": j["csrf"]},
                name="partner: lesson done",
            )
            j["lesson"] += 1
            j["step"] = "heartbeat"
            return
        if j["step"] == "heartbeat":
            self._heartbeat(j)
            j["step"] = "lesson"
            return
        if j["step"] == "finish":
            left = self._heartbeat(j)
            page = self.client.get(f"/{lang}/learn/course/", name="partner: course")
            if "learn/certificate.pdf" in page.text:
                issued = VERIFY_LINK.search(page.text)
                if issued and issued.group(1) not in CERTIFICATE_CODES:
                    CERTIFICATE_CODES.append(issued.group(1))  # verifiers check it too
                if issued and page.ok and "certificate_code" not in j["couple"]:
                    j["couple"]["certificate_code"] = issued.group(1)
                    acknowledged("issued", issued.group(1))
                self._certified(j)
            elif left == 0 and j.get("waited", 0) > 40:
                self.journey = None  # the other partner never came: next couple
            else:
                j["waited"] = j.get("waited", 0) + 1

    def _heartbeat(self, j) -> int | None:
        response = self.client.post(
            f"/{j['language']}/learn/heartbeat/",
            data={"csrfmiddlewaretoken": j["csrf"]},
            headers={"X-CSRFToken": j["csrf"]},
            name="partner: heartbeat",
        )
        try:
            return response.json()["minutes_left"]
        except (ValueError, KeyError):
            return None

    def _certified(self, j):
        couple = j["couple"]
        if couple["assignment"] not in CERTIFIED:
            CERTIFIED.add(couple["assignment"])
            RESULTS["couples_seen_certified"].append(couple["assignment"])
            TO_ACCEPT[couple["office"]].append(couple)
            self.client.get(f"/{j['language']}/learn/certificate.pdf", name="pdf: certificate")
        self.client.post(
            f"/{j['language']}/learn/leave/",
            data={"csrfmiddlewaretoken": j["csrf"]},
            name="partner: leave",
        )
        self.journey = None


# ------------------------------------------------------------------------------------------------
class Clerk(Base):
    """A registry clerk of one office, signed in with the second factor."""

    fixed_count = len(DATA["clerks"])
    wait_time = between(3, 6)
    _logins = iter(DATA["clerks"])

    def on_start(self):
        self.login = next(Clerk._logins)
        self.signed_in = sign_in_staff(self.client, self.login, "clerk")

    @task(2)
    def applications(self):
        self.client.get("/admin/applications/", name="clerk: applications list")

    @task(3)
    def register_couple(self):
        if not self.signed_in:
            self.signed_in = sign_in_staff(self.client, self.login, "clerk")
            return
        form = self.client.get("/admin/applications/new/", name="clerk: new application")
        today = datetime.date.today()
        number = f"RUN-{uuid.uuid4().hex[:10].upper()}"
        tag = uuid.uuid4().hex[:12]
        emails = [f"p1-{tag}@load.example", f"p2-{tag}@load.example"]
        data = {
            "csrfmiddlewaretoken": csrf_of(form.text),
            "office": str(self.login["office_id"]),
            "number": number,
            "status": "submitted",
            "application_date": today.isoformat(),
            "planned_registration_date": (today + datetime.timedelta(days=30)).isoformat(),
            "partners-TOTAL_FORMS": "2",
            "partners-INITIAL_FORMS": "0",
            "partners-MIN_NUM_FORMS": "2",
            "partners-MAX_NUM_FORMS": "2",
        }
        for index, (name, language, born) in enumerate(
            (("Ерлан Тестов", "kk", "1994-03-02"), ("Мария Тестова", "ru", "1996-07-19"))
        ):
            data.update(
                {
                    f"partners-{index}-full_name": name,
                    f"partners-{index}-date_of_birth": born,
                    f"partners-{index}-iin": "",
                    f"partners-{index}-phone": "",
                    f"partners-{index}-email": emails[index],
                    f"partners-{index}-preferred_language": language,
                    f"partners-{index}-ORDER": str(index),
                    f"partners-{index}-DELETE": "",
                }
            )
        created = self.client.post(
            "/admin/applications/new/", data=data, name="clerk: create application"
        )
        listing = self.client.get(
            "/admin/applications/", params={"q": number}, name="clerk: find application"
        )
        found = EDIT_URL.search(listing.text)
        if not created.ok or not found:
            return
        application = int(found.group(1))
        assign = self.client.get(
            f"/admin/applications/assign/{application}/", name="clerk: assign form"
        )
        course = re.search(r'<option value="(\d+)"[^>]*selected', assign.text)
        due = today + datetime.timedelta(days=20)
        slips = self.client.post(
            f"/admin/applications/assign/{application}/",
            data={
                "csrfmiddlewaretoken": csrf_of(assign.text),
                "course": course.group(1) if course else str(DATA["course"]),
                "due_date": due.isoformat(),
                "send_email": "on",
            },
            name="clerk: assign course",
        )
        assignment = SLIPS_URL.search(slips.url)
        codes = CODE.findall(slips.text)
        if not assignment or len(codes) != 2:
            return
        RESULTS["slip_emails"].extend(emails)
        RESULTS["assignments"].append(int(assignment.group(1)))
        couple = {
            "assignment": int(assignment.group(1)),
            "application": application,
            "office": self.login["office"],
            "codes": codes,
            "languages": ["kk", "ru"],
        }
        FROM_SLIPS.append([(couple, 0), (couple, 1)])

    @task(3)
    def accept_certificate(self):
        waiting = TO_ACCEPT[self.login["office"]]
        if not waiting or not self.signed_in:
            return
        couple = waiting.popleft()
        edit = self.client.get(
            f"/admin/applications/edit/{couple['application']}/", name="clerk: application"
        )
        found = ACCEPT_URL.search(edit.text)
        if not found:
            return
        certificate = int(found.group(1))
        url = f"/admin/certificates/{certificate}/accept/"
        confirm = self.client.get(url, name="clerk: accept certificate page")
        token = csrf_of(confirm.text)
        first = self.client.post(
            url, data={"csrfmiddlewaretoken": token}, name="clerk: accept certificate"
        )
        if first.ok:
            RESULTS["accepted"].append(certificate)
            if couple.get("certificate_code"):
                acknowledged("accepted", couple["certificate_code"])
        # A second click (a double submit): answered, and refused (the checks count the
        # acceptances in the application's history).
        again = self.client.post(
            url, data={"csrfmiddlewaretoken": token}, name="clerk: accept again"
        )
        if again.ok:
            RESULTS["accept_clicked_again"].append(certificate)


# ------------------------------------------------------------------------------------------------
class Verifier(Base):
    """Someone checking a certificate a couple showed them."""

    weight = 10
    wait_time = between(5, 10)

    @task(2)
    def html(self):
        code = random.choice(CERTIFICATE_CODES)
        lang = random.choice(["kk", "ru", "en"])
        self.client.get(f"/{lang}/verify/{code}/", name="verifier: certificate page")

    @task(2)
    def json(self):
        code = random.choice(CERTIFICATE_CODES)
        response = self.client.get(f"/api/certificates/{code}/", name="verifier: certificate JSON")
        if response.ok and response.json().get("code") is None:
            response.failure("no code in the JSON answer")

    @task(1)
    def unknown(self):
        code = "".join(random.choice("34679ACDEFGHJKMNPQRTUVWXY") for _ in range(12))
        with self.client.get(
            f"/api/certificates/{code}/", name="verifier: unknown code", catch_response=True
        ) as response:
            if response.status_code == 404:
                response.success()


# ------------------------------------------------------------------------------------------------
# The chaos timeline, with its own plain clients (not part of the load figures).
# ------------------------------------------------------------------------------------------------
class Probe(requests.Session):
    """A plain client from its own loopback address, straight to one instance or to nginx."""

    def __init__(self, base: str, address: str):
        super().__init__()
        self.base = base
        adapter = requests.adapters.HTTPAdapter()
        adapter.init_poolmanager(1, 1, source_address=(address, 0))
        self.mount("http://", adapter)

    def request(self, method, url, *args, **kwargs):
        kwargs.setdefault("timeout", 30)
        if url.startswith("/"):
            url = self.base + url
        return super().request(method, url, *args, **kwargs)


def probe(name: str, ok: bool, detail: str = "") -> None:
    RESULTS["probes"][name] = {"ok": bool(ok), "detail": detail[:300], "at": time.time()}


def _sign_in_probe_staff(session: Probe, login: dict) -> bool:
    page = session.get("/admin/login/")
    response = session.post(
        "/admin/login/",
        data={
            "csrfmiddlewaretoken": csrf_of(page.text),
            "username": login["username"],
            "password": login["password"],
        },
    )
    if "two-step/verify" in response.url:
        response = session.post(
            response.url,
            data={"csrfmiddlewaretoken": csrf_of(response.text), "code": totp(login["totp_key"])},
        )
    return response.ok and "/admin/login/" not in response.url and "two-step" not in response.url


def png_bytes() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (640, 400), (30, 110, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(admin: Probe) -> int | None:
    """Upload through instance 1's admin; the image's id."""
    form = admin.get("/admin/images/add/")
    title = f"Load test image {uuid.uuid4().hex[:8]}"
    response = admin.post(
        "/admin/images/add/",
        data={"csrfmiddlewaretoken": csrf_of(form.text), "title": title, "collection": "1"},
        files={"file": ("load-test.png", png_bytes(), "image/png")},
    )
    listing = admin.get("/admin/images/", params={"q": title})
    found = re.search(r"/admin/images/(\d+)/", listing.text)
    RESULTS["events"]["image_upload_status"] = response.status_code
    return int(found.group(1)) if found else None


def learner_probe(base: str, address: str) -> Probe:
    """A partner of a pool couple signed in on `base` (kept aside from the load's partners)."""
    couple, index = PARTNERS.pop()
    session = Probe(base, address)
    session.get(f"/kk/learn/?code={couple['codes'][index]}")
    return session


def chaos(environment) -> None:
    try:
        _chaos()
    except Exception as error:  # noqa: BLE001 - reported as a failed probe, never lost
        probe("chaos timeline", False, repr(error))


def _sleep_until(offset: float) -> None:
    gevent.sleep(max(0.0, STARTED + offset - time.time()))


def _chaos() -> None:
    editor, clerk_login = DATA["editor"], DATA["probe_clerk"]
    _sleep_until(15)
    learner = learner_probe(APP1, "127.0.200.1")
    on_1 = learner.get("/kk/learn/course/")
    probe("learner signed in on instance 1", on_1.url.endswith("/learn/course/"), on_1.url)
    clerk = Probe(APP1, "127.0.200.2")
    probe("clerk signed in on instance 1", _sign_in_probe_staff(clerk, clerk_login))
    admin = Probe(APP1, "127.0.200.3")
    image_id = None
    if _sign_in_probe_staff(admin, editor):
        image_id = upload_image(admin)
    probe("image uploaded through instance 1", image_id is not None, str(image_id))
    metrics_probe()

    _sleep_until(KILL_AT)
    pid = int((DIR / "run" / "app1.gunicorn.pid").read_text())
    RESULTS["events"]["killed"] = time.time()
    os.killpg(pid, signal.SIGKILL)
    gevent.spawn(watch_instance_down_alert)
    gevent.sleep(2)

    # Instance 1 is gone: its sessions and its upload, through instance 2.
    for session in (learner, clerk, admin):
        session.base = APP2
    page = learner.get("/kk/learn/course/", allow_redirects=False)
    probe(
        "learner session survives (instance 2)",
        page.status_code == 200 and "learn/lesson/" in page.text,
        f"{page.status_code}",
    )
    page = clerk.get("/admin/applications/", allow_redirects=False)
    probe(
        "clerk session survives (instance 2)",
        page.status_code == 200 and "/admin/applications/edit/" in page.text,
        f"{page.status_code}",
    )
    if image_id is not None:
        api = admin.get(f"/api/v2/images/{image_id}/")
        edit = admin.get(f"/admin/images/{image_id}/")
        rendition = RENDITION.search(edit.text)
        original = api.json().get("meta", {}).get("download_url", "") if api.ok else ""
        lb = Probe(os.environ["CLUSTER_URL"], "127.0.200.4")
        checks = []
        for label, url in (
            ("rendition", rendition.group(1) if rendition else ""),
            ("original", original),
        ):
            if not url:
                checks.append(f"{label}: no URL")
                continue
            path = re.sub(r"^https?://[^/]+", "", url)
            got = lb.get(path)
            checks.append(f"{label} {path} → {got.status_code} {got.headers.get('Content-Type')}")
        ok = bool(rendition) and bool(original) and all("→ 200 image/" in c for c in checks)
        probe("image from instance 1 served via instance 2 and nginx", ok, "; ".join(checks))

    _sleep_until(RESTART_AT)
    RESULTS["events"]["restarted"] = time.time()
    subprocess.Popen(  # noqa: S603 - the cluster's own start script
        [str(DIR / "start-app1.sh")], start_new_session=True
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if requests.get(APP1 + "/healthz", timeout=2).ok:
                RESULTS["events"]["back"] = time.time()
                break
        except requests.RequestException:
            pass
        gevent.sleep(0.5)
    probe("instance 1 back after restart", "back" in RESULTS["events"])
    gevent.sleep(3)
    # nginx puts instance 1 back in its rotation once a request to it succeeds after the
    # fail_timeout: wait (up to 20 s) until nginx has sent it one, so both answer the probe.
    lb, deadline = Probe(os.environ["CLUSTER_URL"], "127.0.200.5"), time.time() + 20
    while time.time() < deadline:
        if APP1.removeprefix("http://") in lb.get("/healthz").headers.get("X-Upstream", ""):
            break
        gevent.sleep(0.5)
    rate_limit_probe()


def metrics_probe() -> None:
    """Metrics on each instance's own loopback port; through nginx, /metrics is 404."""
    outside = requests.get(os.environ["CLUSTER_URL"] + "/metrics", timeout=10)
    inside = requests.get(os.environ["CLUSTER_APP2_METRICS"], timeout=10)
    probe(
        "metrics: 404 through nginx, served on the instance's own port",
        outside.status_code == 404
        and inside.status_code == 200
        and "otbasy_http_requests_total{" in inside.text,
        f"nginx {outside.status_code}, instance {inside.status_code}",
    )


def watch_instance_down_alert() -> None:
    """Alertmanager's API: "instance down" for instance 1's metrics port fires after the kill,
    and is gone (resolved) once the restarted instance answers again."""
    target = os.environ["CLUSTER_APP1_METRICS"].removeprefix("http://")
    url = os.environ["CLUSTER_ALERTMANAGER"] + "/api/v2/alerts"
    events = RESULTS["events"]
    killed = events["killed"]
    while time.time() < killed + 150:
        try:
            alerts = requests.get(url, params={"filter": 'alertname="InstanceDown"'}, timeout=3)
            active = any(
                a["labels"].get("instance") == target and a["status"]["state"] == "active"
                for a in alerts.json()
            )
        except (requests.RequestException, ValueError):
            active = None
        if active and "alert_fired" not in events:
            events["alert_fired"] = time.time()
        if active is False and "alert_fired" in events and "back" in events:
            events["alert_resolved"] = time.time()
            break
        gevent.sleep(1)
    fired = events.get("alert_fired")
    probe(
        '"instance down" alert fired within 60 s of the kill',
        bool(fired) and fired - killed <= 60,
        f"after {fired - killed:.0f} s" if fired else "never",
    )
    resolved = events.get("alert_resolved")
    probe(
        '"instance down" alert resolved after the restart',
        bool(resolved),
        f"{resolved - events['back']:.0f} s after it answered" if resolved else "not resolved",
    )


def rate_limit_probe() -> None:
    """LOOKUP_LIMIT look-ups from one client answer; the next is 429 on either instance.

    The limit's window is the clock's minute, so each round is sent at once (concurrently) and is
    sent again, from a fresh client address, if a minute began while it ran.
    """
    for attempt in range(3):
        if time.time() % 60 > 50:  # not across the minute's end
            gevent.sleep(61 - time.time() % 60)
        minute = int(time.time() // 60)
        outcome = _look_ups(attempt)
        if int(time.time() // 60) == minute:
            break
    for name, (ok, detail) in outcome.items():
        probe(name, ok, detail)


def _code() -> str:
    return "".join(random.choice("34679ACDEFGHJKMNPQRTUVWXY") for _ in range(12))


def _look_ups(attempt: int) -> dict[str, tuple[bool, str]]:
    pool = gevent.pool.Pool(LOOKUP_LIMIT + 1)
    # Through nginx from one address: both instances answer, and exactly one look-up is refused.
    lb = Probe(os.environ["CLUSTER_URL"], f"127.0.201.{attempt * 3 + 1}")
    answers = pool.map(lambda _: lb.get(f"/api/certificates/{_code()}/"), range(LOOKUP_LIMIT + 1))
    statuses = collections.Counter(a.status_code for a in answers)
    instances = collections.Counter(a.headers.get("X-Upstream", "?") for a in answers)
    via_nginx = (
        statuses == {404: LOOKUP_LIMIT, 429: 1} and len(instances) == 2,
        f"{dict(statuses)} from {dict(instances)}",
    )
    # Straight to the instances, as nginx passes the client's address: half each, then the
    # next look-up on instance 1 and one more on instance 2.
    header = {"X-Forwarded-For": f"10.77.0.{attempt + 1}"}
    one, two = (
        Probe(APP1, f"127.0.201.{attempt * 3 + 2}"),
        Probe(APP2, f"127.0.201.{attempt * 3 + 3}"),
    )
    answers = pool.map(
        lambda i: (one if i % 2 else two).get(f"/kk/verify/{_code()}/", headers=header),
        range(LOOKUP_LIMIT),
    )
    statuses = collections.Counter(a.status_code for a in answers)
    last_1 = one.get(f"/kk/verify/{_code()}/", headers=header).status_code
    last_2 = two.get(f"/api/certificates/{_code()}/", headers=header).status_code
    shared = (
        statuses == {404: LOOKUP_LIMIT} and last_1 == 429 and last_2 == 429,
        f"{dict(statuses)}; then instance 1 {last_1}, instance 2 {last_2}",
    )
    return {
        f"look-up limit via nginx: {LOOKUP_LIMIT} answered, 1 refused (both instances answering)": (
            via_nginx
        ),
        "look-up limit shared: 31st → 429 on instance 1 and on instance 2": shared,
    }
