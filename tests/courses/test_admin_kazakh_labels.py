"""Texts Wagtail and wagtail-localize leave in English on Kazakh admin screens (accounts/forms.py,
templates/wagtailadmin/shared/headers/_actions.html, home/translation_workflow.py)."""

import pytest
from wagtail.users.models import UserProfile

from home.demo import ensure_user

pytestmark = pytest.mark.django_db


def test_the_login_page_labels_the_password_in_kazakh(client):
    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="kk").content.decode()
    assert 'for="id_password"' in html
    assert ">Құпиясөз<" in html.replace("\n", "").replace("  ", "")
    assert ">Password<" not in html.replace("\n", "").replace("  ", "")


@pytest.fixture
def kk_moderator(db):
    user = ensure_user("mod", "moderator", ["Moderators"])[0]
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "kk"
    profile.save()
    return user


def test_the_header_actions_and_the_workflow_name_are_in_kazakh(catalogue, client, kk_moderator):
    from courses.models import LessonPage

    client.force_login(kk_moderator)
    lesson = LessonPage.objects.get(slug="listening", locale__language_code="kk")
    html = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert 'aria-label="Actions"' not in html
    assert 'aria-label="Әрекеттер" id="w-slim-header-buttons"' in html
    assert "Модераторлар мақұлдауы жұмыс үдерісіне жіберу" in html
    assert "Moderators approve" not in html


def test_the_demo_image_library_is_titled_in_kazakh(catalogue):
    from wagtail.images import get_image_model

    titles = list(get_image_model().objects.values_list("title", flat=True))
    assert titles
    assert not [title for title in titles if title.startswith("Course cover")]
    assert all(title.endswith("курсының мұқабасы") for title in titles)
