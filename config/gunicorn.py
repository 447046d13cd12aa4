"""gunicorn settings for production: `gunicorn -c config/gunicorn.py config.wsgi`.

The access log keeps paths without query strings, the referrer's included: a slip's link carries
the partner's access code in `?code=`, and a log is no place for it (issue 13).
"""

import os

from gunicorn.glogging import Logger


def _without_query(value: str | None) -> str:
    return (value or "-").split("?", 1)[0]


class PathOnlyLogger(Logger):
    """gunicorn's logger with every atom that could carry a query string cut at the '?'."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        path = _without_query(environ.get("RAW_URI") or getattr(req, "uri", None))
        atoms["r"] = f"{atoms['m']} {path} {atoms['H']}"
        atoms["U"] = path
        atoms["q"] = "-"
        atoms["f"] = _without_query(environ.get("HTTP_REFERER"))
        return atoms


logger_class = PathOnlyLogger
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
timeout = 30
# "-" is standard output; an empty value turns the access log off (the benchmark does).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None

# Prometheus metrics (home/metrics.py): with PROMETHEUS_MULTIPROC_DIR set (an empty directory of
# this instance's own), the workers write their counts there and the master serves them all
# together on 127.0.0.1:METRICS_PORT, an address the load balancer does not pass on.


def when_ready(server) -> None:
    port = os.environ.get("METRICS_PORT")
    if not port or not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return
    from prometheus_client import CollectorRegistry, multiprocess, start_http_server

    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry)
    start_http_server(
        int(port), addr=os.environ.get("METRICS_ADDR", "127.0.0.1"), registry=registry
    )


def child_exit(server, worker) -> None:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
