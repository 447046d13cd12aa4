"""Admin wiring: the applications viewset (/admin/applications/), offices, history actions and
the office dashboard on the admin home."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from home import admin_scope
from home.charts import monthly_column_chart

from . import actions
from .api.admin import (
    ApiClientViewSet,
    WebhookDeliveryViewSet,
    api_client_policy,
    webhook_delivery_policy,
)
from .figures import monthly_figures, office_figures
from .models import (
    ApiClient,
    CourseAssignment,
    MarriageApplication,
    OfficeMembership,
    RegistryOffice,
    WebhookDelivery,
)
from .panels import APPLICATION_EDIT_HANDLER
from .permissions import application_policy, assignment_policy
from .scoping import (
    applications_for_user,
    assignments_for_user,
    offices_for_user,
    report_offices_for_user,
    sees_all_offices,
)
from .views import applications, assignments, finding, reports

register_permission_policy(MarriageApplication, application_policy)
register_permission_policy(CourseAssignment, assignment_policy)
register_permission_policy(ApiClient, api_client_policy)
register_permission_policy(WebhookDelivery, webhook_delivery_policy)


class MarriageApplicationViewSet(ModelViewSet):
    model = MarriageApplication
    name = "applications"  # /admin/applications/, URL names applications:*
    icon = "group"
    menu_label = _("Marriage applications")
    menu_order = 150
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    search_fields = ["number"]
    search_backend_name = None
    list_per_page = 25
    index_view_class = applications.ApplicationIndexView
    add_view_class = applications.ApplicationCreateView
    edit_view_class = applications.ApplicationEditView
    delete_view_class = applications.ApplicationDeleteView
    history_view_class = applications.ApplicationHistoryView
    usage_view_class = applications.ApplicationUsageView
    edit_handler = APPLICATION_EDIT_HANDLER

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("find-iin/", finding.find_by_iin, name="find_iin"),
            path("assign/<int:pk>/", assignments.assign_course, name="assign"),
            path("slips/<int:pk>/", assignments.slips, name="slips"),
            path("regenerate/<int:pk>/", assignments.regenerate_code, name="regenerate"),
            path("cancel/<int:pk>/", assignments.cancel_assignment, name="cancel"),
            path("reports/", reports.reports, name="reports"),
            path("report/", reports.report, name="report_all"),
            path("report/export/", reports.report_export, name="report_export_all"),
            path("report/<int:office_id>/", reports.report, name="report"),
            path("report/<int:office_id>/export/", reports.report_export, name="report_export"),
        ]


class RegistryOfficeViewSet(ModelViewSet):
    model = RegistryOffice
    name = "registry-offices"
    icon = "home"
    menu_label = _("Registry offices")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    search_fields = ["name_kk", "name_ru", "name_en", "code"]
    search_backend_name = None
    list_display = ["name", "code", "city", "phone"]
    list_filter = ["city"]


@hooks.register("register_admin_viewset")
def register_api_viewsets():
    return [ApiClientViewSet(), WebhookDeliveryViewSet()]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [MarriageApplicationViewSet(), RegistryOfficeViewSet()]


@hooks.register("register_log_actions")
def register_log_actions(registry):
    for action, (label, message) in actions.LABELS.items():
        registry.register_action(action, label, message)


@hooks.register(admin_scope.LOG_SCOPE_HOOK)
def office_rows_in_the_site_history() -> dict:
    """The site history shows a clerk the acts on their own offices' rows (Wagtail alone would
    show every office's to anyone holding the model permission)."""
    return {
        MarriageApplication: applications_for_user,
        CourseAssignment: assignments_for_user,
        RegistryOffice: offices_for_user,
        OfficeMembership: lambda user: OfficeMembership.objects.filter(
            office__in=offices_for_user(user)
        ),
    }


class ReportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        user = request.user
        return sees_all_offices(user) or user.has_perm("registry_offices.view_office_report")


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Course reports"), reverse_lazy("applications:reports"), icon_name="table", order=160
    )


class OfficeDashboardPanel(Component):
    """Figures of the offices a user may see, with a per-month bar chart drawn on the server."""

    name = "office_dashboard"
    order = 50
    template_name = "registry_offices/admin/dashboard_panel.html"

    def __init__(self, offices, all_offices: bool, counter: bool = False) -> None:
        self.offices = offices
        self.all_offices = all_offices
        self.counter = counter

    def get_context_data(self, parent_context=None) -> dict:
        figures = office_figures(self.offices)
        monthly = monthly_figures([f.office.pk for f in figures])
        for item in figures:
            item.chart = monthly_column_chart(monthly[item.office.pk])
        return {
            "figures": figures,
            "all_offices": self.all_offices,
            # The clerk's counter: "Check a certificate" (a posted form, so the CSRF token).
            "counter": self.counter,
            "csrf_token": (parent_context or {}).get("csrf_token"),
        }


@hooks.register("construct_homepage_panels")
def add_office_dashboard(request, panels):
    offices = report_offices_for_user(request.user)
    all_offices = sees_all_offices(request.user)
    counter = request.user.has_perm("certificates.view_certificate")
    if all_offices or offices.exists():
        panels.append(OfficeDashboardPanel(offices, all_offices, counter=counter))
