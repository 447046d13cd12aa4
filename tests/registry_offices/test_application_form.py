"""Creating and editing an application with both partners in one admin form."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from registry_offices import iin as iin_rules
from registry_offices.models import MarriageApplication, Partner
from tests.factories import ADULT, ADULT_2, iin_for, make_application, set_admin_language

pytestmark = pytest.mark.django_db


def _partner(name: str, born: datetime.date, **extra) -> dict:
    return {
        "full_name": name,
        "date_of_birth": born.isoformat(),
        "iin": "",
        "phone": "",
        "email": "",
        "preferred_language": "kk",
        **extra,
    }


def form_data(office, *, planned_in_days=20, applied=None, partners=None, number="AST-001") -> dict:
    applied = applied or timezone.localdate()
    partners = partners or [
        _partner("Нұрлан Сейітқали", ADULT),
        _partner("Айгерім Нұрланқызы", ADULT_2, preferred_language="ru"),
    ]
    return nested_form_data(
        {
            "office": office.pk,
            "number": number,
            "status": "submitted",
            "application_date": applied.isoformat(),
            "planned_registration_date": (
                applied + datetime.timedelta(days=planned_in_days)
            ).isoformat(),
            "partners": inline_formset(partners, min=2, max=2),
        }
    )


def test_a_clerk_creates_an_application_with_two_partners(client, office_a):
    client.force_login(office_a.clerk)
    page = client.get(reverse("applications:add"))
    assert page.status_code == 200
    iin = iin_for(ADULT, female=False, serial=12)
    data = form_data(
        office_a.office,
        partners=[
            _partner("Нұрлан Сейітқали", ADULT, iin=iin, phone="+7 701 111 22 33"),
            _partner("Айгерім Нұрланқызы", ADULT_2, preferred_language="ru"),
        ],
    )
    response = client.post(reverse("applications:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    application = MarriageApplication.objects.get()
    assert application.office == office_a.office
    assert application.created_by == office_a.clerk
    assert not application.shortened_term
    first, second = application.partners.order_by("sort_order")
    assert first.iin_hash == iin_rules.iin_hash(iin) and first.iin_last4 == iin[-4:]
    assert second.preferred_language == "ru" and second.iin_hash == ""
    # The full IIN is nowhere in the row, and the history names no one.
    assert iin not in str(Partner.objects.filter(pk=first.pk).values().get())
    entry = ModelLogEntry.objects.get(action="wagtail.create")
    assert "Сейітқали" not in entry.label and "AST-001" in entry.label


def test_planned_date_before_the_application_is_refused_in_russian(client, office_a):
    set_admin_language(office_a.clerk, "ru")
    client.force_login(office_a.clerk)
    response = client.post(
        reverse("applications:add"), form_data(office_a.office, planned_in_days=-1)
    )
    assert response.status_code == 200
    assert "Планируемая дата регистрации не может быть раньше даты подачи заявления." in (
        response.content.decode()
    )
    assert "planned_registration_date" in response.context["form"].errors
    assert not MarriageApplication.objects.exists()


def test_a_shortened_term_is_allowed_but_flagged(client, office_a):
    client.force_login(office_a.clerk)
    response = client.post(
        reverse("applications:add"), form_data(office_a.office, planned_in_days=5), follow=True
    )
    application = MarriageApplication.objects.get()
    assert application.shortened_term
    assert any("15 days" in str(m) for m in response.context["messages"])


def test_a_partner_under_18_on_the_planned_date_gets_a_clear_message(client, office_a):
    client.force_login(office_a.clerk)
    today = timezone.localdate()
    seventeen = today.replace(year=today.year - 18) + datetime.timedelta(days=30)
    data = form_data(
        office_a.office,
        partners=[_partner("Ерлан Жақсыбеков", ADULT), _partner("Мәдина Жұмабаева", seventeen)],
    )
    response = client.post(reverse("applications:add"), data)
    assert response.status_code == 200
    partner_form = response.context["form"].formsets["partners"].forms[1]
    with translation.override("en"):
        assert "at least 18 years old" in partner_form.errors["date_of_birth"][0]
    assert not MarriageApplication.objects.exists()


def test_an_iin_with_a_typo_or_another_birth_date_is_refused(client, office_a):
    client.force_login(office_a.clerk)
    good = iin_for(ADULT, serial=5)
    typo = good[:11] + str((int(good[11]) + 1) % 10)
    other_birthday = iin_for(ADULT_2, serial=5)
    data = form_data(
        office_a.office,
        partners=[
            _partner("Ерлан Жақсыбеков", ADULT, iin=typo),
            _partner("Мәдина Жұмабаева", ADULT_2, iin=iin_for(ADULT, female=True, serial=9)),
        ],
    )
    response = client.post(reverse("applications:add"), data)
    forms = response.context["form"].formsets["partners"].forms
    with translation.override("en"):
        assert "check digit" in forms[0].errors["iin"][0]
        assert forms[1].errors["iin"] == ["The IIN does not match the date of birth."]
    assert other_birthday  # a valid IIN for the second partner exists; it just is not this one


def test_exactly_two_partners(client, office_a):
    client.force_login(office_a.clerk)
    data = form_data(office_a.office, partners=[_partner("Ерлан Жақсыбеков", ADULT)])
    data["partners-TOTAL_FORMS"] = "1"
    response = client.post(reverse("applications:add"), data)
    assert response.status_code == 200
    assert not MarriageApplication.objects.exists()


def test_the_number_is_unique_within_an_office_only(client, office_a, office_b):
    make_application(office_a.office, "AST-001")
    make_application(office_b.office, "AST-002")
    client.force_login(office_a.clerk)
    response = client.post(reverse("applications:add"), form_data(office_a.office))
    with translation.override("en"):
        assert response.context["form"].errors["number"] == [
            "This office already has an application with this number."
        ]
    response = client.post(
        reverse("applications:add"), form_data(office_a.office, number="AST-002")
    )
    assert response.status_code == 302


def test_a_clerk_cannot_file_an_application_at_another_office(client, office_a, office_b):
    client.force_login(office_a.clerk)
    response = client.post(reverse("applications:add"), form_data(office_b.office))
    assert response.status_code == 200
    assert "office" in response.context["form"].errors
    assert not MarriageApplication.objects.exists()


def test_editing_keeps_the_iin_when_the_field_is_left_empty(client, office_a):
    iin = iin_for(ADULT, serial=21)
    application = make_application(office_a.office, "AST-010", iins=(iin, None))
    client.force_login(office_a.clerk)
    edit_url = reverse("applications:edit", args=[application.pk])
    page = client.get(edit_url)
    assert page.status_code == 200
    assert iin[-4:] in page.content.decode() and iin not in page.content.decode()
    partners = [
        {
            **_partner(p.full_name, p.date_of_birth, preferred_language=p.preferred_language),
            "id": p.pk,
        }
        for p in application.partners.order_by("sort_order")
    ]
    data = nested_form_data(
        {
            "office": office_a.office.pk,
            "number": "AST-010",
            "status": "registered",
            "application_date": application.application_date.isoformat(),
            "planned_registration_date": application.planned_registration_date.isoformat(),
            "partners": inline_formset(partners, initial=2, min=2, max=2),
        }
    )
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors
    application.refresh_from_db()
    assert application.status == "registered"
    assert application.partners.get(sort_order=0).iin_hash == iin_rules.iin_hash(iin)
