"""Install the "Moderators approve" workflow on the root page, so every page change waits for review.

Wagtail's own migration 0048 already made a workflow "Moderators approval" from the Moderators
group's publish permission on the root page. This migration turns that into exactly what the
project asks for: one active workflow "Moderators approve" with one group-approval task for the
Moderators group, assigned to the root page (so it covers every language's home and all below),
with Moderators allowed to publish and Editors not.
"""

from django.db import migrations

WORKFLOW_NAME = "Moderators approve"
OLD_NAME = "Moderators approval"


def install_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Permission = apps.get_model("auth.Permission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    editors, _ = Group.objects.get_or_create(name="Editors")
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return

    page_ct, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")

    def page_permission(codename):
        return Permission.objects.get_or_create(
            content_type=page_ct, codename=codename, defaults={"name": f"Can {codename} page"}
        )[0]

    for group, codenames in ((moderators, ("add", "change", "publish", "lock", "unlock")),
                             (editors, ("add", "change"))):
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=page_permission(f"{codename}_page")
            )
    GroupPagePermission.objects.filter(
        group=editors, permission__codename__in=["publish_page", "bulk_delete_page"]
    ).delete()

    task_ct, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = (
        GroupApprovalTask.objects.filter(name__in=[WORKFLOW_NAME, OLD_NAME]).order_by("-name").first()
    )
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=task_ct, active=True)
    else:
        task.name = WORKFLOW_NAME
        task.active = True
        task.save()
    task.groups.set([moderators])

    workflow = Workflow.objects.filter(name__in=[WORKFLOW_NAME, OLD_NAME]).order_by("-name").first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    else:
        workflow.name = WORKFLOW_NAME
        workflow.active = True
        workflow.save()
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(install_workflow, migrations.RunPython.noop)]
