"""Admin screens for centre staff: consultation requests and monthly reports, scoped to their centre."""

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from .forms import MonthlyReportAdminForm
from .models import CentreMembership, ConsultationRequest, MonthlyReport, ResourceCentrePage
from .permissions import CentreScopedPermissionPolicy, scope_to_user


class ScopedObjectMixin:
    """A look-up by id goes through the member's centres: another centre's row is a 404."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not scope_to_user(
            type(obj)._default_manager.filter(pk=obj.pk), self.request.user
        ).exists():
            raise Http404
        return obj


class ScopedMixin(ScopedObjectMixin):
    """Lists and look-ups of the model itself are narrowed to the member's centres."""

    def get_base_queryset(self):
        return scope_to_user(super().get_base_queryset(), self.request.user).select_related(
            "centre"
        )

    def get_queryset(self):
        return scope_to_user(super().get_queryset(), self.request.user)


class ScopedIndexView(ScopedMixin, generic.IndexView):
    pass


class ScopedCreateView(generic.CreateView):
    pass


class ScopedEditView(ScopedMixin, generic.EditView):
    pass


class ScopedDeleteView(ScopedMixin, generic.DeleteView):
    pass


class ScopedInspectView(ScopedMixin, generic.InspectView):
    pass


class ScopedCopyView(ScopedMixin, generic.CopyView):
    pass


class ScopedHistoryView(ScopedObjectMixin, history.HistoryView):
    pass


class ScopedUsageView(ScopedObjectMixin, usage.UsageView):
    pass


class CentreScopedViewSet(ModelViewSet):
    index_view_class = ScopedIndexView
    add_view_class = ScopedCreateView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    inspect_view_class = ScopedInspectView
    copy_view_class = ScopedCopyView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    copy_view_enabled = False
    inspect_view_enabled = True


for _model in (ConsultationRequest, MonthlyReport):
    register_permission_policy(_model, CentreScopedPermissionPolicy(_model), exact_class=True)


class ConsultationRequestViewSet(CentreScopedViewSet):
    model = ConsultationRequest
    icon = "mail"
    menu_label = _("Consultation requests")
    name = "consultation_requests"
    list_display = ["topic", "centre", "preferred_language", "created_at"]
    list_filter = ["topic", "preferred_language"]
    inspect_view_fields = [
        "centre",
        "name",
        "contact",
        "topic",
        "preferred_language",
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
    form_fields = ["user", "centre"]
    copy_view_enabled = False

    def formfield_for_dbfield(self, db_field, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, **kwargs)
        if db_field.name == "centre":
            # Staff belong to a centre, not to one of its translations: offer the source pages.
            # A lazy filter: this runs when URLs load, possibly before the database exists.
            formfield.queryset = ResourceCentrePage.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE
            ).order_by("title")
        return formfield


class ResourceCentresGroup(ViewSetGroup):
    menu_label = _("Resource centres")
    menu_icon = "home"
    menu_order = 300
    items = (ConsultationRequestViewSet, MonthlyReportViewSet, CentreMembershipViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return ResourceCentresGroup()
