"""The dashboard's permission, given to the "Ministry analysts" group (made by registry_offices)."""

from django.db import migrations, models

GROUP = "Ministry analysts"


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="evaluation", model="dashboard")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_dashboard",
        defaults={"name": "Can see the ministry dashboard (figures only)"},
    )
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(permission)
    # The feedback comments (already cleaned of personal data) are moderated by the analysts.
    feedback_type, _ = ContentType.objects.get_or_create(app_label="learning", model="feedback")
    feedback, _ = Permission.objects.get_or_create(
        content_type=feedback_type,
        codename="view_feedback",
        defaults={"name": "Can view course feedback"},
    )
    group.permissions.add(feedback)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("registry_offices", "0002_roles"),
        ("learning", "0004_course_feedback"),
    ]

    operations = [
        migrations.CreateModel(
            name="Dashboard",
            fields=[("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False))],
            options={
                "verbose_name": "ministry dashboard",
                "permissions": [("view_dashboard", "Can see the ministry dashboard (figures only)")],
                "managed": False,
                "default_permissions": (),
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
