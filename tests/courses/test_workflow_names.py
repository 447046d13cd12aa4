"""The moderation workflow and its task are named in the admin user's language on every screen
that shows them (home/workflow_names.py), not «Moderators approve жұмыс үдерісіне жіберу»."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Task, Workflow
from wagtail.users.models import UserProfile

from home.demo import ensure_user

pytestmark = pytest.mark.django_db

ENGLISH = "Moderators approve"
NAMES = {"kk": "Модераторлар мақұлдауы", "ru": "Утверждение модераторами"}


def _user(username: str, groups: list[str], lang: str, superuser: bool = False):
    user = ensure_user(username, username, groups, superuser=superuser)[0]
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = lang
    profile.save()
    return user


def _screen(client, url: str, lang: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert ENGLISH not in html, url
    return html


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_screen_shows_the_workflows_english_name(catalogue, client, lang):
    from courses.models import LessonPage

    name = NAMES[lang]
    editor = _user("ed", ["Editors"], lang)
    moderator = _user("mod", ["Moderators"], lang)
    admin = _user("boss", [], lang, superuser=True)
    lesson = LessonPage.objects.get(slug="listening", locale__language_code="kk")
    edit = reverse("wagtailadmin_pages:edit", args=[lesson.pk])

    client.force_login(editor)
    assert name in _screen(client, edit, lang)  # "Submit to …"

    # One workflow run approved, a second one waiting for the moderator.
    workflow = lesson.get_workflow()
    lesson.save_revision(user=editor)
    state = workflow.start(lesson, editor)
    client.force_login(moderator)
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[lesson.pk, "approve", state.current_task_state.pk],
    )
    assert client.post(approve, {}).status_code in (200, 302)
    lesson.refresh_from_db()
    lesson.save_revision(user=editor)
    state = workflow.start(lesson, editor)

    # The editor's dashboard (their pages in a workflow) and the status side panel.
    client.force_login(editor)
    assert name in _screen(client, "/admin/", lang)
    assert name in _screen(client, edit, lang)
    # The moderator's dashboard ("awaiting your review"), approve buttons and side panel.
    client.force_login(moderator)
    assert name in _screen(client, "/admin/", lang)
    assert name in _screen(client, edit, lang)
    # Histories (the log's messages recorded the names when the actions were taken).
    client.force_login(admin)
    assert name in _screen(client, reverse("wagtailadmin_pages:history", args=[lesson.pk]), lang)
    history = reverse("wagtailadmin_pages:workflow_history", args=[lesson.pk])
    assert name in _screen(client, history, lang)
    detail = reverse("wagtailadmin_pages:workflow_history_detail", args=[lesson.pk, state.pk])
    assert name in _screen(client, detail, lang)
    # Settings → Workflows and Tasks, a workflow's form, the workflow reports.
    for url in (
        reverse("wagtailadmin_workflows:index"),
        reverse("wagtailadmin_workflows:task_index"),
        reverse("wagtailadmin_workflows:edit", args=[workflow.pk]),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
    ):
        assert name in _screen(client, url, lang)


def test_the_name_is_stored_in_english_and_typed_names_are_kept(catalogue):
    workflow = Workflow.objects.get(name=ENGLISH)
    with translation.override("kk"):
        assert workflow.name == NAMES["kk"]
        workflow.name = workflow.name  # an administrator saving the form in Kazakh
        workflow.save()
    assert Workflow.objects.filter(pk=workflow.pk, name=ENGLISH).exists()
    with translation.override("ru"):
        assert Workflow.objects.get(pk=workflow.pk).name == NAMES["ru"]
        assert Task.objects.get(name=ENGLISH).specific.name == NAMES["ru"]
        own = Workflow.objects.create(name="Екі кезеңді тексеру")
        assert Workflow.objects.get(pk=own.pk).name == "Екі кезеңді тексеру"
