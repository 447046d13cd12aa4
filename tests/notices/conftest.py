"""Fixtures of the notices tests: SMS written to a file to read back, a couple who agreed to
notices, a centre with staff."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import Group

from resource_centers import demo as centres_demo
from resource_centers.models import CentreMembership
from resource_centers.roles import ensure_centre_staff_group
from tests import factories
from tests.resource_centers.conftest import make_centre

IIN_1 = factories.iin_for(factories.ADULT, serial=41)
IIN_2 = factories.iin_for(factories.ADULT_2, female=True, serial=42)


class SmsBox:
    """The SMS the file backend wrote, as (number, text) pairs."""

    def __init__(self, path) -> None:
        self.path = path

    @property
    def sent(self) -> list[tuple[str, str]]:
        if not self.path.exists():
            return []
        lines = self.path.read_text(encoding="utf-8").splitlines()
        return [(row["to"], row["text"]) for row in map(json.loads, lines)]


@pytest.fixture(autouse=True)
def sms(settings, tmp_path) -> SmsBox:
    settings.SMS_BACKEND = "file"
    settings.SMS_FILE_PATH = str(tmp_path / "sms.log")
    return SmsBox(tmp_path / "sms.log")


def agree(partner, email: str = "", phone: str = "", *, by_email=True, by_sms=True) -> None:
    """The partner's choice at the counter, as the form saves it."""
    partner.email = email
    partner.phone = phone
    partner.notify_by_email = by_email and bool(email)
    partner.notify_by_sms = by_sms and bool(phone)
    partner.save()


@pytest.fixture
def consenting(couple):
    """The couple (partner 1 reads Kazakh, partner 2 Russian), both agreed to e-mail and SMS;
    their IINs are on file."""
    first, second = couple.application.partners.order_by("sort_order")
    first.set_iin(IIN_1)
    second.set_iin(IIN_2)
    agree(first, "nurlan@example.kz", "+77011112233")
    agree(second, "aigerim@example.kz", "+77051234567")
    return couple


@pytest.fixture
def centre(site_pages):
    directory = centres_demo.ensure_directory(site_pages["home"])
    return make_centre(directory, "shugyla", "astana", title="Шұғыла орталығы")


@pytest.fixture
def centre_staff(centre, django_user_model):
    """Two staff members of the centre with e-mail (one reads the admin in Russian), one without."""
    group: Group = ensure_centre_staff_group()
    users = []
    for username, email, language in (
        ("aliya", "aliya@centre.kz", "kk"),
        ("olga", "olga@centre.kz", "ru"),
        ("noemail", "", "kk"),
    ):
        user = django_user_model.objects.create_user(username, email=email, password="pw-x")
        user.groups.add(group)
        factories.set_admin_language(user, language)
        CentreMembership.objects.create(user=user, centre=centre)
        users.append(user)
    return users
