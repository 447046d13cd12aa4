"""At the counter each partner chooses notices by e-mail and/or SMS; the choice and its moment are
kept, and a phone number that is not one is refused with the reason."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from registry_offices.models import MarriageApplication
from registry_offices.phones import normalise_phone
from tests.factories import ADULT, ADULT_2
from tests.registry_offices.test_application_form import _partner, form_data

pytestmark = pytest.mark.django_db


def _post(client, office, data, url=None):
    client.force_login(office.clerk)
    response = client.post(url or reverse("applications:add"), data)
    assert response.status_code in (200, 302), response.status_code
    return response


def _errors(response, index: int, field: str) -> list[str]:
    form = response.context["form"].formsets["partners"].forms[index]
    return [str(error.message % (error.params or {})) for error in form.errors.as_data()[field]]


def test_the_form_offers_the_choice(client, office_a):
    client.force_login(office_a.clerk)
    page = client.get(reverse("applications:add")).content.decode()
    assert 'name="partners-0-notify_by_email"' in page
    assert 'name="partners-1-notify_by_sms"' in page


def test_each_partners_choice_is_kept_with_its_moment(client, office_a):
    data = form_data(
        office_a.office,
        partners=[
            _partner(
                "Нұрлан Сейітқали",
                ADULT,
                phone="8 701 111 22 33",
                email="nurlan@example.kz",
                notify_by_email="on",
                notify_by_sms="on",
            ),
            _partner("Айгерім Нұрланқызы", ADULT_2, email="aigerim@example.kz"),
        ],
    )
    before = timezone.now()
    assert _post(client, office_a, data).status_code == 302
    first, second = MarriageApplication.objects.get().partners.order_by("sort_order")
    assert first.notify_by_email and first.notify_by_sms
    assert first.phone == "+77011112233"
    assert before <= first.notices_consent_at <= timezone.now()
    assert first.notice_channels == ["email", "sms"]
    # The second partner gave an address but did not agree: nothing goes to her.
    assert not second.notify_by_email and second.notices_consent_at is None
    assert second.notice_channels == []


def test_withdrawing_consent_clears_its_moment_and_an_unchanged_choice_keeps_it(client, office_a):
    partners = [
        _partner("Нұрлан Сейітқали", ADULT, email="nurlan@example.kz", notify_by_email="on"),
        _partner("Айгерім Нұрланқызы", ADULT_2, email="aigerim@example.kz", notify_by_email="on"),
    ]
    _post(client, office_a, form_data(office_a.office, partners=partners))
    application = MarriageApplication.objects.get()
    first, second = application.partners.order_by("sort_order")
    long_ago = timezone.now() - datetime.timedelta(days=3)
    type(first).objects.filter(pk__in=[first.pk, second.pk]).update(notices_consent_at=long_ago)

    partners[0]["id"], partners[1]["id"] = first.pk, second.pk
    del partners[1]["notify_by_email"]
    data = nested_form_data(
        {
            "office": office_a.office.pk,
            "number": application.number,
            "status": "submitted",
            "application_date": application.application_date.isoformat(),
            "planned_registration_date": application.planned_registration_date.isoformat(),
            "partners": inline_formset(partners, initial=2, min=2, max=2),
        }
    )
    url = reverse("applications:edit", args=[application.pk])
    assert _post(client, office_a, data, url).status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.notify_by_email and first.notices_consent_at == long_ago
    assert not second.notify_by_email and second.notices_consent_at is None


@pytest.mark.parametrize(
    "field, extra, message",
    [
        ("notify_by_email", {"notify_by_email": "on"}, "Enter the e-mail address the notices"),
        ("notify_by_sms", {"notify_by_sms": "on"}, "Enter the mobile number the SMS"),
        (
            "phone",
            {"notify_by_sms": "on", "phone": "+7 7172 55 01 01"},
            "SMS can only go to a mobile number",
        ),
    ],
)
def test_a_choice_needs_an_address_that_can_take_it(client, office_a, field, extra, message):
    data = form_data(
        office_a.office,
        partners=[_partner("Нұрлан Сейітқали", ADULT, **extra), _partner("Айгерім", ADULT_2)],
    )
    response = _post(client, office_a, data)
    assert response.status_code == 200
    with translation.override("en"):
        assert any(text.startswith(message) for text in _errors(response, 0, field))
    assert not MarriageApplication.objects.exists()


@pytest.mark.parametrize(
    "typed, reason",
    [
        ("call me", "This is not a phone number"),
        ("12345", "The number is too short"),
        ("+7 701 234 56 78 99", "The number is too long"),
        ("+999 123 4567", "The country code is not known"),
        ("+7 703 123 45 67", "No phone number starts like this"),
    ],
)
def test_a_phone_that_is_not_a_number_is_refused_with_the_reason(client, office_a, typed, reason):
    data = form_data(
        office_a.office,
        partners=[_partner("Нұрлан Сейітқали", ADULT, phone=typed), _partner("Айгерім", ADULT_2)],
    )
    response = _post(client, office_a, data)
    assert response.status_code == 200
    with translation.override("en"):
        [text] = _errors(response, 0, "phone")
    assert text.startswith(reason) and "+7 701 234 56 78" in text


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_reasons_are_translated(language):
    with pytest.raises(ValidationError) as refused:
        normalise_phone("call me")
    with translation.override(language):
        text = str(refused.value.message % refused.value.params)
    assert not text.startswith("This is not a phone number")
    assert "+7 701 234 56 78" in text
