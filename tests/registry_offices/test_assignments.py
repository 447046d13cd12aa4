"""Assigning a course: slips with codes shown once, hashed codes, regenerate, cancel, e-mail, history."""

import datetime
import re

import pytest
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult
from wagtail.models import ModelLogEntry

from registry_offices import actions
from registry_offices.models import (
    CourseAssignment,
    PartnerAccess,
    PendingCode,
    hash_access_code,
)
from tests.factories import assert_not_found, make_application

pytestmark = pytest.mark.django_db

CODE = re.compile(r'data-testid="access-code">([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{5})<')


def _assign(client, application, course, due=None, send_email=False):
    due = due or application.planned_registration_date - datetime.timedelta(days=3)
    data = {"course": course.pk, "due_date": due.isoformat()}
    if send_email:
        data["send_email"] = "on"
    return client.post(reverse("applications:assign", args=[application.pk]), data)


def test_assigning_shows_each_partner_a_code_once_in_their_language(client, office_a, course):
    application = make_application(office_a.office, "AST-1", languages=("kk", "ru"))
    client.force_login(office_a.clerk)
    form_page = client.get(reverse("applications:assign", args=[application.pk]))
    assert form_page.status_code == 200
    assert form_page.context["form"]["course"].initial == course.pk

    response = _assign(client, application, course)
    assignment = CourseAssignment.objects.get()
    slips_url = reverse("applications:slips", args=[assignment.pk])
    assert response.status_code == 302 and response.url == slips_url

    page = client.get(slips_url)
    html = page.content.decode()
    codes = CODE.findall(html)
    assert len(codes) == 2 and codes[0] != codes[1]
    assert "no-store" in page["Cache-Control"]
    # Each slip in its partner's language, with the link and a QR code.
    assert 'lang="kk"' in html and 'lang="ru"' in html
    assert f"/kk/learn/#code={codes[0]}" in html and f"/ru/learn/#code={codes[1]}" in html
    assert "Подготовка к семейной жизни" in html and "Отбасылық өмірге дайындық" in html
    assert html.count("<svg") >= 2
    # Only hashes are stored, each code finds its partner, and a second view shows no code.
    stored = set(PartnerAccess.objects.values_list("code_hash", flat=True))
    assert stored == {hash_access_code(code) for code in codes}
    found = PartnerAccess.objects.find_usable(codes[1])
    assert found.partner.sort_order == 1 and found.assignment == assignment
    assert CODE.findall(client.get(slips_url).content.decode()) == []
    # Nothing about the codes or the partners in the history.
    entry = ModelLogEntry.objects.get(action=actions.ASSIGNED)
    assert entry.object_id == str(application.pk)
    assert all(code not in str(entry.data) for code in codes)
    assert "Айгерім" not in str(entry.data) + entry.label


@pytest.mark.parametrize(("days", "message"), [(-1, "in the past"), (21, "after the planned")])
def test_the_due_date_is_neither_past_nor_after_the_registration(
    client, office_a, course, days, message
):
    application = make_application(office_a.office, "AST-2", planned_in_days=20)
    client.force_login(office_a.clerk)
    response = _assign(client, application, course, timezone.localdate() + datetime.timedelta(days))
    assert response.status_code == 200
    with translation.override("en"):
        assert message in response.context["form"].errors["due_date"][0]
    assert not CourseAssignment.objects.exists()


def test_the_same_course_is_not_assigned_twice_unless_cancelled(client, office_a, course):
    application = make_application(office_a.office, "AST-3")
    client.force_login(office_a.clerk)
    _assign(client, application, course)
    response = _assign(client, application, course)
    assert response.status_code == 200 and "course" in response.context["form"].errors
    CourseAssignment.objects.get().cancel(office_a.clerk)
    assert _assign(client, application, course).status_code == 302
    assert CourseAssignment.objects.count() == 2


def test_a_lost_code_is_replaced_and_the_old_one_stops_working(client, office_a, course):
    application = make_application(office_a.office, "AST-4")
    client.force_login(office_a.clerk)
    _assign(client, application, course)
    assignment = CourseAssignment.objects.get()
    old_codes = CODE.findall(
        client.get(reverse("applications:slips", args=[assignment.pk])).content.decode()
    )
    access = assignment.accesses.get(partner__sort_order=0)
    key = access.learner_key

    confirm = client.get(reverse("applications:regenerate", args=[access.pk]))
    assert confirm.status_code == 200
    response = client.post(reverse("applications:regenerate", args=[access.pk]))
    assert response.status_code == 302
    new_codes = CODE.findall(client.get(response.url).content.decode())
    assert len(new_codes) == 1 and new_codes[0] not in old_codes
    assert PartnerAccess.objects.find_usable(old_codes[0]) is None
    assert PartnerAccess.objects.find_usable(new_codes[0]).learner_key == key  # progress is kept
    assert (
        PartnerAccess.objects.find_usable(old_codes[1]) is not None
    )  # the other partner is unaffected
    entry = ModelLogEntry.objects.get(action=actions.CODE_REGENERATED)
    assert new_codes[0] not in str(entry.data) and entry.data["partner"] == 1


