"""Scoping of centre staff: a member sees and edits only the rows of the centres they belong to.

The check is made in querysets (lists, look-ups) and in the permission policy (instance checks),
so a URL that names another centre's row answers 404 whatever the menu shows.
"""

from __future__ import annotations

from django.db.models import Model, QuerySet
from wagtail.models import Locale
from wagtail.permission_policies.base import ModelPermissionPolicy

from .models import CentreMembership, ResourceCentrePage


def centre_keys_for(user) -> QuerySet:
    """The translation keys of the centres a user is staff of (one key covers kk/ru/en pages)."""
    return CentreMembership.objects.filter(user=user).values("centre__translation_key")


def centres_for(user) -> QuerySet[ResourceCentrePage]:
    """The centres (source-language pages) whose rows this user may see."""
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
    """Model permissions from the group, narrowed to the member's own centres for every instance.

    Registered for ConsultationRequest and MonthlyReport (wagtail_hooks.py); the admin views ask
    it, through their `permission_policy`, both what a user may do and which rows they may see.
    """

    def scope(self, queryset: QuerySet, user) -> QuerySet:
        """`queryset` narrowed to the rows of the user's centres, whatever they may do with them."""
        return scope_to_user(queryset, user)

    def user_can_see(self, user, instance: Model) -> bool:
        return user_can_see(user, instance)

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        return self.user_has_permission(user, action) and user_can_see(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance) -> bool:
        return self.user_has_any_permission(user, actions) and user_can_see(user, instance)

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet:
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return scope_to_user(self.model._default_manager.all(), user)
