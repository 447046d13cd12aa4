"""English left on Kazakh and Russian admin screens (issue 28): the sign-in page's "Password"
label (Wagtail's form gives none, so Django made an English one of the field's name) and the
header's "Actions" landmark (written in English in Wagtail's template)."""

import re

import pytest
from django.conf import settings

from .helpers import make_staff

pytestmark = pytest.mark.django_db


def _label_of_password(html: str) -> str:
    match = re.search(r'<label[^>]*for="id_password"[^>]*>\s*([^<]*?)\s*<', html)
    assert match, "no label for the password field"
    return match.group(1)


@pytest.mark.parametrize(("language", "label"), [("kk", "Құпиясөз"), ("ru", "Пароль")])
def test_the_sign_in_page_labels_the_password_in_the_visitors_language(client, language, label):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert f'lang="{language}"' in html
    assert _label_of_password(html) == label


def test_signing_in_still_works_with_the_projects_form(client, django_user_model):
    from .helpers import PASSWORD

    clerk = make_staff(django_user_model, "clerk")
    response = client.post("/admin/login/", {"username": clerk.username, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize(("language", "name"), [("kk", "Әрекеттер"), ("ru", "Действия")])
def test_the_headers_actions_landmark_is_translated(client, django_user_model, language, name):
    from tests.factories import set_admin_language

    clerk = make_staff(django_user_model, "clerk")
    set_admin_language(clerk, language)
    client.force_login(clerk)
    html = client.get("/admin/applications/").content.decode()
    assert f'<nav aria-label="{name}" id="w-slim-header-buttons"' in html
    assert 'aria-label="Actions"' not in html
