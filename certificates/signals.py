"""What happens to certificates, for the apps above to hear (notices, the registry API's webhooks,
metrics). Each is sent once the act's transaction commits, with the certificate as `certificate`
(and the acting `user` where a person acted). Connect receivers in the listening app's
`receivers.py`, from its `AppConfig.ready()`.
"""

from django.dispatch import Signal

# certificate: a new certificate (both partners finished). No user: the system issues it.
certificate_issued = Signal()
# certificate, user: accepted at the registration.
certificate_accepted = Signal()
# certificate, user: revoked (its reason is on the certificate, never in the signal).
certificate_revoked = Signal()
# certificate (the new one), replaces (the old one), user: reissued after a name correction.
certificate_reissued = Signal()
