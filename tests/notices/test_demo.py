"""The demo shows notices in the log: delivered ones and a failed one, made once."""

import datetime

import pytest

from notices import demo
from notices.models import Message
from tests import factories

from .conftest import agree

pytestmark = pytest.mark.django_db


def test_the_demo_logs_delivered_and_failed_notices_once(office_a, short):
    finished = factories.assign(office_a, short, number="D-1")
    behind = factories.assign(office_a, short, number="D-2")
    for couple, numbers in ((finished, ("+77011112233", "+77051234567")), (behind, ("", ""))):
        for partner, number in zip(
            couple.application.partners.order_by("sort_order"), numbers, strict=True
        ):
            agree(partner, phone=number or "+77071234567")
    certificate = factories.certified(finished, short)  # no commit: no notice is sent
    assert not Message.objects.exists()

    demo.load()
    rows = Message.objects.all()
    kinds = sorted(rows.values_list("kind", "status"))
    assert kinds == [
        ("certificate_ready", "delivered"),
        ("certificate_ready", "delivered"),
        ("reminder", "delivered"),
        ("reminder", "failed"),
    ]
    assert {m.certificate_id for m in rows if m.kind == "certificate_ready"} == {certificate.pk}
    failed = rows.get(status="failed")
    assert failed.sent_at is None and failed.attempts > 1 and failed.error == "SmsError"
    assert all(m.office_id == office_a.office.pk for m in rows)
    assert all(m.queued_at <= m.last_attempt_at + datetime.timedelta(seconds=1) for m in rows)

    demo.load()
    assert Message.objects.count() == 4