def test_cancelling_stops_both_codes(client, office_a, course):
    application = make_application(office_a.office, "AST-5")
    client.force_login(office_a.clerk)
    _assign(client, application, course)
    assignment = CourseAssignment.objects.get()
    codes = CODE.findall(
        client.get(reverse("applications:slips", args=[assignment.pk])).content.decode()
    )
    assert client.get(reverse("applications:cancel", args=[assignment.pk])).status_code == 200
    response = client.post(reverse("applications:cancel", args=[assignment.pk]))
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.state == "cancelled" and assignment.cancelled_at
    assert all(PartnerAccess.objects.find_usable(code) is None for code in codes)
    assert ModelLogEntry.objects.filter(action=actions.CANCELLED).count() == 1
    # A cancelled assignment cannot be cancelled again or get new codes.
    assert_not_found(client, reverse("applications:cancel", args=[assignment.pk]), "post")
    access = assignment.accesses.first()
    assert_not_found(client, reverse("applications:regenerate", args=[access.pk]), "post")


def test_codes_expire_after_the_planned_registration_date(office_a, course):
    application = make_application(office_a.office, "AST-6", planned_in_days=20)
    issued = CourseAssignment.objects.assign(
        application, course, timezone.localdate() + datetime.timedelta(days=10), office_a.clerk
    )
    code = next(iter(issued.codes.values()))
    assert PartnerAccess.objects.find_usable(code) is not None
    later = application.planned_registration_date + datetime.timedelta(days=1)
    assert PartnerAccess.objects.find_usable(code, today=later) is None
    assert PartnerAccess.objects.find_usable(code + "x") is None
    assert PartnerAccess.objects.find_usable("") is None


def test_slips_are_emailed_in_each_partners_language_by_a_task(client, office_a, course):
    application = make_application(
        office_a.office,
        "AST-7",
        languages=("ru", "kk"),
        emails=("nurlan@example.kz", ""),
    )
    client.force_login(office_a.clerk)
    _assign(client, application, course, send_email=True)
    assert len(mail.outbox) == 1  # the second partner gave no address
    message = mail.outbox[0]
    assert message.to == ["nurlan@example.kz"]
    assert "Подготовка к семейной жизни" in message.subject
    code = re.search(r"/ru/learn/#code=([A-Z0-9-]{15})", message.body).group(1)
    assert PartnerAccess.objects.find_usable(code).partner.sort_order == 0


def test_the_edit_page_lists_assignments_with_their_actions(client, office_a, course):
    application = make_application(office_a.office, "AST-8")
    client.force_login(office_a.clerk)
    _assign(client, application, course)
    assignment = CourseAssignment.objects.get()
    html = client.get(reverse("applications:edit", args=[application.pk])).content.decode()
    assert reverse("applications:slips", args=[assignment.pk]) in html
    assert reverse("applications:cancel", args=[assignment.pk]) in html
    history = client.get(reverse("applications:history", args=[application.pk]))
    assert "Course assigned" in history.content.decode()


def _stored_anywhere(code: str) -> list[str]:
    """Where a plain code would show in the database: sessions, queued tasks, waiting codes."""
    places = []
    if any(code in repr(s.get_decoded()) for s in Session.objects.all()):
        places.append("session")
    if any(code in repr(t.args_kwargs) for t in DBTaskResult.objects.all()):
        places.append("task")
    if any(code in p.secret for p in PendingCode.objects.all()):
        places.append("pending code (plain)")
    return places


def test_codes_never_rest_in_sessions_or_task_rows(client, office_a, course, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    application = make_application(
        office_a.office, "AST-9", emails=("nurlan@example.kz", "aru@example.kz")
    )
    client.force_login(office_a.clerk)
    _assign(client, application, course, send_email=True)
    # Queued: the tasks carry only the ids of the waiting codes; nothing is sent yet.
    queued = list(DBTaskResult.objects.filter(task_path__endswith="send_slip_email"))
    assert len(queued) == 2 and mail.outbox == []
    assert all(
        all(isinstance(arg, int) or arg.startswith("http") for arg in t.args_kwargs["args"])
        for t in queued
    )
    page = client.get(reverse("applications:slips", args=[CourseAssignment.objects.get().pk]))
    codes = CODE.findall(page.content.decode())
    assert len(codes) == 2
    assert [_stored_anywhere(code) for code in codes] == [[], []]
    # The slip codes are gone once shown; the e-mail codes wait, encrypted, for the worker.
    assert set(PendingCode.objects.values_list("purpose", flat=True)) == {"email"}

    # What the worker does with each queued row (its command would close this test's connection).
    for row in queued:
        row.task.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])
    assert sorted(m.to[0] for m in mail.outbox) == ["aru@example.kz", "nurlan@example.kz"]
    mailed = {re.search(r"#code=([A-Z0-9-]{15})", m.body).group(1) for m in mail.outbox}
    assert mailed == set(codes)  # the same code on the slip and in the e-mail
    assert not PendingCode.objects.exists()


def test_slip_codes_are_shown_only_to_the_clerk_who_made_them(client, office_a, course):
    application = make_application(office_a.office, "AST-10")
    client.force_login(office_a.clerk)
    _assign(client, application, course)
    slips_url = reverse("applications:slips", args=[CourseAssignment.objects.get().pk])
    colleague = Client()
    colleague.force_login(office_a.head)
    assert CODE.findall(colleague.get(slips_url).content.decode()) == []
    assert len(CODE.findall(client.get(slips_url).content.decode())) == 2


def test_a_code_waiting_too_long_is_not_shown(client, office_a, course):
    application = make_application(office_a.office, "AST-11")
    client.force_login(office_a.clerk)
    _assign(client, application, course)
    PendingCode.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    slips_url = reverse("applications:slips", args=[CourseAssignment.objects.get().pk])
    assert CODE.findall(client.get(slips_url).content.decode()) == []
