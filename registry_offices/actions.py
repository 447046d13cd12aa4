"""The acts recorded in Wagtail's history of an application (who did what, when).

Their data holds ids only: never names, IINs or access codes.
"""

from django.utils.translation import gettext_lazy as _

ASSIGNED = "registry_offices.assign_course"
CODE_REGENERATED = "registry_offices.regenerate_code"
CANCELLED = "registry_offices.cancel_assignment"
CERTIFICATE_ISSUED = "registry_offices.certificate_issued"
CERTIFICATE_ACCEPTED = "registry_offices.certificate_accepted"
CERTIFICATE_REVOKED = "registry_offices.certificate_revoked"
CERTIFICATE_REISSUED = "registry_offices.certificate_reissued"

# action -> (what the act is called, what the history line says)
LABELS = {
    ASSIGNED: (_("Assign a course"), _("Course assigned")),
    CODE_REGENERATED: (_("Replace an access code"), _("A partner's access code was replaced")),
    CANCELLED: (_("Cancel a course assignment"), _("Course assignment cancelled")),
    CERTIFICATE_ISSUED: (_("Issue a certificate"), _("Certificate issued")),
    CERTIFICATE_ACCEPTED: (_("Accept a certificate"), _("Certificate accepted")),
    CERTIFICATE_REVOKED: (_("Revoke a certificate"), _("Certificate revoked")),
    CERTIFICATE_REISSUED: (_("Reissue a certificate"), _("Certificate reissued")),
}
