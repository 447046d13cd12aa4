"""The dashboard's admin URL and menu item (shown to those with the permission only)."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from learning.models import Feedback

from . import admin_views
from .feedback_admin import FeedbackViewSet, feedback_policy


@hooks.register("register_admin_urls")
def register_urls():
    return [path("evaluation/", admin_views.index, name="evaluation_dashboard")]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return DashboardMenuItem(
        _("Ministry dashboard"), reverse_lazy("evaluation_dashboard"), icon_name="table", order=165
    )


register_permission_policy(Feedback, feedback_policy)


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return FeedbackViewSet()
