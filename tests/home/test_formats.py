"""Kazakh (and Russian) dates and numbers: 11.12.2026 and 1,0 on pages, admin lists and PDFs."""

import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import formats, translation
from pypdf import PdfReader
from wagtail.users.models import UserProfile

from certificates.models import Certificate
from certificates.pdf import certificate_pdf
from registry_offices.models import MarriageApplication
from tests.factories import certified

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 12, 11)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_short_dates_times_and_decimals(language):
    with translation.override(language):
        assert formats.date_format(DAY, "SHORT_DATE_FORMAT") == "11.12.2026"
        moment = datetime.datetime(2026, 11, 29, 20, 11)
        assert formats.date_format(moment, "SHORT_DATETIME_FORMAT") == "29.11.2026 20:11"
        assert formats.number_format(Decimal("1.0"), 1) == "1,0"
        assert formats.number_format(1234567, force_grouping=True) == "1\xa0234\xa0567"
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 1
        assert "%d.%m.%Y" in formats.get_format("DATE_INPUT_FORMATS")


def test_kazakh_date_format_is_numeric():
    with translation.override("kk"):
        assert formats.date_format(DAY) == "11.12.2026"
        assert "%Y-%m-%d" in formats.get_format("DATE_INPUT_FORMATS")


@pytest.fixture
def certificate(couple, short) -> Certificate:
    certificate = certified(couple, short)
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_on=DAY, expires_on=DAY + datetime.timedelta(days=365), study_hours=Decimal("1.0")
    )
    certificate.refresh_from_db()
    return certificate


def test_kazakh_public_page_prints_dates_the_kazakh_way(client, certificate):
    html = client.get(f"/kk/verify/{certificate.display_code}/").content.decode()
    assert "11.12.2026" in html
    assert "Жел." not in html


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_admin_list_prints_dates_the_local_way(client, office_a, certificate, language):
    MarriageApplication.objects.update(application_date=DAY)
    profile = UserProfile.get_for_user(office_a.clerk)
    profile.preferred_language = language
    profile.save()
    client.force_login(office_a.clerk)
    html = client.get(reverse("applications:index")).content.decode()
    assert "11.12.2026" in html
    assert "12/11/2026" not in html


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_certificate_pdf_prints_a_decimal_comma(certificate, language):
    text = PdfReader(io.BytesIO(certificate_pdf(certificate, language))).pages[0].extract_text()
    text = " ".join(text.split())
    assert "1,0" in text and "1.0" not in text
    assert "11.12.2026" in text


def test_english_pdf_keeps_the_decimal_point(certificate):
    text = PdfReader(io.BytesIO(certificate_pdf(certificate, "en"))).pages[0].extract_text()
    assert "1.0" in " ".join(text.split())


def test_times_have_two_digit_hours_in_kazakh_and_russian():
    """A learner told "try again at 08:30" sees it written the same way in either language."""
    early = datetime.time(8, 30)
    for language in ("kk", "ru"):
        with translation.override(language):
            assert formats.time_format(early, "TIME_FORMAT") == "08:30"
            moment = datetime.datetime(2026, 12, 11, 8, 30)
            assert formats.date_format(moment, "SHORT_DATETIME_FORMAT") == "11.12.2026 08:30"
