"""JSON log lines with nginx's request id, carried into the tasks a request queues (home/logs.py)."""

import json
import logging
import sys

import pytest
from django.http import HttpResponse
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from home import logs

REQUEST_ID = "0123456789abcdef0123456789abcdef"


@task()
def remember_request_id(value: int) -> str:
    return logs.REQUEST_ID.get()


def _line(message: str, exc_info=None) -> dict:
    record = logging.LogRecord("otbasy.test", logging.WARNING, __file__, 1, message, (), exc_info)
    logs.RequestIdFilter().filter(record)
    return json.loads(logs.JsonFormatter().format(record))


def test_a_line_is_one_json_object_with_the_request_id():
    token = logs.REQUEST_ID.set(REQUEST_ID)
    try:
        line = _line("notice 12 (reminder, sms) attempt 1 failed: SmsError")
    finally:
        logs.REQUEST_ID.reset(token)
    assert line["request_id"] == REQUEST_ID
    assert line["level"] == "WARNING" and line["logger"] == "otbasy.test"
    assert line["message"] == "notice 12 (reminder, sms) attempt 1 failed: SmsError"


def test_an_exception_is_named_without_its_text_or_traceback():
    try:
        raise ValueError("Айгүл Нұрланқызы 900101300123")
    except ValueError:
        line = _line("failed", exc_info=sys.exc_info())
    assert line["exception"] == "ValueError"
    assert "900101300123" not in json.dumps(line, ensure_ascii=False)


def test_only_nginx_shaped_ids_are_kept():
    assert logs.valid_request_id(REQUEST_ID) == REQUEST_ID
    assert logs.valid_request_id("<script>") == ""
    assert logs.valid_request_id("A" * 32) == ""
    assert logs.valid_request_id(None) == ""


def test_the_middleware_keeps_the_id_while_the_request_is_answered(rf):
    seen = []
    middleware = logs.RequestIdMiddleware(
        lambda request: seen.append(logs.REQUEST_ID.get()) or HttpResponse()
    )
    middleware(rf.get("/", HTTP_X_REQUEST_ID=REQUEST_ID))
    middleware(rf.get("/", HTTP_X_REQUEST_ID="not-an-id"))
    assert seen == [REQUEST_ID, ""]
    assert logs.REQUEST_ID.get() == ""


def test_a_task_queued_during_a_request_carries_its_id_to_the_worker(db, settings):
    settings.TASKS = {"default": {"BACKEND": "home.logs.DatabaseBackend"}}
    token = logs.REQUEST_ID.set(REQUEST_ID)
    try:
        result = remember_request_id.enqueue(1)
    finally:
        logs.REQUEST_ID.reset(token)
    stored = DBTaskResult.objects.get(pk=result.id)
    assert stored.args_kwargs == {"args": [1], "kwargs": {}, "request_id": REQUEST_ID}
    assert stored.task_result.args == [1]  # the task's own arguments are unchanged
    # The worker (manage.py worker) runs it with the id restored, and forgets it after.
    with logs.task_request_id(stored.args_kwargs):
        assert remember_request_id.call(1) == REQUEST_ID
    assert logs.REQUEST_ID.get() == ""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_manage_py_worker_runs_a_task_with_the_id_of_the_request_that_queued_it(
    transactional_db, settings
):
    """Not only the helper: the worker command's own loop restores the id while the task runs."""
    from django.core.management import call_command

    settings.TASKS = {"default": {"BACKEND": "home.logs.DatabaseBackend"}}
    token = logs.REQUEST_ID.set(REQUEST_ID)
    try:
        result = remember_request_id.enqueue(1)
    finally:
        logs.REQUEST_ID.reset(token)
    call_command("worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0")
    stored = DBTaskResult.objects.get(pk=result.id)
    assert stored.status == "SUCCESSFUL"
    assert stored.return_value == REQUEST_ID
    assert logs.REQUEST_ID.get() == ""
