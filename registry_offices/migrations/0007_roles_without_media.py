"""Clerks, office heads and Ministry analysts choose no images or documents.

Wagtail's migrations (wagtaildocs 0011, wagtailimages 0023) gave "choose" on the root collection
to every group that could reach the admin when they ran, which, depending on the order the
migrations ran in, included these groups. Their work uses no media, so the choosers and the
admin API show them none. A frozen copy: registry_offices/roles.py owns the current rule.
"""

from django.db import migrations

GROUPS = ["Clerks", "Office heads", "Ministry analysts"]
MEDIA = [("wagtaildocs", "choose_document"), ("wagtailimages", "choose_image")]


def remove_media_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    permissions = [
        permission
        for app_label, codename in MEDIA
        for permission in Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        )
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)
        GroupCollectionPermission.objects.filter(group=group, permission__in=permissions).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("registry_offices", "0006_application_anonymised_at"),
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
    ]

    # Backwards there is nothing to give back: the roles never needed the permissions.
    operations = [migrations.RunPython(remove_media_permissions, migrations.RunPython.noop)]
