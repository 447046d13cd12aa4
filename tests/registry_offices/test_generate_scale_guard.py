"""generate_scale refuses where it must, with a message that says why."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from tests import factories

pytestmark = pytest.mark.django_db


def test_it_refuses_without_demo_mode(settings):
    settings.DEMO_MODE = False
    with pytest.raises(CommandError, match="DEMO_MODE is off"):
        call_command("generate_scale", couples=10, stdout=io.StringIO())


def test_it_refuses_sqlite_or_a_database_with_real_applications(django_user_model):
    office = factories.make_office(django_user_model, "real-office-1", "astana")
    factories.make_application(office.office, "R-1")
    if connection.vendor == "sqlite":
        expected = "generate_scale needs PostgreSQL"
    else:
        expected = "1 marriage application\\(s\\) of offices that neither the demo nor"
    with pytest.raises(CommandError, match=expected):
        call_command("generate_scale", couples=10, stdout=io.StringIO())
