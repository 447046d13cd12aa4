"""What a clerk types is checked (issue 13): sane dates, clean names, distinct IINs, real phone
numbers; impossible dates and double submits get a message, never an error page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from registry_offices.forms import MarriageApplicationForm, years_before
from registry_offices.models import CourseAssignment, MarriageApplication
from tests.factories import ADULT, ADULT_2, iin_for, make_application, set_admin_language

from .test_application_form import _partner, form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def _post(client, office, data):
    client.force_login(office.clerk)
    response = client.post(reverse("applications:add"), data)
    assert response.status_code in (200, 302), response.status_code
    return response


def _codes(form, field: str) -> list[str]:
    """Error codes, not texts: after a request the active language is the site's (kk)."""
    return [error.code for error in form.errors.as_data().get(field, [])]


def _partner_codes(response, index: int, field: str) -> list[str]:
    return _codes(response.context["form"].formsets["partners"].forms[index], field)


# --- Dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "born",
    [
        datetime.date(1899, 12, 31),
        datetime.date(1, 1, 1),
        years_before(timezone.localdate(), 16) + datetime.timedelta(days=1),
    ],
)
def test_a_birth_date_outside_1900_to_16_years_ago_is_refused(client, office_a, born):
    data = form_data(
        office_a.office,
        partners=[_partner("Ерлан Жақсыбеков", ADULT), _partner("Мәдина Жұмабаева", born)],
    )
    response = _post(client, office_a, data)
    assert response.status_code == 200
    assert _partner_codes(response, 1, "date_of_birth") == ["out_of_range"]
    assert not MarriageApplication.objects.exists()


@pytest.mark.parametrize("planned", ["9999-12-31", "far", "yesterday"])
def test_the_planned_date_is_between_today_and_six_months_ahead(client, office_a, planned):
    today = timezone.localdate()
    applied = today - datetime.timedelta(days=10)
    dates = {
        "9999-12-31": datetime.date(9999, 12, 31),
        "far": today + datetime.timedelta(days=200),
        "yesterday": today - datetime.timedelta(days=1),
    }
    data = form_data(office_a.office, applied=applied)
    data["planned_registration_date"] = dates[planned].isoformat()
    response = _post(client, office_a, data)
    assert response.status_code == 200
    assert _codes(response.context["form"], "planned_registration_date") == ["out_of_range"]
    assert not MarriageApplication.objects.exists()


@pytest.mark.parametrize(
    ("applied", "message"),
    [
        (datetime.date(9999, 12, 31), "future"),
        (datetime.date(9999, 12, 17), "future"),
        (datetime.date(2018, 12, 31), "too_early"),
    ],
)
def test_the_application_date_is_neither_future_nor_before_2019(client, office_a, applied, message):
    data = form_data(office_a.office)
    data["application_date"] = applied.isoformat()
    response = _post(client, office_a, data)
    assert response.status_code == 200
    assert _codes(response.context["form"], "application_date") == [message]


