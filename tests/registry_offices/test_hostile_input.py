"""Hostile input at the counter (issue 28): control characters in an application number or a
name are refused with a message in the clerk's language, an emoji ZWJ name is accepted, and a
row saved before the rule (straight into the database) cannot break the XLSX or CSV export."""

import io

import openpyxl
import pytest
from django.urls import reverse

from registry_offices.models import MarriageApplication, Partner
from tests.factories import ADULT, ADULT_2, make_application, set_admin_language

from .test_application_form import _partner, form_data

pytestmark = pytest.mark.django_db

EMOJI_NAME = "Айгерім \U0001f469\u200d\U0001f4bb"  # woman ZWJ laptop


@pytest.mark.parametrize(
    ("language", "text"),
    [("kk", "көрінбейтін басқару таңбалары"), ("ru", "невидимые управляющие символы")],
)
def test_an_application_number_with_control_characters_is_refused(client, office_a, language, text):
    set_admin_language(office_a.clerk, language)
    client.force_login(office_a.clerk)
    response = client.post(
        reverse("applications:add"), form_data(office_a.office, number="AB\x01\x02\x1bCD")
    )
    assert response.status_code == 200
    assert text in " ".join(response.context["form"].errors["number"])
    assert not MarriageApplication.objects.exists()


@pytest.mark.parametrize("number", ["AB\u202eDC", "AB\u2066CD", "AB\nCD"])
def test_direction_overrides_and_line_breaks_in_a_number_are_refused(client, office_a, number):
    client.force_login(office_a.clerk)
    response = client.post(reverse("applications:add"), form_data(office_a.office, number=number))
    assert response.status_code == 200
    codes = [e.code for e in response.context["form"].errors.as_data()["number"]]
    assert codes == ["control_characters"]


def test_a_name_with_an_emoji_zwj_sequence_is_accepted(client, office_a):
    client.force_login(office_a.clerk)
    data = form_data(
        office_a.office,
        partners=[_partner(EMOJI_NAME, ADULT), _partner("Ерлан \u2764\ufe0f", ADULT_2)],
    )
    response = client.post(reverse("applications:add"), data)
    assert response.status_code == 302
    names = set(Partner.objects.values_list("full_name", flat=True))
    assert names == {EMOJI_NAME, "Ерлан \u2764\ufe0f"}


@pytest.mark.parametrize("spreadsheet_format", ["xlsx", "csv"])
def test_an_older_row_with_control_characters_exports(client, office_a, spreadsheet_format):
    application = make_application(office_a.office, "AST-1")
    # Saved before the rule, past every form: straight into the table.
    MarriageApplication.objects.filter(pk=application.pk).update(number="AB\x01\x02\x1bCD")
    Partner.objects.filter(application=application, sort_order=0).update(
        full_name="Нұрлан\u202e\x0bСейітқали"
    )
    client.force_login(office_a.clerk)
    response = client.get(reverse("applications:index"), {"export": spreadsheet_format})
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    if spreadsheet_format == "xlsx":
        rows = list(openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
        number, partners = rows[1][0], rows[1][6]
    else:
        text = content.decode("utf-8-sig")
        assert "\x01" not in text and "\u202e" not in text and "\x1b" not in text
        number, partners = text.splitlines()[1].split(",")[0], text
    assert number == "ABCD"
    assert "НұрланСейітқали" in partners
