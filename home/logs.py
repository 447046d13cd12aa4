"""Log lines that can be followed: JSON, with the request id the load balancer set.

nginx gives every request an id (`$request_id`, 32 hex digits) and passes it as X-Request-ID;
`RequestIdMiddleware` keeps it for the request's log lines, and a task queued while answering it
carries it (`DatabaseBackend` below stores it beside the task's arguments, `manage.py worker`
restores it while the task runs), so one id follows a request from nginx's log to the worker's.

`JsonFormatter` writes one JSON object a line: time, level, logger, message, request_id (and the
exception's type, never its text or a traceback: both can carry personal data). The messages
are the code's own, which already keep personal data and codes out (tests/home/test_logs.py).
Production turns it on with LOG_FORMAT=json.
"""

import contextlib
import contextvars
import json
import logging
import re
import time

from django_tasks_db.backend import DatabaseBackend as _DatabaseBackend

REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")
_VALID = re.compile(r"^[0-9a-f]{32}$")


def valid_request_id(value: str | None) -> str:
    """nginx's `$request_id` shape only: anything else a client sent is dropped."""
    return value if value and _VALID.match(value) else ""


@contextlib.contextmanager
def task_request_id(args_kwargs: dict):
    """While a task runs: the id of the request that queued it (`manage.py worker`)."""
    token = REQUEST_ID.set(valid_request_id((args_kwargs or {}).get("request_id")))
    try:
        yield
    finally:
        REQUEST_ID.reset(token)


class RequestIdMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        token = REQUEST_ID.set(valid_request_id(request.headers.get("X-Request-ID")))
        try:
            return self.get_response(request)
        finally:
            REQUEST_ID.reset(token)


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "") or REQUEST_ID.get(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            line["exception"] = record.exc_info[0].__name__
        return json.dumps(line, ensure_ascii=False)


class DatabaseBackend(_DatabaseBackend):
    """django-tasks-db's backend; a task queued during a request keeps the request's id."""

    def _task_to_db_task(self, task, args, kwargs):
        result = super()._task_to_db_task(task, args, kwargs)
        request_id = REQUEST_ID.get()
        if request_id:
            result.args_kwargs = {**result.args_kwargs, "request_id": request_id}
            type(result).objects.filter(pk=result.pk).update(args_kwargs=result.args_kwargs)
        return result