def test_an_old_application_stays_editable_when_its_dates_are_not_changed(client, office_a):
    application = make_application(office_a.office, "AST-OLD")
    MarriageApplication.objects.filter(pk=application.pk).update(
        application_date=datetime.date(2018, 5, 2),
        planned_registration_date=datetime.date(2018, 6, 1),
    )
    partners = [
        {
            "id": p.pk,
            **_partner(p.full_name, p.date_of_birth, preferred_language=p.preferred_language),
        }
        for p in application.partners.order_by("sort_order")
    ]
    data = nested_form_data(
        {
            "office": office_a.office.pk,
            "number": "AST-OLD",
            "status": "registered",
            "application_date": "2018-05-02",
            "planned_registration_date": "2018-06-01",
            "partners": inline_formset(partners, initial=2, min=2, max=2),
        }
    )
    client.force_login(office_a.clerk)
    response = client.post(reverse("applications:edit", args=[application.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    assert MarriageApplication.objects.get().status == "registered"


def test_a_due_date_in_year_9999_gets_a_message(client, office_a, course):
    application = make_application(office_a.office, "AST-9999")
    client.force_login(office_a.clerk)
    response = client.post(
        reverse("applications:assign", args=[application.pk]),
        {"course": course.pk, "due_date": "9999-12-31"},
    )
    assert response.status_code == 200
    assert _codes(response.context["form"], "due_date") == ["after_registration"]
    assert not CourseAssignment.objects.exists()


# --- Names, IINs, phones ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Ерлан\nЖақсыбеков", "control_characters"),
        ("Ерлан\tЖақсыбеков", "control_characters"),
        ("Ерлан\u202eЖақсыбеков", "control_characters"),
        ("А" * 151, "too_long"),
    ],
)
def test_a_name_with_control_characters_or_too_long_is_refused(client, office_a, name, message):
    data = form_data(
        office_a.office, partners=[_partner(name, ADULT), _partner("Мәдина Жұмабаева", ADULT_2)]
    )
    response = _post(client, office_a, data)
    assert response.status_code == 200
    assert _partner_codes(response, 0, "full_name") == [message]


def test_a_name_of_150_characters_is_accepted(client, office_a):
    data = form_data(
        office_a.office,
        partners=[_partner("А" * 150, ADULT), _partner("Мәдина Жұмабаева", ADULT_2)],
    )
    assert _post(client, office_a, data).status_code == 302


def test_the_same_iin_for_both_partners_is_refused(client, office_a):
    iin = iin_for(ADULT, serial=33)
    data = form_data(
        office_a.office,
        partners=[
            _partner("Ерлан Жақсыбеков", ADULT, iin=iin),
            _partner("Мәдина Жұмабаева", ADULT, iin=iin),
        ],
    )
    response = _post(client, office_a, data)
    assert response.status_code == 200
    assert _partner_codes(response, 1, "iin") == ["same_iin"]
    assert not MarriageApplication.objects.exists()


def test_phones_are_stored_in_e164_and_nonsense_is_refused(client, office_a):
    data = form_data(
        office_a.office,
        partners=[
            _partner("Ерлан Жақсыбеков", ADULT, phone="8 (701) 111-22-33"),
            _partner("Мәдина Жұмабаева", ADULT_2, phone="12345"),
        ],
    )
    response = _post(client, office_a, data)
    assert response.status_code == 200
    assert _partner_codes(response, 1, "phone") == ["invalid_phone"]
    data["partners-1-phone"] = "+7 700 123 45 67"
    assert _post(client, office_a, data).status_code == 302
    phones = list(
        MarriageApplication.objects.get()
        .partners.order_by("sort_order")
        .values_list("phone", flat=True)
    )
    assert phones == ["+77011112233", "+77001234567"]


# --- Double submits ---------------------------------------------------------------------------


def test_a_double_submitted_application_gets_the_number_message(client, office_a, monkeypatch):
    assert _post(client, office_a, form_data(office_a.office)).status_code == 302
    # The second request passed its form check before the first one saved (a race):
    answers = iter([False])
    monkeypatch.setattr(MarriageApplication, "validate_constraints", lambda *a, **k: None)
    monkeypatch.setattr(
        MarriageApplicationForm, "number_taken", lambda form, office, number: next(answers, True)
    )
    response = _post(client, office_a, form_data(office_a.office))
    assert response.status_code == 200, response["Location"]
    assert _codes(response.context["form"], "number") == ["duplicate"]
    assert MarriageApplication.objects.count() == 1


def test_the_new_messages_are_translated_for_a_russian_clerk(client, office_a):
    set_admin_language(office_a.clerk, "ru")
    iin = iin_for(ADULT, serial=34)
    data = form_data(
        office_a.office,
        partners=[
            _partner("Ерлан\nЖақсыбеков", ADULT, iin=iin, phone="12345"),
            _partner("Мәдина Жұмабаева", ADULT, iin=iin),
        ],
    )
    html = _post(client, office_a, data).content.decode()
    assert "невидимые управляющие символы" in html
    assert "Номер слишком короткий" in html
    assert "У обоих партнёров не может быть один и тот же ИИН." in html
