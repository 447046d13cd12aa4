"""Where the other apps' events become notices: a certificate issued, a consultation request made.

Signals, not calls from those apps: notices sit on top of every app (INSTALLED_APPS order), and
the apps below must not import it. A certificate is heard through the certificates app's named
signals, sent once the act's transaction has committed; a consultation request through its row's
creation, queued on commit. Each receiver only enqueues a task with the row's id, so the request
that made the row never waits for a mail server.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save

from certificates import signals as certificate_signals
from resource_centers.models import ConsultationRequest

from . import tasks


def certificate_issued(sender, certificate, **kwargs) -> None:
    """Both partners finished: "your certificate is ready" (already after the commit)."""
    tasks.announce_certificate.enqueue(certificate.pk)


def certificate_reissued(sender, certificate, **kwargs) -> None:
    """A corrected certificate replaces the old one: the couple gets the new one's notice."""
    tasks.announce_certificate.enqueue(certificate.pk)


def consultation_request_saved(
    sender, instance, created: bool, raw: bool = False, **kwargs
) -> None:
    if created and not raw:
        transaction.on_commit(partial(tasks.announce_consultation_request.enqueue, instance.pk))


def connect() -> None:
    certificate_signals.certificate_issued.connect(
        certificate_issued, dispatch_uid="notices_certificate_issued"
    )
    certificate_signals.certificate_reissued.connect(
        certificate_reissued, dispatch_uid="notices_certificate_reissued"
    )
    post_save.connect(
        consultation_request_saved,
        sender=ConsultationRequest,
        dispatch_uid="notices_consultation_request",
    )
