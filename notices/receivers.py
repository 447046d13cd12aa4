"""Where the other apps' events become notices: a certificate issued, a consultation request made.

Signals, not calls from those apps: notices sit on top of every app (INSTALLED_APPS order), and
the apps below must not import it. Each receiver only enqueues a task with the row's id once the
transaction that made the row commits, so a rolled-back certificate announces nothing and the
request that made it never waits for a mail server.
"""

from functools import partial

from django.db import transaction

from . import tasks


def certificate_saved(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """A new certificate (issued when both partners finished, or reissued after a correction)."""
    if created and not raw and instance.state == sender.State.VALID:
        transaction.on_commit(partial(tasks.announce_certificate.enqueue, instance.pk))


def consultation_request_saved(
    sender, instance, created: bool, raw: bool = False, **kwargs
) -> None:
    if created and not raw:
        transaction.on_commit(partial(tasks.announce_consultation_request.enqueue, instance.pk))
