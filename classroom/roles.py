"""The "Teachers" group: admin access plus running class sessions.

This is the one definition; migration 0002 made the group with a frozen copy of the list, and
`ensure_teachers_group()` brings a database in line with it (the demo and the tests call it after
a flush emptied the groups). Teachers' accounts are made by an administrator; they are staff and
get the staff defences (second factor, short sessions) like every other role. What a teacher sees
is narrowed to their own sessions in every query (`ClassSession.objects.of_teacher`).
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q, QuerySet

TEACHERS_GROUP = "Teachers"
TEACHER_PERMISSIONS: list[tuple[str, str]] = [
    ("wagtailadmin", "access_admin"),
    ("classroom", "add_classsession"),
    ("classroom", "view_classsession"),
    ("classroom", "change_classsession"),
]
RUN_SESSIONS = "classroom.add_classsession"


def _permissions(pairs: list[tuple[str, str]]) -> QuerySet[Permission]:
    wanted = Q()
    for app_label, codename in pairs:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(wanted)


def ensure_teachers_group() -> Group:
    """The "Teachers" group with (at least) its permissions; safe to call repeatedly."""
    group, _ = Group.objects.get_or_create(name=TEACHERS_GROUP)
    group.permissions.add(*_permissions(TEACHER_PERMISSIONS))
    return group


def runs_sessions(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(RUN_SESSIONS))
