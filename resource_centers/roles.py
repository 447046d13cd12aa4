"""The "Centre staff" group: admin access plus the permissions on requests and monthly reports.

This is the one definition. Migration 0002 created the group with a frozen copy of the list (a
migration must not change when the code does) and 0003 took away the media permissions Wagtail's
migrations had given it; `ensure_centre_staff_group()` brings a database in line with the lists
here, e.g. after a flush emptied the groups (the demo and the tests call it).
What a member may see is narrowed to their own centre by CentreMembership (see permissions.py).
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q, QuerySet
from wagtail.models import GroupCollectionPermission

CENTRE_STAFF_GROUP = "Centre staff"
CENTRE_STAFF_PERMISSIONS: list[tuple[str, str]] = [
    ("wagtailadmin", "access_admin"),
    ("resource_centers", "view_consultationrequest"),
    ("resource_centers", "delete_consultationrequest"),
    ("resource_centers", "view_monthlyreport"),
    ("resource_centers", "add_monthlyreport"),
    ("resource_centers", "change_monthlyreport"),
]
# Wagtail gives "choose" on images and documents to every group that can reach the admin; the
# staff's work uses no media, so the choosers and the admin API show them none.
NO_MEDIA: list[tuple[str, str]] = [
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "choose_image"),
]


def _permissions(pairs: list[tuple[str, str]]) -> QuerySet[Permission]:
    wanted = Q()
    for app_label, codename in pairs:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(wanted)


def ensure_centre_staff_group() -> Group:
    """The "Centre staff" group with (at least) its permissions and without media ones; safe to
    call repeatedly."""
    group, _ = Group.objects.get_or_create(name=CENTRE_STAFF_GROUP)
    group.permissions.add(*_permissions(CENTRE_STAFF_PERMISSIONS))
    media = list(_permissions(NO_MEDIA))
    group.permissions.remove(*media)
    GroupCollectionPermission.objects.filter(group=group, permission__in=media).delete()
    return group
