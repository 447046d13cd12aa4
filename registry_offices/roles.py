"""The registry offices' groups and their permissions: the one list, and `ensure_roles()`.

Migration 0002 created the groups from a frozen copy of this list (a migration must not change when
the code does), and 0007 took away the media permissions Wagtail's migrations had given them. The
demo calls `ensure_roles()` so that a group added here later reaches databases migrated before;
tests use it to find the groups.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q, QuerySet
from wagtail.models import GroupCollectionPermission

CLERK = [
    ("wagtailadmin", "access_admin"),
    ("registry_offices", "add_marriageapplication"),
    ("registry_offices", "change_marriageapplication"),
    ("registry_offices", "view_marriageapplication"),
    ("registry_offices", "add_courseassignment"),
    ("registry_offices", "change_courseassignment"),
    ("registry_offices", "view_courseassignment"),
    ("registry_offices", "view_office_report"),
    # The certificate's own permissions (certificates 0002 gave them to groups made before).
    ("certificates", "view_certificate"),
    ("certificates", "accept_certificate"),
    ("certificates", "change_certificate"),
]
GROUPS: dict[str, list[tuple[str, str]]] = {
    "Clerks": CLERK,
    "Office heads": [*CLERK, ("registry_offices", "delete_marriageapplication")],
    "Ministry analysts": [
        ("wagtailadmin", "access_admin"),
        ("registry_offices", "view_all_offices_report"),
    ],
}
# Wagtail gives "choose" on images and documents to every group that can reach the admin; these
# roles use no media, so the choosers and the admin API show them none.
NO_MEDIA = [("wagtaildocs", "choose_document"), ("wagtailimages", "choose_image")]


def media_permissions() -> QuerySet[Permission]:
    wanted = Q()
    for app_label, codename in NO_MEDIA:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(wanted)


@transaction.atomic
def ensure_roles() -> dict[str, Group]:
    """Every registry group exists with (at least) its permissions and without media ones;
    safe to call repeatedly."""
    groups = {}
    media = list(media_permissions())
    for name, permissions in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = [
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in permissions
        ]
        group.permissions.add(*wanted)
        group.permissions.remove(*media)
        GroupCollectionPermission.objects.filter(group=group, permission__in=media).delete()
        groups[name] = group
    return groups
