"""Notices to partners and centre staff: in the recipient's language, on the channels they chose,
once, with nothing that reveals answers, IINs or access codes, and logged without a body."""

import datetime
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from certificates.models import Certificate
from notices import planning
from notices.models import Message
from registry_offices.models import RegistryOffice
from resource_centers.models import ConsultationRequest
from tests import factories

from .conftest import IIN_1, IIN_2, agree

pytestmark = pytest.mark.django_db


def _certify(couple, course, commits) -> Certificate:
    """Both partners finish; the notices go once the certificate's transaction commits."""
    with commits(execute=True):
        return factories.certified(couple, course)


def _mail_to(address: str) -> list:
    return [m for m in mail.outbox if m.to == [address]]


def _no_secrets(text: str, couple) -> None:
    """Nothing in a notice reveals an IIN (or its last digits), an access code or an answer."""
    assert IIN_1 not in text and IIN_2 not in text
    assert IIN_1[-4:] not in text and IIN_2[-4:] not in text
    for code in couple.codes:
        assert code not in text and code.replace("-", "") not in text
    assert "#code=" not in text and "?code=" not in text
    assert not re.search(r"\b(answer|correct|жауап|ответ)", text, re.IGNORECASE)


# --- "Your certificate is ready" ---------------------------------------------------------------


def test_both_partners_hear_their_certificate_is_ready_each_in_their_language(
    consenting, short, sms, django_capture_on_commit_callbacks
):
    certificate = _certify(consenting, short, django_capture_on_commit_callbacks)
    [kk] = _mail_to("nurlan@example.kz")
    [ru] = _mail_to("aigerim@example.kz")
    assert "сертификатыңыз дайын" in kk.subject
    assert "Нұрлан Сейітқали" in kk.body and "Ваш сертификат" not in kk.body
    assert "Ваш сертификат" in ru.subject and "Айгерім Нұрланқызы" in ru.body
    assert f"http://testserver/kk/verify/{certificate.code}/" in kk.body
    assert f"http://testserver/ru/verify/{certificate.code}/" in ru.body
    assert "http://testserver/ru/learn/" in ru.body
    numbers = dict(sms.sent)
    assert set(numbers) == {"+77011112233", "+77051234567"}
    assert f"/kk/verify/{certificate.code}/" in numbers["+77011112233"]
    assert f"/ru/verify/{certificate.code}/" in numbers["+77051234567"]
    assert "сертификат" in numbers["+77051234567"].lower()
    for text in [kk.subject, kk.body, ru.subject, ru.body, *numbers.values()]:
        _no_secrets(text, consenting)
    log = Message.objects.filter(kind="certificate_ready")
    assert log.count() == 4
    assert set(log.values_list("status", flat=True)) == {"delivered"}
    assert all(m.sent_at and m.attempts == 1 for m in log)


def test_only_the_channels_a_partner_chose_are_used(
    couple, short, sms, django_capture_on_commit_callbacks
):
    first, second = couple.application.partners.order_by("sort_order")
    agree(first, "nurlan@example.kz", "+77011112233", by_sms=False)
    # The second partner gave a number and an address but agreed to nothing.
    second.email, second.phone = "aigerim@example.kz", "+77051234567"
    second.save()
    _certify(couple, short, django_capture_on_commit_callbacks)
    assert [m.to for m in mail.outbox] == [["nurlan@example.kz"]]
    assert sms.sent == []
    assert list(Message.objects.values_list("partner_id", "channel")) == [(first.pk, "email")]


def test_a_certificate_notice_is_sent_once_however_often_it_is_announced(
    consenting, short, sms, django_capture_on_commit_callbacks
):
    from notices import tasks

    certificate = _certify(consenting, short, django_capture_on_commit_callbacks)
    assert tasks.announce_certificate.enqueue(certificate.pk).return_value == 0
    assert len(mail.outbox) == 2 and len(sms.sent) == 2


