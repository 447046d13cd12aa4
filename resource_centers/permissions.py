"""Scoping of centre staff: a member sees and edits only the rows of the centres they belong to.

The check is made in querysets (lists, look-ups) and in the permission policy (instance checks),
so a URL that names another centre's row answers 404 whatever the menu shows.
"""

from __future__ import annotations

from django.db.models import Model, QuerySet
from wagtail.permission_policies.base import ModelPermissionPolicy

from .models import CentreMembership, ResourceCentrePage


def centre_keys_for(user) -> QuerySet:
    """The translation keys of the centres a user is staff of (one key covers kk/ru/en pages)."""
    return CentreMembership.objects.filter(user=user).values("centre__translation_key")


def centres_for(user) -> QuerySet[ResourceCentrePage]:
    """The centres (source-language pages) whose rows this user may see."""
    from wagtail.models import Locale

    queryset = ResourceCentrePage.objects.filter(locale=Locale.get_default())
    if getattr(user, "is_superuser", False):
        return queryset
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    return queryset.filter(translation_key__in=centre_keys_for(user))


def scope_to_user(queryset: QuerySet, user) -> QuerySet:
    """Rows whose `centre` the user is staff of; superusers see every centre's rows."""
    if getattr(user, "is_superuser", False):
        return queryset
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    return queryset.filter(centre__translation_key__in=centre_keys_for(user))


def user_can_see(user, instance: Model) -> bool:
    return scope_to_user(type(instance)._default_manager.filter(pk=instance.pk), user).exists()


class CentreScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions from the group, narrowed to the member's own centres for every instance."""

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        return self.user_has_permission(user, action) and user_can_see(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance) -> bool:
        return self.user_has_any_permission(user, actions) and user_can_see(user, instance)

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet:
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return scope_to_user(self.model._default_manager.all(), user)


CENTRE_STAFF_GROUP = "Centre staff"
CENTRE_STAFF_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("resource_centers", "view_consultationrequest"),
    ("resource_centers", "delete_consultationrequest"),
    ("resource_centers", "view_monthlyreport"),
    ("resource_centers", "add_monthlyreport"),
    ("resource_centers", "change_monthlyreport"),
]


def ensure_centre_staff_group():
    """The "Centre staff" group with its permissions (made by a migration; this repairs a database
    whose rows were emptied since, e.g. by a flush)."""
    from django.contrib.auth.models import Group, Permission
    from django.db.models import Q

    group, _ = Group.objects.get_or_create(name=CENTRE_STAFF_GROUP)
    wanted = Q()
    for app_label, codename in CENTRE_STAFF_PERMISSIONS:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    group.permissions.add(*Permission.objects.filter(wanted))
    return group
