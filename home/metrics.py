"""Prometheus metrics of the site's processes (README: "Operating it", metrics and alerts).

Counted here, in every process that serves requests or runs tasks:
- requests by route name, method and status class, and their duration by route name
  (`MetricsMiddleware`, right after WhiteNoise in MIDDLEWARE: static files are not counted);
- 429 answers by limiter (the scope `home.ratelimit.allow` refused), whole-page cache hits and
  misses (the page cache's `X-Page-Cache` header);
- notices by channel and outcome (`notices/tasks.py`);
- certificates issued and accepted by office: `certificate_issued(office_code)` and
  `certificate_accepted(office_code)`, for the certificate's signal receivers to call.

Nothing here is served through the site's URLs: a gunicorn instance serves its workers' metrics
together on 127.0.0.1:METRICS_PORT from its master (prometheus-client's multiprocess mode,
PROMETHEUS_MULTIPROC_DIR: `config/gunicorn.py`), the task worker (`manage.py worker`) serves its
own, and the load balancer answers 404 for /metrics.
"""

import time

from prometheus_client import Counter, Histogram

REQUESTS = Counter(
    "otbasy_http_requests",
    "Requests answered, by route name, method and status class (2xx, 3xx, 4xx, 5xx).",
    ["route", "method", "status"],
)
LATENCY = Histogram(
    "otbasy_http_request_duration_seconds",
    "Time to answer a request, by route name.",
    ["route"],
    buckets=(0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
RATE_LIMITED = Counter(
    "otbasy_rate_limited", "Requests refused with 429, by limiter (scope).", ["limiter"]
)
PAGE_CACHE = Counter(
    "otbasy_page_cache", "Whole-page cache look-ups, by result (hit or miss).", ["result"]
)
NOTICES = Counter(
    "otbasy_notices",
    "Notice delivery attempts, by channel and outcome (delivered, failed, retry, cancelled).",
    ["channel", "outcome"],
)
CERTIFICATES_ISSUED = Counter(
    "certificates_issued", "Certificates issued, by registry office code.", ["office"]
)
CERTIFICATES_ACCEPTED = Counter(
    "certificates_accepted",
    "Certificates accepted by a clerk, by registry office code.",
    ["office"],
)


def certificate_issued(office_code: str) -> None:
    """Count a certificate issued (call on commit, from the `certificate_issued` signal)."""
    CERTIFICATES_ISSUED.labels(office=office_code).inc()


def certificate_accepted(office_code: str) -> None:
    """Count a certificate accepted (call on commit, from the `certificate_accepted` signal)."""
    CERTIFICATES_ACCEPTED.labels(office=office_code).inc()


def notice_attempt(channel: str, outcome: str) -> None:
    NOTICES.labels(channel=channel, outcome=outcome).inc()


METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}


def route_name(request) -> str:
    """The URL pattern's name (bounded: never the path, which may carry a code)."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return "unmatched"
    return match.view_name or match.route or "unnamed"


class MetricsMiddleware:
    """Counts and times every answer; early in MIDDLEWARE so that it sees the others' too."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        began = time.perf_counter()
        response = self.get_response(request)
        route = route_name(request)
        LATENCY.labels(route=route).observe(time.perf_counter() - began)
        method = request.method if request.method in METHODS else "other"
        REQUESTS.labels(route=route, method=method, status=f"{response.status_code // 100}xx").inc()
        if response.status_code == 429:
            RATE_LIMITED.labels(limiter=getattr(request, "ratelimit_scope", "other")).inc()
        cached = response.get("X-Page-Cache")
        if cached in ("hit", "miss"):
            PAGE_CACHE.labels(result=cached).inc()
        return response