def test_a_reissued_certificate_is_announced_with_its_new_link(
    consenting, short, office_a, sms, django_capture_on_commit_callbacks
):
    certificate = _certify(consenting, short, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        new = certificate.reissue(office_a.clerk)
    assert len(mail.outbox) == 4
    assert f"/verify/{new.code}/" in mail.outbox[-1].body


def test_nothing_is_announced_when_the_transaction_rolls_back(consenting, short):
    # Without a commit (the test's transaction never commits) the receiver queued nothing.
    factories.certified(consenting, short)
    assert mail.outbox == [] and not Message.objects.exists()


# --- Reminders ------------------------------------------------------------------------------------


def _due_in(couple, days: int) -> None:
    assignment = couple.assignment
    assignment.due_date = timezone.localdate() + datetime.timedelta(days=days)
    assignment.save(update_fields=["due_date"])


def test_the_partner_who_is_behind_is_reminded_once_in_their_language(consenting, short, sms):
    _due_in(consenting, 3)
    factories.finish_partner(consenting.accesses[0], short)  # partner 1 is done
    call_command("send_due_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("send_due_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    [reminder] = mail.outbox
    assert reminder.to == ["aigerim@example.kz"]
    assert "Напоминание" in reminder.subject
    due = consenting.assignment.due_date.strftime("%d.%m.%Y")
    assert due in reminder.body and "http://testserver/ru/learn/" in reminder.body
    [(number, text)] = sms.sent
    assert number == "+77051234567" and "/ru/learn/" in text and due in text
    _no_secrets(reminder.body + reminder.subject + text, consenting)
    log = Message.objects.filter(kind="reminder")
    assert sorted(log.values_list("channel", flat=True)) == ["email", "sms"]
    assert {m.access_id for m in log} == {consenting.accesses[1].pk}


def test_a_kazakh_partner_is_reminded_in_kazakh(consenting, sms):
    _due_in(consenting, 1)
    planning.plan_reminders()  # rows only: nothing sent yet
    from notices import tasks

    tasks.queue(list(Message.objects.filter(partner__sort_order=0, channel="email")))
    [reminder] = mail.outbox
    assert reminder.to == ["nurlan@example.kz"]
    assert "Еске салу" in reminder.subject and "/kk/learn/" in reminder.body


def test_an_office_reminds_at_most_30_days_ahead(office_a):
    office = office_a.office
    office.reminder_days = 31
    with pytest.raises(ValidationError) as refused:
        office.full_clean()
    assert "reminder_days" in refused.value.message_dict
    assert RegistryOffice._meta.get_field("reminder_days").default == 3


@pytest.mark.parametrize(
    "due_in, reminder_days, expected",
    [(3, 3, 2), (4, 3, 0), (0, 3, 2), (-1, 3, 0), (10, 10, 2), (2, 0, 0)],
)
def test_reminders_follow_the_offices_window(consenting, office_a, due_in, reminder_days, expected):
    office_a.office.reminder_days = reminder_days
    office_a.office.save()
    _due_in(consenting, due_in)
    assert len(planning.due_reminders()) == expected


def test_no_reminder_without_consent_or_after_finishing_or_cancelling(couple, short, office_a):
    _due_in(couple, 2)
    assert planning.due_reminders() == []  # nobody agreed
    first, second = couple.application.partners.order_by("sort_order")
    agree(first, "nurlan@example.kz")
    agree(second, "aigerim@example.kz")
    assert len(planning.due_reminders()) == 2
    factories.finish_partner(couple.accesses[0], short)
    assert [a.partner_id for a in planning.due_reminders()] == [second.pk]
    couple.assignment.cancel(office_a.clerk)
    assert planning.due_reminders() == []


def test_withdrawn_consent_before_the_worker_runs_sends_nothing(consenting, sms, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    _due_in(consenting, 2)
    call_command("send_due_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == [] and Message.objects.filter(status="queued").count() == 4
    type(consenting.accesses[0].partner).objects.update(notify_by_email=False, notify_by_sms=False)
    from notices import tasks

    for message in Message.objects.all():
        assert tasks.deliver_message.call(message.pk) == "cancelled"
    assert mail.outbox == [] and sms.sent == []


# --- Centre staff ---------------------------------------------------------------------------------


def test_centre_staff_hear_of_a_new_request_without_any_personal_data(
    centre, centre_staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ConsultationRequest.objects.create(
            centre=centre,
            name="Гүлжан Өтепбергенова",
            contact="+7 707 555 44 33",
            topic="divorce",
            preferred_language="kk",
            message="Күйеуім екеуміз ажырасқымыз келеді, балаларымыз бар.",
            consent=True,
        )
    assert sorted(m.to[0] for m in mail.outbox) == ["aliya@centre.kz", "olga@centre.kz"]
    for sent in mail.outbox:
        text = sent.subject + sent.body
        for private in ("Гүлжан", "Өтепбергенова", "707 555", "ажырасқымыз", "divorce"):
            assert private not in text
        assert "http://testserver/admin/consultation_requests/" in sent.body
    [kk] = _mail_to("aliya@centre.kz")
    [ru] = _mail_to("olga@centre.kz")
    assert "Шұғыла орталығы" in kk.subject and "кеңеске жаңа өтінім" in kk.subject
    assert "Центр shugyla" in ru.subject and "Новая заявка" in ru.subject
    log = Message.objects.filter(kind="consultation_request")
    assert log.count() == 2 and {m.centre_id for m in log} == {centre.pk}
