"""Who sees which rows of the message log: a clerk their offices', centre staff their centres'.

The log is visible to whoever may see the rows it points to: a clerk or office head (the group
permission to see course assignments) the messages of their own offices' couples, centre staff
(the permission to see consultation requests) the notices sent to their centres' staff, and
administrators every row. Nobody may add, change or delete a row: the worker writes them.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from wagtail.permission_policies.base import BasePermissionPolicy

from registry_offices.scoping import office_ids_for_user
from resource_centers.permissions import centre_keys_for

from .models import Message

OFFICE_PERMISSION = "registry_offices.view_courseassignment"
CENTRE_PERMISSION = "resource_centers.view_consultationrequest"


def messages_for_user(user) -> QuerySet[Message]:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Message.objects.none()
    if user.is_superuser:
        return Message.objects.all()
    seen = Q(pk__in=[])
    if user.has_perm(OFFICE_PERMISSION):
        seen |= Q(office_id__in=office_ids_for_user(user))
    if user.has_perm(CENTRE_PERMISSION):
        seen |= Q(centre__translation_key__in=centre_keys_for(user))
    return Message.objects.filter(seen)


class MessageLogPolicy(BasePermissionPolicy):
    """Viewing only, for the roles above; the rows themselves are narrowed by messages_for_user."""

    def user_has_permission(self, user, action: str) -> bool:
        if action != "view" or not (user.is_active and user.is_authenticated):
            return False
        return bool(
            user.is_superuser
            or user.has_perm(OFFICE_PERMISSION)
            or user.has_perm(CENTRE_PERMISSION)
        )

    def user_has_any_permission(self, user, actions) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if "view" not in actions:
            return users.none()
        return users.filter(
            Q(is_superuser=True)
            | Q(office_memberships__isnull=False)
            | Q(centre_memberships__isnull=False)
        ).distinct()

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet[Message]:
        if self.user_has_any_permission(user, actions):
            return messages_for_user(user)
        return Message.objects.none()

    def user_has_permission_for_instance(self, user, action: str, instance) -> bool:
        return (
            self.user_has_permission(user, action)
            and messages_for_user(user).filter(pk=instance.pk).exists()
        )


message_policy = MessageLogPolicy(Message)
