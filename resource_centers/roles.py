"""The "Centre staff" group: admin access plus the permissions on requests and monthly reports.

This is the one definition. Migration 0002 created the group with a frozen copy of the list (a
migration must not change when the code does); `ensure_centre_staff_group()` brings a database in
line with the list here, e.g. after a flush emptied the groups (the demo and the tests call it).
What a member may see is narrowed to their own centre by CentreMembership (see permissions.py).
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

CENTRE_STAFF_GROUP = "Centre staff"
CENTRE_STAFF_PERMISSIONS: list[tuple[str, str]] = [
    ("wagtailadmin", "access_admin"),
    ("resource_centers", "view_consultationrequest"),
    ("resource_centers", "delete_consultationrequest"),
    ("resource_centers", "view_monthlyreport"),
    ("resource_centers", "add_monthlyreport"),
    ("resource_centers", "change_monthlyreport"),
]


def ensure_centre_staff_group() -> Group:
    """The "Centre staff" group with (at least) its permissions; safe to call repeatedly."""
    group, _ = Group.objects.get_or_create(name=CENTRE_STAFF_GROUP)
    wanted = Q()
    for app_label, codename in CENTRE_STAFF_PERMISSIONS:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    group.permissions.add(*Permission.objects.filter(wanted))
    return group
