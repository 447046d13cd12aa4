"""Permission policies that scope clerks to their own offices (not only in menus)."""

from collections.abc import Callable, Iterable

from django.db.models import Model, QuerySet
from wagtail.admin.auth import PermissionPolicyChecker
from wagtail.permission_policies.base import ModelPermissionPolicy

from .models import CourseAssignment, MarriageApplication
from .scoping import applications_for_user, assignments_for_user


class OfficeScopedPermissionPolicy(ModelPermissionPolicy):
    """Group permissions say *what* a user may do; `scope(user)` says *which rows* they may do it to."""

    def __init__(self, model: type[Model], scope: Callable[[object], QuerySet]) -> None:
        super().__init__(model)
        self.scope = scope

    def instances_user_has_any_permission_for(self, user, actions: Iterable[str]) -> QuerySet:
        if self.user_has_any_permission(user, actions):
            return self.scope(user)
        return self.model._default_manager.none()

    def user_has_permission_for_instance(self, user, action: str, instance: Model) -> bool:
        return (
            self.user_has_permission(user, action)
            and self.scope(user).filter(pk=instance.pk).exists()
        )


application_policy = OfficeScopedPermissionPolicy(MarriageApplication, applications_for_user)
assignment_policy = OfficeScopedPermissionPolicy(CourseAssignment, assignments_for_user)
# Views guard with these (clerks without the group permission go back to the admin home).
applications_checker = PermissionPolicyChecker(application_policy)
assignments_checker = PermissionPolicyChecker(assignment_policy)
