"""An edit-form panel listing the application's course assignments with their actions."""

from django.db.models import Prefetch
from wagtail.admin.panels import Panel

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
