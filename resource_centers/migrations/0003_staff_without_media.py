"""Centre staff choose no images or documents.

Wagtail's migrations (wagtaildocs 0011, wagtailimages 0023) gave "choose" on the root collection
to every group that could reach the admin when they ran, "Centre staff" among them. The staff's
work (requests, monthly figures) uses no media, so the choosers and the admin API show them
none. A frozen copy: resource_centers/roles.py owns the current rule.
"""

from django.db import migrations

GROUP_NAME = "Centre staff"
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
    for group in Group.objects.filter(name=GROUP_NAME):
        group.permissions.remove(*permissions)
        GroupCollectionPermission.objects.filter(group=group, permission__in=permissions).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("resource_centers", "0002_centre_staff_group"),
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
    ]

    # Backwards there is nothing to give back: the staff never needed the permissions.
    operations = [migrations.RunPython(remove_media_permissions, migrations.RunPython.noop)]
