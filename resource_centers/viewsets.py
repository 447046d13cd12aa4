"""Admin screens of the centres: consultation requests and monthly figures (scoped to the
member's centres), and who is staff of which centre (administrators only)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .forms import CentreMembershipForm, MonthlyReportAdminForm
from .models import CentreMembership, ConsultationRequest, MonthlyReport
from .views.admin import (
    ConsultationRequestIndexView,
    ScopedDeleteView,
    ScopedEditView,
    ScopedHistoryView,
    ScopedIndexView,
    ScopedInspectView,
    ScopedUsageView,
)


class CentreScopedViewSet(ModelViewSet):
    """A model with a `centre`, whose permission policy is CentreScopedPermissionPolicy."""

    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    inspect_view_class = ScopedInspectView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    copy_view_enabled = False
    inspect_view_enabled = True


class ConsultationRequestViewSet(CentreScopedViewSet):
    model = ConsultationRequest
    index_view_class = ConsultationRequestIndexView
    icon = "mail"
    menu_label = _("Consultation requests")
    name = "consultation_requests"
    list_display = ["topic", "centre", "source", "office", "preferred_language", "created_at"]
    list_filter = ["topic", "source", "preferred_language"]
    inspect_view_fields = [
        "centre",
        "source",
        "office",
        "name",
        "contact",
        "topic",
        "preferred_language",
        "stage",
        "took_course",
        "message",
        "consent",
        "created_at",
    ]
    form_fields = ["name", "contact", "topic", "preferred_language", "message"]


class MonthlyReportViewSet(CentreScopedViewSet):
    model = MonthlyReport
    icon = "table"
    menu_label = _("Monthly figures")
    name = "monthly_reports"
    list_display = ["month", "centre", "applied", "about_divorce", "reconciled"]
    list_filter = ["month"]
    edit_handler = ObjectList(
        [
            FieldPanel("centre"),
            FieldPanel("month"),
            FieldRowPanel(
                [FieldPanel("applied"), FieldPanel("about_divorce"), FieldPanel("reconciled")]
            ),
            FieldRowPanel([FieldPanel("with_children"), FieldPanel("raised_residence")]),
            FieldRowPanel([FieldPanel("youngest_age"), FieldPanel("oldest_age")]),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("stage_preparing"),
                            FieldPanel("stage_first_years"),
                            FieldPanel("stage_later_years"),
                        ]
                    ),
                    FieldRowPanel(
                        [
                            FieldPanel("stage_crisis"),
                            FieldPanel("stage_divorce"),
                            FieldPanel("stage_after_divorce"),
                        ]
                    ),
                    FieldPanel("took_course"),
                ],
                heading=_("The families' stage when they came"),
            ),
        ],
        base_form_class=MonthlyReportAdminForm,
    )


class CentreMembershipViewSet(ModelViewSet):
    """Who is staff of which centre (administrators only: needs the model's permissions)."""

    model = CentreMembership
    icon = "group"
    menu_label = _("Centre staff")
    name = "centre_memberships"
    list_display = ["user", "centre"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return CentreMembershipForm


class ResourceCentresGroup(ViewSetGroup):
    menu_label = _("Resource centres")
    menu_icon = "home"
    menu_order = 300
    items = (ConsultationRequestViewSet, MonthlyReportViewSet, CentreMembershipViewSet)
