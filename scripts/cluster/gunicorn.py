"""gunicorn settings of the cluster's app instances: config/gunicorn.py's, and a warm start.

The master imports the app once (preload_app) and, before it opens its port (on_starting), renders
the pages people wait on once, so the workers it forks start with the imports done, the URLs
resolved and the templates compiled. Until then the port is closed and the load balancer sends
everything to the other instances; a restarted instance never queues requests behind cold workers.
The database connections opened for this are closed before the fork (the workers open their own).
"""

import runpy
from pathlib import Path

_base = runpy.run_path(str(Path(__file__).resolve().parents[2] / "config" / "gunicorn.py"))
globals().update({name: value for name, value in _base.items() if not name.startswith("__")})

preload_app = True
WARM_PATHS = [
    "/kk/",
    "/ru/",
    "/en/",
    "/kk/courses/",
    "/ru/centres/",
    "/kk/statistics/",
    "/en/search/?q=family",
    "/kk/learn/",
    "/kk/verify/",
    "/admin/login/",
    "/healthz",
]


def on_starting(server) -> None:
    from django.db import connections
    from django.test import Client

    client = Client(SERVER_NAME="127.0.0.1")
    client.cookies["warm_start"] = "1"  # any other cookie: the page cache steps aside
    try:
        for path in WARM_PATHS:
            client.get(path)
    except Exception as error:  # noqa: BLE001 - a cold start is slower, not broken
        server.log.warning("warm start skipped: %r", error)
    finally:
        connections.close_all()
