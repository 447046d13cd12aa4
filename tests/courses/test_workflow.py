"""Moderation: the "Moderators approve" workflow covers every page; editors submit, moderators publish."""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from wagtail.models import Page, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.demo import ensure_user

pytestmark = pytest.mark.django_db


def in_english(workflow_or_task) -> str:
    """The name as stored (the admin shows it in the user's language: home/workflow_names.py)."""
    with translation.override("en"):
        return workflow_or_task.name


@pytest.fixture
def editor(db):
    return ensure_user("ed", "editor", ["Editors"])[0]


@pytest.fixture
def moderator(db):
    return ensure_user("mod", "moderator", ["Moderators"])[0]


def test_the_migration_installs_exactly_one_moderators_approve_workflow_on_the_root():
    root = Page.get_first_root_node()
    workflow = root.get_workflow()
    assert in_english(workflow) == "Moderators approve"
    assert workflow.active
    tasks = [task.specific for task in workflow.tasks.all()]
    assert [in_english(task) for task in tasks] == ["Moderators approve"]
    assert [g.name for g in tasks[0].groups.all()] == ["Moderators"]
    assert list(Workflow.objects.filter(active=True)) == [workflow]


def test_every_course_and_lesson_in_every_language_is_under_the_workflow(catalogue):
    pages = [*CourseIndexPage.objects.all(), *CoursePage.objects.all(), *LessonPage.objects.all()]
    assert len(pages) == 3 + 6 + 12
    for page in pages:
        assert in_english(page.get_workflow()) == "Moderators approve"


def test_editors_cannot_publish_and_moderators_can(catalogue, editor, moderator):
    lesson = LessonPage.objects.get(slug="listening", locale__language_code="ru")
    editor_perms = lesson.permissions_for_user(editor)
    moderator_perms = lesson.permissions_for_user(moderator)
    assert editor_perms.can_edit() and not editor_perms.can_publish()
    assert not editor_perms.can_unpublish()
    assert moderator_perms.can_edit() and moderator_perms.can_publish()
    assert (
        not Group.objects.get(name="Editors")
        .page_permissions.filter(permission__codename="publish_page")
        .exists()
    )


def _course_form(title: str, slug: str, action: str) -> dict:
    return {
        **nested_form_data(
            {
                "title": title,
                "slug": slug,
                "audience": "family",
                "summary": "A course written by an editor.",
                "learning_outcomes": streamfield([("outcome", "Listen to each other")]),
                "knowledge_check": streamfield([]),
                "estimated_minutes": "30",
                "min_study_minutes": "0",
                "certificate_validity_months": "12",
                "pass_mark_percent": "70",
                "related_centres": inline_formset([]),
            }
        ),
        action: "1",
    }


def test_an_editors_new_course_waits_for_a_moderator_who_publishes_it(
    catalogue, client, editor, moderator
):
    index = CourseIndexPage.objects.get(locale__language_code="kk")
    client.force_login(editor)
    add_url = f"/admin/pages/add/courses/coursepage/{index.pk}/"
    # An editor asking to publish only saves a draft: they have no publish permission.
    response = client.post(add_url, _course_form("Бірінші жыл", "first-year", "action-publish"))
    assert response.status_code == 302
    draft = CoursePage.objects.get(slug="first-year")
    assert not draft.live

    edit_url = f"/admin/pages/{draft.pk}/edit/"
    response = client.post(edit_url, _course_form("Бірінші жыл", "first-year", "action-submit"))
    assert response.status_code == 302
    state = draft.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert in_english(state.current_task_state.task) == "Moderators approve"
    assert client.get("/kk/courses/first-year/").status_code == 404
    # The editor cannot approve their own submission.
    approve = f"/admin/pages/workflow/action/{draft.pk}/approve/{state.current_task_state.pk}/"
    client.post(approve, {})
    draft.refresh_from_db()
    assert not draft.live

    client.force_login(moderator)
    response = client.post(approve, {})
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    state.refresh_from_db()
    assert draft.live
    assert state.status == WorkflowState.STATUS_APPROVED
    assert client.get("/kk/courses/first-year/").status_code == 200


def test_a_lesson_can_be_scheduled_to_go_live_later(catalogue, client):
    import datetime as dt
    import time

    from django.core.management import call_command
    from django.utils import timezone

    course = CoursePage.objects.get(slug="ready-for-family", locale__language_code="kk")
    lesson = course.add_child(
        instance=LessonPage(title="Кейінгі сабақ", slug="later", live=False, body=[])
    )
    lesson.go_live_at = timezone.now() + dt.timedelta(seconds=2)
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    assert not lesson.live and lesson.get_latest_revision().approved_go_live_at
    assert client.get("/kk/courses/ready-for-family/later/").status_code == 404
    time.sleep(2.2)  # the scheduled time passes; the scheduler (cron) runs publish_scheduled
    call_command("publish_scheduled")
    assert client.get("/kk/courses/ready-for-family/later/").status_code == 200


def test_the_courses_menu_item_opens_the_kazakh_catalogue_in_the_explorer(
    catalogue, client, editor
):
    client.force_login(editor)
    index = CourseIndexPage.objects.get(locale__language_code="kk")
    response = client.get("/admin/courses/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{index.pk}/"
    assert '"/admin/courses/"' in client.get("/admin/").content.decode()  # the sidebar's menu data
