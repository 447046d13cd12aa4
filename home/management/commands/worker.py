"""`manage.py worker`: django-tasks-db's `db_worker`, with Prometheus metrics on METRICS_PORT,
running each task with the id of the request that queued it (home/logs.py).

The same worker (same options: `--interval 1 --no-reload`); when METRICS_PORT is set it also
serves, on 127.0.0.1 only, the notices it sent or failed (home/metrics.py) and, read at each
scrape: the queue's depth and its oldest ready task's age, and whether the database, Redis and
the object store answer (1 or 0).
"""

import os

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.management.commands.db_worker import Command as DBWorker
from django_tasks_db.models import DBTaskResult, get_date_max
from prometheus_client import REGISTRY, start_http_server
from prometheus_client.core import GaugeMetricFamily

from home.logs import task_request_id


def _answers(check) -> float:
    try:
        check()
    except Exception:  # noqa: BLE001 - any failure is "does not answer"
        return 0.0
    return 1.0


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _redis() -> None:
    client = getattr(cache, "_cache", None)
    if client is not None and hasattr(client, "get_client"):
        client.get_client().ping()  # Django's RedisCache: a round trip that raises when down
    else:
        cache.get("metrics:health")


def _object_store() -> None:
    default_storage.exists("healthz/probe")


class QueueAndHealth:
    """Read at each scrape, in the metrics server's thread (its own database connection)."""

    def collect(self):
        queued = GaugeMetricFamily("otbasy_tasks_queued", "Tasks ready to run, waiting.")
        oldest = GaugeMetricFamily(
            "otbasy_tasks_oldest_queued_seconds", "Age of the oldest task ready to run."
        )
        up = GaugeMetricFamily(
            "otbasy_dependency_up",
            "Whether a service the site needs answers (1) or not (0).",
            labels=["service"],
        )
        try:
            ready = DBTaskResult.objects.ready()
            queued.add_metric([], ready.count())
            now, never = timezone.now(), get_date_max()
            ages = [
                (now - (run_after if run_after != never else enqueued)).total_seconds()
                for enqueued, run_after in ready.order_by("enqueued_at").values_list(
                    "enqueued_at", "run_after"
                )[:100]
            ]
            oldest.add_metric([], max(ages, default=0.0))
            yield queued
            yield oldest
        except Exception:  # noqa: BLE001, S110 - the database's state is in otbasy_dependency_up
            pass
        up.add_metric(["database"], _answers(_database))
        up.add_metric(["redis"], _answers(_redis))
        up.add_metric(["object_store"], _answers(_object_store))
        connection.close()
        yield up


class RequestIdWorker(db_worker.Worker):
    """db_worker's loop; each task runs (and logs) with the id of the request that queued it."""

    def run_task(self, db_task_result) -> None:
        with task_request_id(db_task_result.args_kwargs):
            return super().run_task(db_task_result)


class Command(DBWorker):
    help = "Run the task worker (db_worker) with Prometheus metrics on 127.0.0.1:METRICS_PORT."

    def handle(self, *args, **options):
        port = os.environ.get("METRICS_PORT")
        if port:
            REGISTRY.register(QueueAndHealth())
            start_http_server(int(port), addr=os.environ.get("METRICS_ADDR", "127.0.0.1"))
        # db_worker's handle() builds its loop from the module's `Worker` (the tasks run there,
        # not in the command), so the loop is swapped for ours while it runs.
        plain, db_worker.Worker = db_worker.Worker, RequestIdWorker
        try:
            return super().handle(*args, **options)
        finally:
            db_worker.Worker = plain
