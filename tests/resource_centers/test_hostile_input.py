"""Hostile input to the centres (issue 28): control characters in a request, a 2 MB message, a
double click on "Send", a monthly report for the year 1 or 1900; each gets a translated message
or is stored once."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.users.models import UserProfile

from resource_centers.models import ConsultationRequest, MonthlyReport

from .test_admin import REPORT
from .test_centre_page import FORM, VALID

pytestmark = pytest.mark.django_db
FORM_KK = "/kk/centres/almaty-a/request/"


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "Айгүл\u202eлүгйА"}, "name"),
        ({"name": "Ай\x1bгүл"}, "name"),
        ({"contact": "+7 701 234 56 78\x00"}, "contact"),
        ({"message": "Сәлем\u2066!"}, "message"),
    ],
)
def test_control_characters_in_a_request_are_refused_in_the_visitors_language(
    client, centre_site, change, field
):
    response = client.post(FORM, {**VALID, **change})
    assert response.status_code == 400
    assert "невидимые управляющие символы" in response.content.decode()
    assert "control_characters" in [
        e.code for e in response.context["form"].errors.as_data()[field]
    ]
    assert not ConsultationRequest.objects.exists()


def test_a_message_on_several_lines_and_an_emoji_name_are_stored(client, centre_site):
    name = "Айгүл \U0001f469\u200d\U0001f467"
    response = client.post(FORM, {**VALID, "name": name, "message": "Сәлем!\r\nКеңес керек."})
    assert response.status_code == 302
    stored = ConsultationRequest.objects.get()
    assert stored.name == name and stored.message == "Сәлем!\r\nКеңес керек."


@pytest.mark.parametrize(
    ("url", "text"),
    [(FORM, "Сообщение слишком длинное"), (FORM_KK, "Хабарламаңыз тым ұзын")],
)
def test_a_two_megabyte_message_gets_a_translated_message(client, centre_site, url, text):
    response = client.post(url, {**VALID, "message": "x" * (2 * 1024 * 1024)})
    assert response.status_code == 400
    assert text in response.content.decode()
    assert not ConsultationRequest.objects.exists()


def test_a_message_over_the_upload_limit_keeps_the_form_and_says_why(client, centre_site, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
    response = client.post(FORM, {**VALID, "message": "ж" * (2 * 1024 * 1024)})
    assert response.status_code == 413
    html = response.content.decode()
    assert "Сообщение слишком длинное" in html and 'name="message"' in html
    assert not ConsultationRequest.objects.exists()


def test_a_body_too_large_for_the_csrf_check_gets_the_translated_400_page(centre_site, settings):
    """The CSRF check reads the form before any view: Django alone answers a bare 400 there."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
    browser = Client(enforce_csrf_checks=True)
    browser.get(FORM)
    token = browser.cookies["csrftoken"].value
    data = {**VALID, "csrfmiddlewaretoken": token, "message": "ж" * (2 * 1024 * 1024)}
    response = browser.post(FORM, data)
    assert response.status_code == 413
    html = response.content.decode()
    assert "Отправленный текст слишком длинный" in html
    assert f'href="{FORM}"' in html  # back to the form
    assert not ConsultationRequest.objects.exists()


def test_a_double_click_on_send_stores_one_request(client, centre_site):
    first = client.post(FORM, VALID)
    second = client.post(FORM, VALID)
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"] == FORM + "?sent=1"
    assert ConsultationRequest.objects.count() == 1
    # Another request (another message) from the same visitor is stored.
    assert client.post(FORM, {**VALID, "message": "Тағы бір сұрақ"}).status_code == 302
    assert ConsultationRequest.objects.count() == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [("ru", "Отчёт можно внести за 2019 год или более поздний"), ("kk", "2019 жылға немесе")],
)
@pytest.mark.parametrize("month", ["0001-06-01", "1900-06-01", "2018-12-01"])
def test_a_monthly_report_for_an_impossible_year_is_refused(
    client, staff, centre_site, month, language, text
):
    profile = UserProfile.get_for_user(staff["a"])
    profile.preferred_language = language
    profile.save()
    client.force_login(staff["a"])
    data = {**REPORT, "month": month, "centre": centre_site["centres"]["a"].pk}
    response = client.post(reverse("monthly_reports:add"), data)
    assert response.status_code == 200
    assert text in response.content.decode()
    assert not MonthlyReport.objects.exists()
    data["month"] = "2019-01-01"
    assert client.post(reverse("monthly_reports:add"), data).status_code == 302
    assert MonthlyReport.objects.get().month == dt.date(2019, 1, 1)
