"""Sending: a refused e-mail or SMS is tried again by the worker, a bounded number of times, then
logged as failed; the SMS backends (console, file, an HTTP gateway); the log keeps no body."""

import datetime
import io
import json
import smtplib
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from unittest import mock

import pytest
from django.core import mail
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from notices import planning, tasks
from notices.models import Message
from notices.sms import ConsoleBackend, HttpGatewayBackend, SmsError, mask_number

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue(settings):
    """Tasks wait in the database, as in production; the test runs each row as the worker does."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.NOTICE_MAX_ATTEMPTS = 3


def _waiting() -> list[DBTaskResult]:
    return list(
        DBTaskResult.objects.filter(
            task_path__endswith="deliver_message", status=TaskResultStatus.READY
        ).order_by("enqueued_at")
    )


def _run(row: DBTaskResult):
    row.status = TaskResultStatus.SUCCESSFUL
    row.save(update_fields=["status"])
    return row.task.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])


def _email_reminder(consenting) -> Message:
    consenting.assignment.due_date = datetime.date.today() + datetime.timedelta(days=2)
    consenting.assignment.save()
    first = consenting.accesses[0].partner
    first.notify_by_sms = False
    first.save()
    second = consenting.accesses[1].partner
    second.notify_by_email = second.notify_by_sms = False
    second.save()
    [message] = planning.plan_reminders()
    return message


def test_a_refused_email_is_tried_again_later_then_logged_failed(consenting, queue, caplog):
    message = _email_reminder(consenting)
    tasks.queue([message])
    [row] = _waiting()
    assert row.args_kwargs == {"args": [message.pk], "kwargs": {}}  # an id, no address or text
    refused = smtplib.SMTPRecipientsRefused({"nurlan@example.kz": (550, b"no such user")})
    with mock.patch("notices.tasks.send_mail", side_effect=refused):
        assert _run(row) == "retry"
        message.refresh_from_db()
        assert (message.status, message.attempts, message.error) == (
            "queued",
            1,
            "SMTPRecipientsRefused",
        )
        [retry] = _waiting()
        assert retry.run_after >= message.last_attempt_at + datetime.timedelta(seconds=299)
        assert _run(retry) == "retry"
        [last] = _waiting()
        assert last.run_after >= message.last_attempt_at + datetime.timedelta(seconds=599)
        assert _run(last) == "failed"
    assert _waiting() == []  # bounded: no fourth try
    message.refresh_from_db()
    assert (message.status, message.attempts, message.sent_at) == ("failed", 3, None)
    assert mail.outbox == []
    # The worker's log says which notice failed, never to whom.
    assert "notice" in caplog.text and "nurlan@example.kz" not in caplog.text


def test_a_retry_that_succeeds_is_delivered_once(consenting, queue):
    message = _email_reminder(consenting)
    tasks.queue([message])
    [row] = _waiting()
    with mock.patch("notices.tasks.send_mail", side_effect=smtplib.SMTPServerDisconnected()):
        _run(row)
    [retry] = _waiting()
    assert _run(retry) == "delivered"
    assert _run(retry) == "nothing"  # a row run twice sends nothing more
    message.refresh_from_db()
    assert (message.status, message.attempts) == ("delivered", 2)
    assert len(mail.outbox) == 1


def test_a_gateway_that_is_down_fails_the_sms_after_the_bounded_tries(consenting, settings, sms):
    # The immediate backend (development) cannot wait: it tries again at once, still bounded.
    settings.NOTICE_MAX_ATTEMPTS = 2
    settings.SMS_BACKEND = "http"
    settings.SMS_GATEWAY_URL = "http://127.0.0.1:9/send"  # nothing listens on the discard port
    settings.SMS_GATEWAY_TIMEOUT = 2
    consenting.assignment.due_date = datetime.date.today() + datetime.timedelta(days=1)
    consenting.assignment.save()
    tasks.queue(planning.plan_reminders())
    sms_rows = Message.objects.filter(channel="sms")
    assert {(m.status, m.attempts, m.error) for m in sms_rows} == {("failed", 2, "SmsError")}
    assert set(Message.objects.filter(channel="email").values_list("status", flat=True)) == {
        "delivered"
    }


def test_the_log_keeps_no_body_and_no_address(consenting, sms):
    consenting.assignment.due_date = datetime.date.today() + datetime.timedelta(days=1)
    consenting.assignment.save()
    tasks.queue(planning.plan_reminders())
    assert len(mail.outbox) == 2 and len(sms.sent) == 2
    columns = {field.name for field in Message._meta.get_fields()}
    assert not columns & {"body", "text", "subject", "address", "email", "phone", "to"}
    stored = json.dumps(list(Message.objects.values()), default=str)
    for sent in mail.outbox:
        assert sent.to[0] not in stored
        assert sent.body.splitlines()[0] not in stored
    for number, text in sms.sent:
        assert number not in stored and number[-7:] not in stored and text not in stored


# --- SMS backends ---------------------------------------------------------------------------------


def test_the_console_backend_prints_the_text_with_the_number_masked():
    out = io.StringIO()
    ConsoleBackend(out).send("+77011112233", "Сертификатыңыз дайын")
    assert out.getvalue() == "SMS to +7******2233: Сертификатыңыз дайын\n"
    assert mask_number("+77011112233") == "+7******2233"


def test_the_console_backend_is_the_default_and_writes_to_stdout(consenting, settings, capsys):
    settings.SMS_BACKEND = "console"
    consenting.assignment.due_date = datetime.date.today() + datetime.timedelta(days=1)
    consenting.assignment.save()
    tasks.queue(planning.plan_reminders())
    printed = capsys.readouterr().out
    assert "SMS to +7******2233: Otbasy Academy:" in printed
    assert "SMS to +7******4567: Otbasy Academy:" in printed
    assert "+77011112233" not in printed and "/kk/learn/" in printed


class Gateway(BaseHTTPRequestHandler):
    """A stand-in SMS gateway on 127.0.0.1: records each request and answers `status`."""

    received: list = []
    status = 200

    def do_POST(self):  # noqa: N802 - http.server's naming
        length = int(self.headers["Content-Length"])
        Gateway.received.append(
            {
                "path": self.path,
                "auth": self.headers["Authorization"],
                "type": self.headers["Content-Type"],
                "body": json.loads(self.rfile.read(length)),
            }
        )
        self.send_response(Gateway.status)
        self.end_headers()
        self.wfile.write(b'{"ok": true}')

    def log_message(self, *args):
        pass


@pytest.fixture
def gateway():
    Gateway.received, Gateway.status = [], 200
    server = HTTPServer(("127.0.0.1", 0), Gateway)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/api/sms"
    server.shutdown()
    server.server_close()


def test_the_http_gateway_posts_the_sms_with_its_token(gateway):
    backend = HttpGatewayBackend(url=gateway, token="tok-123", sender="Otbasy", timeout=5)
    backend.send("+77011112233", "Сертификатыңыз дайын")
    [request] = Gateway.received
    assert request["path"] == "/api/sms" and request["auth"] == "Bearer tok-123"
    assert request["type"].startswith("application/json")
    assert request["body"] == {
        "to": "+77011112233",
        "text": "Сертификатыңыз дайын",
        "sender": "Otbasy",
    }


def test_a_gateway_refusal_is_an_sms_error_without_the_number(gateway):
    Gateway.status = 503
    backend = HttpGatewayBackend(url=gateway, token="t", sender="Otbasy", timeout=5)
    with pytest.raises(SmsError) as refused:
        backend.send("+77011112233", "text")
    assert "503" in str(refused.value) and "2233" not in str(refused.value)


def test_an_unset_gateway_address_is_refused():
    with pytest.raises(SmsError):
        HttpGatewayBackend(url="", token="t", sender="s", timeout=1)


def test_the_worker_sends_sms_through_the_gateway_set_by_settings(consenting, settings, gateway):
    settings.SMS_BACKEND = "http"
    settings.SMS_GATEWAY_URL = gateway
    settings.SMS_GATEWAY_TOKEN = "secret-token"
    settings.SMS_SENDER = "OTBASY"
    consenting.assignment.due_date = datetime.date.today() + datetime.timedelta(days=1)
    consenting.assignment.save()
    tasks.queue(planning.plan_reminders())
    assert sorted(r["body"]["to"] for r in Gateway.received) == ["+77011112233", "+77051234567"]
    assert {r["body"]["sender"] for r in Gateway.received} == {"OTBASY"}
    assert {r["auth"] for r in Gateway.received} == {"Bearer secret-token"}
    assert set(Message.objects.filter(channel="sms").values_list("status", flat=True)) == {
        "delivered"
    }
