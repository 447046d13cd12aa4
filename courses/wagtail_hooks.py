"""Admin: a "Courses" menu item that opens the curriculum in the page explorer."""

from django.conf import settings
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem

from .models import CourseIndexPage


def courses_explorer(request: HttpRequest) -> HttpResponseRedirect:
    """The source-language (Kazakh) course catalogue in the explorer, where editors add courses."""
    index = (
        CourseIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        or CourseIndexPage.objects.first()
    )
    if index is None:
        return HttpResponseRedirect(reverse("wagtailadmin_explore_root"))
    return HttpResponseRedirect(reverse("wagtailadmin_explore", args=[index.pk]))


@hooks.register("register_admin_urls")
def register_admin_urls() -> list:
    return [path("courses/", courses_explorer, name="courses_explorer")]


class CoursesMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return user_has_any_page_permission(request.user)  # as Wagtail's own "Pages" item


@hooks.register("register_admin_menu_item")
def register_courses_menu_item() -> MenuItem:
    return CoursesMenuItem(
        _("Courses"), reverse("courses_explorer"), icon_name="clipboard-list", order=150
    )
