"""The message log in the admin: read only, a clerk sees their own office's notices, centre staff
their centre's, administrators all; nobody else sees it, and it shows no body or address."""

import pytest
from django.urls import NoReverseMatch, reverse

from notices.models import Message
from resource_centers.models import CentreMembership
from resource_centers.roles import ensure_centre_staff_group
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/admin/notices/"


@pytest.fixture
def log(consenting, office_b, short, centre, django_user_model):
    """A reminder for office a's couple, one for office b's, a staff notice of the centre."""
    other = factories.assign(office_b, short, number="ALM-77")
    rows = {
        "a": Message.objects.create(
            kind="reminder",
            channel="sms",
            status="delivered",
            attempts=1,
            office=office_a_of(consenting),
            application=consenting.application,
            partner=consenting.accesses[1].partner,
            access=consenting.accesses[1],
        ),
        "b": Message.objects.create(
            kind="reminder",
            channel="email",
            status="failed",
            attempts=5,
            office=other.application.office,
            application=other.application,
            partner=other.accesses[0].partner,
            access=other.accesses[0],
        ),
        "centre": Message.objects.create(
            kind="consultation_request", channel="email", status="delivered", centre=centre
        ),
    }
    return rows


def office_a_of(couple):
    return couple.application.office


def _page(client, user) -> tuple[int, str]:
    client.force_login(user)
    response = client.get(URL, follow=False)
    return response.status_code, response.content.decode()


def test_a_clerk_sees_only_their_offices_notices(client, office_a, log):
    status, page = _page(client, office_a.clerk)
    assert status == 200
    assert "A-1" in page and "ALM-77" not in page
    assert "Partner 2" in page and "Delivered" in page
    assert "Шұғыла" not in page  # the centre's notices are not the office's
    # No names, numbers or addresses of the couple.
    assert "Айгерім" not in page and "+7705" not in page and "aigerim@" not in page


def test_the_other_offices_head_sees_only_theirs(client, office_b, log):
    status, page = _page(client, office_b.head)
    assert status == 200 and "ALM-77" in page and "A-1<" not in page and "Failed" in page


def test_centre_staff_see_their_centres_notices_only(client, centre, log, django_user_model):
    staff = django_user_model.objects.create_user("zhanar", password="pw")
    staff.groups.add(ensure_centre_staff_group())
    factories.set_admin_language(staff, "en")
    CentreMembership.objects.create(user=staff, centre=centre)
    status, page = _page(client, staff)
    assert status == 200
    assert "Шұғыла" in page and "Centre staff" in page
    assert "A-1" not in page and "ALM-77" not in page


def test_an_administrator_sees_every_notice(client, log, django_user_model):
    admin = django_user_model.objects.create_superuser("root", password="pw")
    factories.set_admin_language(admin, "en")
    status, page = _page(client, admin)
    assert status == 200 and "A-1" in page and "ALM-77" in page and "Шұғыла" in page


def test_roles_without_offices_or_centres_are_refused(client, analyst, log, django_user_model):
    nobody = django_user_model.objects.create_user("nobody", password="pw")
    for user in (analyst, nobody):
        client.force_login(user)
        response = client.get(URL)
        assert response.status_code in (302, 403)
        assert "ALM-77" not in response.content.decode()


def test_the_log_is_read_only(client, office_a, log):
    for name in ("notices:add", "notices:edit", "notices:delete", "notices:inspect"):
        with pytest.raises(NoReverseMatch):
            reverse(name, args=[log["a"].pk] if name != "notices:add" else [])
    status, page = _page(client, office_a.clerk)
    assert f"/admin/notices/edit/{log['a'].pk}/" not in page
    assert "Add notice" not in page
