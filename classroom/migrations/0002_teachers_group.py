"""The "Teachers" group: admin access plus running class sessions.

A frozen copy of the list: classroom.roles owns the current one. Made after Wagtail's migrations
that gave every admin group "choose" on images and documents, so teachers get no media.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Teachers"
PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("classroom", "add_classsession"),
    ("classroom", "view_classsession"),
    ("classroom", "change_classsession"),
]


def create_group(apps, schema_editor):
    # Model permissions are normally made after migrate; make them now so the group can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    for app_label, codename in PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            group.permissions.add(permission)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("classroom", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
