"""Wagtail's shared screens, scoped: the site history (and its exports) per office and centre,
the page chooser and the admin API per permission, the roles without media permissions."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from wagtail.log_actions import log
from wagtail.models import Collection, GroupCollectionPermission, ModelLogEntry, Page

from registry_offices.models import MarriageApplication
from registry_offices.roles import ensure_roles
from resource_centers.models import MonthlyReport
from resource_centers.roles import ensure_centre_staff_group
from tests.security import world

SITE_HISTORY = "/admin/reports/site-history/"


def client_for(admin_world: dict, key: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(pk=admin_world["users"][key]))
    return client


def text_of(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def xlsx_cells(response) -> str:
    book = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return " ".join(
        str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row
    )


def test_site_history_shows_a_clerk_their_offices_acts_only(admin_world):
    """The leak the probe found: every office's application numbers and clerks for any clerk."""
    page = text_of(client_for(admin_world, "clerk_a").get(SITE_HISTORY))
    own, other = world.SIDES["a"]["numbers"][0], world.SIDES["b"]["numbers"][0]
    assert own in page
    assert "Assign a course" in page  # the act, in the "Action" filter and the rows
    assert other not in page
    assert "clerk-almaty-1" not in page  # not in the rows, nor in the "User" filter


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_site_history_exports_are_scoped_like_the_screen(admin_world, export):
    response = client_for(admin_world, "head_a").get(SITE_HISTORY, {"export": export})
    assert response.status_code == 200
    cells = xlsx_cells(response) if export == "xlsx" else text_of(response)
    for number in world.SIDES["a"]["numbers"]:
        assert number in cells
    for marker in world.office_markers("b"):
        assert marker not in cells


def test_centre_staff_do_not_see_other_centres_report_edits(admin_world):
    page = text_of(client_for(admin_world, "centre_a").get(SITE_HISTORY))
    own_report = MonthlyReport.objects.get(pk=admin_world["a"]["monthly_report"])
    assert str(own_report) in page
    assert world.SIDES["b"]["centre"][1] not in page
    assert world.SIDES["b"]["staff"] not in page
    for marker in world.office_markers("a"):
        assert marker not in page


def test_own_acts_stay_visible_wherever_they_were(admin_world):
    """A user's own acts are theirs to see, even on a row their office no longer holds."""
    clerk = get_user_model().objects.get(pk=admin_world["users"]["clerk_a"])
    elsewhere = MarriageApplication.objects.get(pk=admin_world["b"]["application_plain"])
    log(elsewhere, "wagtail.edit", user=clerk)
    page = text_of(client_for(admin_world, "clerk_a").get(SITE_HISTORY))
    assert elsewhere.number in page
    assert world.SIDES["b"]["numbers"][0] not in page  # the other office's other acts stay hidden


def test_editors_history_has_pages_and_media_not_offices(admin_world):
    page = text_of(client_for(admin_world, "editor").get(SITE_HISTORY))
    assert "Matrix image" in page
    for side in ("a", "b"):
        for marker in world.office_markers(side) + world.centre_markers(side):
            assert marker not in page


def test_administrators_see_every_office_in_the_site_history(admin_world):
    page = text_of(client_for(admin_world, "admin").get(SITE_HISTORY))
    for side in ("a", "b"):
        assert world.SIDES[side]["numbers"][0] in page


def test_an_applications_own_history_is_still_written_and_shown(admin_world):
    """Acts are written to the same table through the scoped log and show in the object's
    history screen as before."""
    application = MarriageApplication.objects.get(pk=admin_world["a"]["application"])
    clerk = get_user_model().objects.get(pk=admin_world["users"]["clerk_a"])
    before = ModelLogEntry.objects.count()
    log(application, "wagtail.edit", user=clerk)
    assert ModelLogEntry.objects.count() == before + 1
    history = client_for(admin_world, "clerk_a").get(
        f"/admin/applications/history/{application.pk}/"
    )
    assert "Course assigned" in history.content.decode()


def test_translations_report_is_for_page_editors(admin_world):
    """Refused as Wagtail refuses a missing permission: back to the admin home."""
    report = "/admin/localize/reports/translations/"
    for key in ("clerk_a", "centre_a", "analyst"):
        response = client_for(admin_world, key).get(report)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), key
    assert client_for(admin_world, "editor").get(report).status_code == 200


def test_the_page_chooser_offers_centre_staff_their_own_centres(admin_world):
    """Staff pick their centre in the monthly figures form with Wagtail's page chooser."""
    directory = Page.objects.get(pk=admin_world["a"]["centre"]).get_parent().pk
    own, other = world.SIDES["a"]["centre"][1], world.SIDES["b"]["centre"][1]

    def listed(key: str) -> str:
        return client_for(admin_world, key).get(f"/admin/choose-page/{directory}/").json()["html"]

    staff, editor, clerk = listed("centre_a"), listed("editor"), listed("clerk_a")
    assert own in staff and other not in staff
    assert own in editor and other in editor
    assert own not in clerk and other not in clerk


def test_the_admin_api_lists_only_choosable_media(admin_world):
    for endpoint in ("images", "documents"):
        url = f"/admin/api/main/{endpoint}/"
        clerk = client_for(admin_world, "clerk_a").get(url).json()
        assert clerk["meta"]["total_count"] == 0
        editor = client_for(admin_world, "editor").get(url).json()
        assert editor["meta"]["total_count"] >= 1
    image = admin_world["shared"]["image"]
    assert (
        client_for(admin_world, "clerk_a").get(f"/admin/api/main/images/{image}/").status_code
        == 404
    )


def test_a_move_confirmation_needs_the_move_permission(admin_world):
    shared = admin_world["shared"]
    path = f"/admin/pages/{shared['lesson']}/move/{shared['page']}/confirm/"
    response = client_for(admin_world, "clerk_a").get(path)
    assert response.status_code == 302 and response["Location"] == "/admin/"


MEDIA = {("wagtaildocs", "choose_document"), ("wagtailimages", "choose_image")}
ROLE_GROUPS = ["Clerks", "Office heads", "Ministry analysts", "Centre staff"]


def media_held(group: Group) -> set[tuple[str, str]]:
    direct = {(p.content_type.app_label, p.codename) for p in group.permissions.all()}
    in_collections = {
        (p.permission.content_type.app_label, p.permission.codename)
        for p in GroupCollectionPermission.objects.filter(group=group)
    }
    return (direct | in_collections) & MEDIA


@pytest.mark.django_db
def test_migrated_roles_hold_no_media_permissions():
    """Wagtail's migrations gave every admin group "choose" on images and documents; the
    registry and centre migrations take it back (this database is the migrated one)."""
    for name in ROLE_GROUPS:
        assert media_held(Group.objects.get(name=name)) == set(), name
    assert media_held(Group.objects.get(name="Editors")) == MEDIA


@pytest.mark.django_db
def test_ensuring_the_roles_takes_media_permissions_away_again():
    root = Collection.get_first_root_node()
    choose = Permission.objects.get(codename="choose_document")
    for group in Group.objects.filter(name__in=ROLE_GROUPS):
        group.permissions.add(choose)
        GroupCollectionPermission.objects.create(group=group, collection=root, permission=choose)
    ensure_roles()
    ensure_centre_staff_group()
    for name in ROLE_GROUPS:
        assert media_held(Group.objects.get(name=name)) == set(), name
