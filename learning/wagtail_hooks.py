"""Learning's part in the admin: each partner's progress for the clerk's screens (never answers),
and the editors' statistics of self-paced learning (anonymous counts only)."""

import datetime

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from courses.models import CourseIndexPage
from registry_offices.progress import PARTNER_PROGRESS_HOOK, PartnerProgress

from .models import SelfPacedCount
from .progress import partners_progress

STATISTICS_MONTHS = 12


@hooks.register(PARTNER_PROGRESS_HOOK)
def partner_progress(accesses: list) -> dict[int, PartnerProgress]:
    """The clerk's screens ask registry_offices.progress; the figures are `progress.py`'s."""
    return partners_progress(accesses)


def edits_courses(user) -> bool:
    """Editors and moderators of the courses (a page permission on a course catalogue); clerks,
    analysts and centre staff have none there. Users without any page permission are answered
    from Wagtail's per-request permission cache, so the admin menu costs them no query."""
    if not user_has_any_page_permission(user):
        return False
    policy = PagePermissionPolicy()
    return any(
        policy.user_has_any_permission_for_instance(user, ["change", "publish"], index)
        for index in CourseIndexPage.objects.all()
    )


@never_cache
def self_paced_statistics(request: HttpRequest) -> HttpResponse:
    """Started and finished per course and month, for the last twelve months: counts only (the
    rows name no learner, and they outlive the learners' own records)."""
    if not edits_courses(request.user):
        raise PermissionDenied
    since = (timezone.localdate().replace(day=1) - datetime.timedelta(days=31 * 11)).replace(day=1)
    rows = list(
        SelfPacedCount.objects.filter(month__gte=since)
        .select_related("course")
        .order_by("-month", "course__title")
    )
    return TemplateResponse(
        request,
        "learning/admin/statistics.html",
        {
            "page_title": _("Self-paced learning"),
            "rows": rows,
            "started": sum(row.started for row in rows),
            "finished": sum(row.finished for row in rows),
        },
    )


@hooks.register("register_admin_urls")
def register_statistics_url() -> list:
    return [
        path(
            "reports/self-paced-learning/",
            self_paced_statistics,
            name="learning_self_paced_statistics",
        )
    ]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return edits_courses(request.user)


@hooks.register("register_reports_menu_item")
def register_statistics_menu_item() -> MenuItem:
    return StatisticsMenuItem(
        gettext_lazy("Self-paced learning"),
        reverse("learning_self_paced_statistics"),
        icon_name="table",
        order=900,
    )
