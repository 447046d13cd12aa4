"""Slip e-mails on the database task queue: ids only in the row, sent once by the worker.

The worker is `manage.py db_worker`; here each queued row is run the way it runs one (its command
would close this test's database connection), after the request that queued it has finished.
"""

import datetime
import re
import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from registry_offices.models import CourseAssignment, PartnerAccess, PendingCode
from tests.factories import ADULT, iin_for, make_application

pytestmark = pytest.mark.django_db

CODE = re.compile(r'data-testid="access-code">([A-Za-z0-9_-]{32})<')
IIN = iin_for(ADULT)


@pytest.fixture
def queue(settings):
    """Tasks wait in the database, as in production, and no worker runs."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _assign_with_email(client, office, course):
    application = make_application(
        office.office, "AST-T1", iins=(IIN, None), emails=("nurlan@example.kz", "")
    )
    client.force_login(office.clerk)
    due = application.planned_registration_date - datetime.timedelta(days=3)
    client.post(
        reverse("applications:assign", args=[application.pk]),
        {"course": course.pk, "due_date": due.isoformat(), "send_email": "on"},
    )
    slips = client.get(reverse("applications:slips", args=[CourseAssignment.objects.get().pk]))
    return CODE.findall(slips.content.decode())


def _run(row: DBTaskResult):
    """What the worker does with one claimed row."""
    return row.task.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])


def _queued() -> list[DBTaskResult]:
    return list(
        DBTaskResult.objects.filter(task_path__endswith="send_slip_email").order_by("enqueued_at")
    )


def test_a_slip_queued_while_no_worker_runs_is_sent_once_when_it_runs(
    client, office_a, course, queue
):
    codes = _assign_with_email(client, office_a, course)
    [row] = _queued()
    assert row.status == TaskResultStatus.READY and mail.outbox == []
    # The row carries the id of the waiting code and the site's address: no code, no IIN.
    stored = repr(row.args_kwargs)
    assert not any(code in stored for code in codes)
    assert IIN not in stored and IIN[-4:] not in stored
    assert "nurlan@example.kz" not in stored

    assert _run(row) is True
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["nurlan@example.kz"]
    mailed = re.search(r"\?code=([A-Za-z0-9_-]{32})", mail.outbox[0].body).group(1)
    assert mailed in codes  # the code printed on the slip
    assert PartnerAccess.objects.find_usable(mailed).partner.email == "nurlan@example.kz"

    # A second run (a worker restarted mid-task, the row run again) finds the code taken.
    assert _run(row) is False
    assert len(mail.outbox) == 1


def test_a_mail_server_that_refuses_keeps_the_code_and_queues_the_slip_again(
    client, office_a, course, queue
):
    _assign_with_email(client, office_a, course)
    [row] = _queued()
    refused = smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
    with mock.patch("registry_offices.tasks.send_mail", side_effect=refused):
        assert _run(row) is False
    assert mail.outbox == []
    # The code still waits, encrypted, and a new row waits a minute before the next try.
    assert PendingCode.objects.filter(purpose="email").count() == 1
    retry = _queued()[-1]
    assert retry.pk != row.pk and retry.status == TaskResultStatus.READY
    assert retry.run_after > timezone.now() + datetime.timedelta(seconds=50)
    assert retry.args_kwargs == row.args_kwargs

    assert _run(retry) is True
    assert _run(row) is False  # whichever runs later sends nothing more
    assert len(mail.outbox) == 1


def test_with_the_immediate_backend_the_slip_is_sent_in_the_request(client, office_a, course):
    # `make run` and the test settings: no worker needed, the e-mail is sent at once.
    _assign_with_email(client, office_a, course)
    assert len(mail.outbox) == 1
    assert not DBTaskResult.objects.exists()
    assert not PendingCode.objects.filter(purpose="email").exists()
