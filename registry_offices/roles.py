"""The registry offices' groups and their permissions, made sure of outside migrations too.

Migration 0002 creates the groups; a database flushed after migrating (transactional tests) keeps
the permissions (recreated after every flush) but loses the groups, so the demo and the tests call
`ensure_roles()`. The list of groups and permissions is the migration's own.
"""

import importlib

from django.contrib.auth.models import Group, Permission
from django.db import transaction

GROUPS: dict[str, list[tuple[str, str]]] = importlib.import_module(
    "registry_offices.migrations.0002_roles"
).GROUPS


@transaction.atomic
def ensure_roles() -> dict[str, Group]:
    """Every registry group exists with (at least) its permissions; safe to call repeatedly."""
    groups = {}
    for name, permissions in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = [
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in permissions
        ]
        if wanted:
            group.permissions.add(*wanted)
        groups[name] = group
    return groups
