"""The application's edit form (the admin's and the registry API's), and the panel listing the application's course assignments with their actions."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, Panel

from .forms import MarriageApplicationForm, PartnersInlinePanel
from .models import PartnerAccess
from .progress import partner_progress


class AssignmentsPanel(Panel):
    """Shown on existing applications only: courses, due dates, states, slips, codes, cancel,
    and each partner's progress (never their answers)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "registry_offices/admin/assignments_panel.html"

        def is_shown(self) -> bool:
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None) -> dict:
            context = super().get_context_data(parent_context)
            assignments = (
                self.instance.assignments.select_related("course")
                .prefetch_related(
                    "certificates",  # newest first (the certificate's own ordering)
                    Prefetch(
                        "accesses",
                        queryset=PartnerAccess.objects.select_related("partner").order_by(
                            "partner__sort_order"
                        ),
                    ),
                )
                .order_by("-created_at")
            )
            assignments = list(assignments)
            accesses = [access for a in assignments for access in a.accesses.all()]
            progress = partner_progress(accesses)
            for assignment in assignments:
                assignment.partner_rows = [
                    (access.partner, progress.get(access.pk))
                    for access in assignment.accesses.all()
                ]
            context.update(application=self.instance, assignments=assignments)
            return context


# The form of a marriage application with both partners: the admin uses it, and the registry API
# files applications through the very same form (registry_offices/api/filing.py), so both refuse
# the same input with the same messages.
APPLICATION_EDIT_HANDLER = ObjectList(
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
                FieldRowPanel([FieldPanel("notify_by_email"), FieldPanel("notify_by_sms")]),
            ],
        ),
        AssignmentsPanel(heading=_("Courses")),
    ],
    base_form_class=MarriageApplicationForm,
)
