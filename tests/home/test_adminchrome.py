"""home/adminchrome.py: the admin sidebar and shortcuts dialog are kept, and never stale or shared."""

import json
import re
from contextlib import contextmanager
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.template import Library, RequestContext, Template
from django.test import RequestFactory
from django.utils import translation
from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.users.models import UserProfile

from classroom.roles import ensure_teachers_group
from home import adminchrome
from tests import factories

SIDEBAR_URL = "/admin/applications/"


def _sidebar(client) -> dict:
    html = client.get(SIDEBAR_URL).content.decode()
    found = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html
    )
    return json.loads(found.group(1))


def _menu_labels(props: dict) -> set[str]:
    labels = set()

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("label"), str):  # a menu item's own arguments
                labels.add(value["label"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(props)
    return labels


def _user_name(props: dict) -> str:
    main = next(m for m in props["modules"] if m["_type"] == "wagtail.sidebar.MainMenuModule")
    return main["_args"][2]["name"]


@pytest.fixture
def counted_builds():
    """How often Wagtail's own sidebar tag ran (the rest came from the cache)."""
    with mock.patch.object(
        wagtailadmin_tags, "sidebar_props", wraps=wagtailadmin_tags.sidebar_props
    ) as built:
        yield built


def test_the_sidebar_is_built_once_then_kept(client, office_a, counted_builds):
    client.force_login(office_a.clerk)
    first = _sidebar(client)
    assert "Marriage applications" in _menu_labels(first)
    assert _sidebar(client) == first
    assert counted_builds.call_count == 1


def test_the_kept_sidebar_is_wagtails_own(client, office_a):
    client.force_login(office_a.clerk)
    _sidebar(client)
    kept = _sidebar(client)  # from the cache
    request = RequestFactory().get(SIDEBAR_URL)
    request.user = office_a.clerk
    with translation.override("en"):  # the clerk's admin language
        theirs = str(wagtailadmin_tags.sidebar_props({"request": request}))
    assert json.loads(re.search(r">(.*)</script>", theirs).group(1)) == kept


def test_each_staff_member_and_language_has_their_own(client, office_a, counted_builds):
    client.force_login(office_a.clerk)
    assert _user_name(_sidebar(client)) == office_a.clerk.username
    client.force_login(office_a.head)
    assert _user_name(_sidebar(client)) == office_a.head.username
    factories.set_admin_language(office_a.head, "ru")
    russian = _menu_labels(_sidebar(client))
    assert "Заявления о браке" in russian or "Marriage applications" not in russian
    assert counted_builds.call_count == 3


def test_a_new_group_shows_its_menu_on_the_next_screen(client, office_a):
    client.force_login(office_a.clerk)
    assert "Class sessions" not in _menu_labels(_sidebar(client))
    office_a.clerk.groups.add(ensure_teachers_group())
    assert "Class sessions" in _menu_labels(_sidebar(client))
    office_a.clerk.groups.remove(Group.objects.get(name=ensure_teachers_group().name))
    assert "Class sessions" not in _menu_labels(_sidebar(client))


def test_a_group_given_a_permission_shows_it_to_its_members(client, office_a):
    client.force_login(office_a.clerk)
    assert "Class sessions" not in _menu_labels(_sidebar(client))
    clerks = office_a.clerk.groups.get()
    clerks.permissions.add(*ensure_teachers_group().permissions.all())
    assert "Class sessions" in _menu_labels(_sidebar(client))


def test_signing_in_again_keeps_everyones_sidebars(client, office_a, counted_builds):
    client.force_login(office_a.clerk)
    _sidebar(client)
    before = adminchrome.version.current()
    client.force_login(office_a.clerk)  # saves last_login, nothing the sidebar shows
    assert adminchrome.version.current() == before
    _sidebar(client)
    assert counted_builds.call_count == 1


def test_a_renamed_staff_member_sees_the_new_name(client, office_a):
    client.force_login(office_a.clerk)
    _sidebar(client)
    office_a.clerk.first_name = "Сәуле"
    office_a.clerk.save()
    assert _user_name(_sidebar(client)) == "Сәуле"


@contextmanager
def _wagtails_own_tags():
    """Wagtail's tags as Wagtail registers them, in place of ours while this lasts."""
    own = Library()
    own.simple_tag(wagtailadmin_tags.sidebar_props, takes_context=True)
    own.inclusion_tag("wagtailadmin/shared/keyboard_shortcuts_dialog.html", takes_context=True)(
        wagtailadmin_tags.keyboard_shortcuts_dialog
    )
    with mock.patch.dict(wagtailadmin_tags.register.tags, own.tags):
        yield


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize(
    "agent", ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)", "Mozilla/5.0 (X11; Linux x86_64)"]
)
def test_the_shortcuts_dialog_is_wagtails_own(office_a, agent, enabled):
    profile = UserProfile.get_for_user(office_a.clerk)
    profile.keyboard_shortcuts = enabled
    profile.save()
    request = RequestFactory().get(SIDEBAR_URL, HTTP_USER_AGENT=agent)
    request.user = type(office_a.clerk).objects.get(pk=office_a.clerk.pk)
    source = "{% load wagtailadmin_tags %}{% keyboard_shortcuts_dialog %}"

    def render() -> str:
        return Template(source).render(RequestContext(request, {"request": request}))

    with translation.override("kk"):
        ours = render()
        with mock.patch.object(adminchrome, "get_template") as loaded:
            assert render() == ours
        assert not loaded.called  # rendered once, then kept
        with _wagtails_own_tags():
            theirs = render()
    assert ours == theirs
    assert ("⌘" in ours) == ("Mac" in agent)
    assert ("help-warning" in ours) != enabled  # "shortcuts are turned off"
