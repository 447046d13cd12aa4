"""Staff permissions come from the shared cache (accounts/backends.py), and a change to a user, a
group or a permission shows on the very next request."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from .helpers import make_staff

pytestmark = pytest.mark.django_db


def _admin_home(client):
    return client.get(reverse("wagtailadmin_home"))


def _permission_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert _admin_home(client).status_code == 200
    # ModelBackend's two reads (the user's own permissions, their groups'), as Django writes them.
    return sum('AS "content_type__app_label"' in query["sql"] for query in queries)


@pytest.fixture
def editor_client(client, django_user_model):
    editor = make_staff(django_user_model, "editor")
    client.force_login(editor)
    return client, editor


def test_a_staff_members_permissions_are_read_once_then_kept(editor_client):
    client, _editor = editor_client
    assert _permission_queries(client) > 0
    assert _permission_queries(client) == 0


def test_leaving_the_group_shuts_the_admin_on_the_next_request(editor_client):
    client, editor = editor_client
    assert _admin_home(client).status_code == 200
    editor.groups.clear()
    assert _admin_home(client).status_code in (302, 403)


def test_a_permission_taken_from_the_group_is_gone_on_the_next_request(editor_client):
    client, _editor = editor_client
    assert _admin_home(client).status_code == 200
    access_admin = Permission.objects.get(codename="access_admin")
    Group.objects.get(name="Editors").permissions.remove(access_admin)
    assert _admin_home(client).status_code in (302, 403)


def test_a_former_administrator_keeps_no_rights(client, django_user_model):
    admin = make_staff(django_user_model, "admin")
    client.force_login(admin)
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200
    admin.is_superuser = False
    admin.save()
    assert client.get(reverse("wagtailusers_users:index")).status_code in (302, 403)
