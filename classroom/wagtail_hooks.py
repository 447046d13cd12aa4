"""Admin wiring: the teachers' "Class sessions" screens (/admin/class-sessions/) and menu item."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from . import admin_views
from .roles import runs_sessions


class ClassSessionMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return runs_sessions(request.user)


class ClassSessionViewSet(ViewSet):
    """Function views (a presenter screen and a JSON poll do not fit a model viewset's screens),
    one namespace, one menu item shown to teachers only."""

    name = "class-sessions"
    icon = "group"
    menu_label = _("Class sessions")
    menu_order = 160
    add_to_admin_menu = True

    @property
    def menu_item_class(self):
        return ClassSessionMenuItem

    @property
    def menu_url(self) -> str:
        return reverse("class-sessions:index")

    def get_urlpatterns(self):
        return [
            path("", admin_views.index, name="index"),
            path("start/<int:lesson_id>/", admin_views.start, name="start"),
            path("<int:pk>/", admin_views.present, name="present"),
            path("<int:pk>/counts/", admin_views.counts, name="counts"),
            path("<int:pk>/reveal/", admin_views.reveal, name="reveal"),
            path("<int:pk>/close/", admin_views.close, name="close"),
        ]


@hooks.register("register_admin_viewset")
def register_class_sessions():
    return ClassSessionViewSet()
