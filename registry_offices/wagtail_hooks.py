"""Admin wiring: the applications viewset (/admin/applications/), offices, history actions and
the office dashboard on the admin home."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from . import services, views
from .charts import monthly_bar_chart
from .forms import MarriageApplicationForm, PartnersInlinePanel
from .models import CourseAssignment, MarriageApplication, RegistryOffice
from .panels import AssignmentsPanel
from .permissions import OfficeScopedPermissionPolicy

register_permission_policy(
    MarriageApplication,
    OfficeScopedPermissionPolicy(MarriageApplication, services.applications_for_user),
)
register_permission_policy(
    CourseAssignment,
    OfficeScopedPermissionPolicy(CourseAssignment, services.assignments_for_user),
)


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
    index_view_class = views.ApplicationIndexView
    add_view_class = views.ApplicationCreateView
    edit_view_class = views.ApplicationEditView
    delete_view_class = views.ApplicationDeleteView
    history_view_class = views.ApplicationHistoryView
    usage_view_class = views.ApplicationUsageView
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("office"),
                    FieldRowPanel([FieldPanel("number"), FieldPanel("status")]),
                    FieldRowPanel(
                        [FieldPanel("application_date"), FieldPanel("planned_registration_date")]
                    ),
                ],
                heading=_("Application"),
            ),
            PartnersInlinePanel(
                "partners",
                heading=_("Partners"),
                label=_("Partner"),
                min_num=2,
                max_num=2,
                panels=[
                    FieldPanel("full_name"),
                    FieldRowPanel([FieldPanel("date_of_birth"), FieldPanel("iin")]),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                    FieldPanel("preferred_language"),
                ],
            ),
            AssignmentsPanel(heading=_("Courses")),
        ],
        base_form_class=MarriageApplicationForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("find-iin/", views.find_by_iin, name="find_iin"),
            path("assign/<int:pk>/", views.assign_course, name="assign"),
            path("slips/<int:pk>/", views.slips, name="slips"),
            path("regenerate/<int:pk>/", views.regenerate_code, name="regenerate"),
            path("cancel/<int:pk>/", views.cancel_assignment, name="cancel"),
            path("reports/", views.reports, name="reports"),
            path("report/", views.report, name="report_all"),
            path("report/export/", views.report_export, name="report_export_all"),
            path("report/<int:office_id>/", views.report, name="report"),
            path("report/<int:office_id>/export/", views.report_export, name="report_export"),
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
def register_viewsets():
    return [MarriageApplicationViewSet(), RegistryOfficeViewSet()]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(services.ACTION_ASSIGNED, _("Assign a course"), _("Course assigned"))
    actions.register_action(
        services.ACTION_CODE_REGENERATED,
        _("Replace an access code"),
        _("A partner's access code was replaced"),
    )
    actions.register_action(
        services.ACTION_CANCELLED, _("Cancel a course assignment"), _("Course assignment cancelled")
    )


class ReportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        user = request.user
        return services.sees_all_offices(user) or user.has_perm(
            "registry_offices.view_office_report"
        )


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

    def __init__(self, offices, all_offices: bool) -> None:
        self.offices = offices
        self.all_offices = all_offices

    def get_context_data(self, parent_context=None) -> dict:
        figures = services.office_figures(self.offices)
        monthly = services.monthly_figures([f.office.pk for f in figures])
        for item in figures:
            item.chart = monthly_bar_chart(monthly[item.office.pk])
        return {"figures": figures, "all_offices": self.all_offices}


@hooks.register("construct_homepage_panels")
def add_office_dashboard(request, panels):
    offices = services.report_offices_for_user(request.user)
    if services.sees_all_offices(request.user) or offices.exists():
        panels.append(OfficeDashboardPanel(offices, services.sees_all_offices(request.user)))


from . import certificate_hooks  # noqa: E402, F401  (certificates: URLs and history actions)
