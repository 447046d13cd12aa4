"""Rules kept by the models: positions in Kazakhstan, day exceptions, reports, and editing."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from resource_centers.models import MonthlyReport, OpeningException, ResourceCentrePage

pytestmark = pytest.mark.django_db


def test_position_must_lie_in_kazakhstan(centre_site):
    centre = centre_site["centres"]["a"]
    centre.latitude, centre.longitude = Decimal("76.945465"), Decimal("43.238949")  # swapped
    with translation.override("ru"):
        with pytest.raises(ValidationError) as caught:
            centre.full_clean()
        message = str(caught.value)  # lazy messages are translated when read
    assert "Широта должна быть в пределах Казахстана" in message
    assert "Долгота должна быть в пределах Казахстана" in message
    centre.latitude = Decimal("91")
    with pytest.raises(ValidationError):
        centre.full_clean()


def test_open_exception_needs_its_hours():
    exception = OpeningException(date=dt.date(2026, 12, 31), closed=False)
    with translation.override("kk"):
        with pytest.raises(ValidationError) as caught:
            exception.clean()
        assert "Ашылу және жабылу уақытын көрсетіңіз" in str(caught.value)


def test_report_month_is_stored_as_its_first_day_and_ages_must_be_ordered(centre_site):
    report = MonthlyReport(
        centre=centre_site["centres"]["a"],
        month=dt.date(2019, 8, 17),
        applied=3,
        about_divorce=3,
        reconciled=1,
        with_children=2,
        raised_residence=2,
        youngest_age=60,
        oldest_age=30,
    )
    with translation.override("en"):
        with pytest.raises(ValidationError) as caught:
            report.full_clean()
        assert "oldest age cannot be lower" in str(caught.value)
    report.youngest_age, report.oldest_age = 30, 60
    report.full_clean()
    report.save()
    assert report.month == dt.date(2019, 8, 1)


def test_future_month_is_refused(centre_site):
    report = MonthlyReport(
        centre=centre_site["centres"]["a"],
        month=dt.date.today() + dt.timedelta(days=40),
        applied=0,
        about_divorce=0,
        reconciled=0,
        with_children=0,
        raised_residence=0,
    )
    with pytest.raises(ValidationError) as caught:
        report.full_clean()
    assert "month" in caught.value.message_dict


def test_editor_can_open_the_centre_forms_in_the_admin(client, centre_site, admin_user):
    client.force_login(admin_user)
    centre = centre_site["centres"]["a"]
    html = client.get(reverse("wagtailadmin_pages:edit", args=[centre.pk])).content.decode()
    assert 'type="checkbox" name="services" value="mediator"' in html
    assert "opening_hours-TOTAL_FORMS" in html and "hour_exceptions-TOTAL_FORMS" in html
    add = reverse(
        "wagtailadmin_pages:add",
        args=["resource_centers", "resourcecentrepage", centre_site["directory"]["kk"].pk],
    )
    assert client.get(add).status_code == 200


def test_canonical_is_the_kazakh_source(centre_site):
    ru = ResourceCentrePage.objects.get(locale__language_code="ru", slug="almaty-a")
    assert ru.canonical() == centre_site["centres"]["a"]


def test_translated_centre_keeps_hours_and_services(centre_site):
    ru = ResourceCentrePage.objects.get(locale__language_code="ru", slug="almaty-a")
    assert ru.services == ["psychologist", "mediator"]
    assert ru.opening_hours.count() == 5
