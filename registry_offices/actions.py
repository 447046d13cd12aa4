"""The acts recorded in Wagtail's history of an application (who did what, when).

Their data holds ids only: never names, IINs or access codes. The certificate's acts are
`certificates.actions`'.
"""

from django.utils.translation import gettext_lazy as _

ASSIGNED = "registry_offices.assign_course"
CODE_REGENERATED = "registry_offices.regenerate_code"
CANCELLED = "registry_offices.cancel_assignment"

# action -> (what the act is called, what the history line says)
LABELS = {
    ASSIGNED: (_("Assign a course"), _("Course assigned")),
    CODE_REGENERATED: (_("Replace an access code"), _("A partner's access code was replaced")),
    CANCELLED: (_("Cancel a course assignment"), _("Course assignment cancelled")),
}
