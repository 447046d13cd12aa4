"""The "forgotten password" e-mail is a task: the row holds an id, the worker makes the link."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from .helpers import make_staff

pytestmark = pytest.mark.django_db


def test_a_reset_request_queues_an_id_and_the_worker_sends_a_working_link(
    client, django_user_model, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    clerk = make_staff(django_user_model, "clerk")
    clerk.email = "clerk@example.kz"
    clerk.save()
    response = client.post(reverse("wagtailadmin_password_reset"), {"email": "clerk@example.kz"})
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_password_reset_done")
    [row] = DBTaskResult.objects.filter(task_path__endswith="send_password_reset_email")
    assert mail.outbox == []  # nothing sent inside the request
    assert row.args_kwargs["args"][0] == clerk.pk
    assert "clerk@example.kz" not in repr(row.args_kwargs)

    # The worker runs it: one e-mail whose link opens the form for a new password.
    assert row.task.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"]) is True
    [message] = mail.outbox
    assert message.to == ["clerk@example.kz"]
    link = re.search(r"https?://\S+?(/admin/password_reset/confirm/\S+/)", message.body)
    assert link is not None, message.body
    confirm = client.get(link.group(1), follow=True)
    assert confirm.status_code == 200
    assert "new_password1" in confirm.content.decode()


def test_a_reset_for_an_account_deactivated_meanwhile_sends_nothing(
    client, django_user_model, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    clerk = make_staff(django_user_model, "clerk")
    clerk.email = "clerk@example.kz"
    clerk.save()
    client.post(reverse("wagtailadmin_password_reset"), {"email": "clerk@example.kz"})
    clerk.is_active = False
    clerk.save()
    [row] = DBTaskResult.objects.filter(task_path__endswith="send_password_reset_email")
    assert row.task.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"]) is False
    assert mail.outbox == []
