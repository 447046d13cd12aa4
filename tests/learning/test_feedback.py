"""The survey after the course: anonymous (course, office, month, language only), once per
learner, only after finishing, and its comment stored without personal data."""

import pytest
from django.urls import reverse

from learning.feedback import REMOVED, scrub
from learning.models import Feedback, FeedbackReceipt
from tests import factories

pytestmark = pytest.mark.django_db

ANSWERS = {
    "usefulness": "5",
    "clarity": "4",
    "would_recommend": "yes",
    "missing": ["money", "law"],
    "comment": "Рахмет! Нұрлан пен Айгерім, тел. +7 701 234 56 78, aru@example.kz, ЖСН 900101300123.",
}


@pytest.fixture
def finished(client, couple, short):
    factories.sign_in(client, couple.codes[0], "ru")
    factories.finish_course(client, short)
    return couple


def test_a_finished_partner_answers_once_and_anonymously(client, finished, office_a):
    page = client.get(reverse("learning:course")).content.decode()
    assert "/ru/learn/feedback/" in page
    response = client.post("/ru/learn/feedback/", ANSWERS)
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert (feedback.office_id, feedback.language, feedback.usefulness) == (
        office_a.office.pk,
        "ru",
        5,
    )
    assert feedback.would_recommend is True and feedback.missing == ["law", "money"]
    for secret in ("Нұрлан", "Айгерім", "701", "aru@", "900101300123"):
        assert secret not in feedback.comment
    assert feedback.comment.startswith("Рахмет!") and REMOVED in feedback.comment
    field_names = {field.name for field in Feedback._meta.get_fields()}
    assert not field_names & {"enrollment", "learner_key", "created_at", "partner"}
    # A second answer is refused with a message; nothing more is stored.
    response = client.post("/ru/learn/feedback/", ANSWERS, follow=True)
    assert Feedback.objects.count() == 1 and FeedbackReceipt.objects.count() == 1
    assert "уже".encode() in response.content or b"already" in response.content
    assert "/ru/learn/feedback/" not in client.get(reverse("learning:course")).content.decode()


def test_someone_who_did_not_finish_is_refused(client, couple):
    factories.sign_in(client, couple.codes[1], "en")
    response = client.post("/en/learn/feedback/", ANSWERS, follow=True)
    assert not Feedback.objects.exists()
    assert b"The survey opens once you have finished the course." in response.content


def test_missing_scores_and_control_characters_are_refused(client, finished):
    response = client.post(
        "/ru/learn/feedback/", {**ANSWERS, "usefulness": "", "comment": "a\x00b"}
    )
    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_scrub_removes_contacts_iins_and_names_but_keeps_the_rest():
    text = (
        "Айгерім said: call 8 (701) 234-56-78 or write a.b@mail.kz; IIN 900101 300123. Great course"
    )
    cleaned = scrub(text, ["Айгерім Нұрланқызы", "Нұрлан Сейітқали"])
    assert (
        cleaned == f"{REMOVED} said: call {REMOVED} or write {REMOVED}; IIN {REMOVED}. Great course"
    )
