"""An application that a certificate keeps offers no Delete button (its edit page; the list's
rows only open the edit page); the delete view's polite refusal stays for a typed URL."""

from django.contrib.auth import get_user_model
from django.test import Client


def head(admin_world: dict) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(pk=admin_world["users"]["head_a"]))
    return client


def test_no_delete_button_for_a_certified_application(admin_world):
    certified, plain = admin_world["a"]["application"], admin_world["a"]["application_plain"]
    client = head(admin_world)
    listing = client.get("/admin/applications/").content.decode()
    assert f"/admin/applications/edit/{certified}/" in listing
    assert f"/admin/applications/delete/{certified}/" not in listing
    assert (
        f"/admin/applications/delete/{plain}/"
        in client.get(f"/admin/applications/edit/{plain}/").content.decode()
    )
    edit = client.get(f"/admin/applications/edit/{certified}/")
    assert edit.status_code == 200
    assert f"/admin/applications/delete/{certified}/" not in edit.content.decode()


def test_a_typed_delete_address_is_still_refused_with_a_message(admin_world):
    certified = admin_world["a"]["application"]
    response = head(admin_world).get(f"/admin/applications/delete/{certified}/", follow=True)
    assert response.redirect_chain[0][0] == f"/admin/applications/edit/{certified}/"
    assert "cannot be deleted: a certificate was issued" in response.content.decode()


def test_clerks_never_see_delete(admin_world):
    """Deleting is for office heads (the group permission); a clerk's list offers it nowhere."""
    client = Client()
    client.force_login(get_user_model().objects.get(pk=admin_world["users"]["clerk_a"]))
    plain = admin_world["a"]["application_plain"]
    assert "/admin/applications/delete/" not in client.get("/admin/applications/").content.decode()
    edit = client.get(f"/admin/applications/edit/{plain}/").content.decode()
    assert "/admin/applications/delete/" not in edit
