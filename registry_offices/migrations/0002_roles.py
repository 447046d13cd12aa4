"""Groups of the registry offices: Clerks, Office heads, Ministry analysts (and Editors, Moderators).

Group permissions say what a member may do; OfficeMembership says at which office (every query is
scoped by it). Ministry analysts get aggregate reports of every office and no personal data.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# A frozen copy: registry_offices/roles.py owns the current list.

CLERK = [
    ("wagtailadmin", "access_admin"),
    ("registry_offices", "add_marriageapplication"),
    ("registry_offices", "change_marriageapplication"),
    ("registry_offices", "view_marriageapplication"),
    ("registry_offices", "add_courseassignment"),
    ("registry_offices", "change_courseassignment"),
    ("registry_offices", "view_courseassignment"),
    ("registry_offices", "view_office_report"),
]
GROUPS = {
    "Clerks": CLERK,
    "Office heads": [*CLERK, ("registry_offices", "delete_marriageapplication")],
    "Ministry analysts": [
        ("wagtailadmin", "access_admin"),
        ("registry_offices", "view_all_offices_report"),
    ],
    # Made by Wagtail's first migrations; ensured here so a database without them still has them.
    "Editors": [],
    "Moderators": [],
}


def create_groups(apps, schema_editor):
    # Model permissions are normally made after migrate; make them now so the groups can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in permissions:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            group.permissions.add(permission)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Clerks", "Office heads", "Ministry analysts"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("registry_offices", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
