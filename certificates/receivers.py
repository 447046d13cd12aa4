"""What the certificates app listens to. Connected from `CertificatesConfig.ready()`."""

from registry_offices import signals as registry_signals

from .models import Certificate


def forget_holders(sender, application_ids: list[int], **kwargs) -> None:
    """A couple's personal data is removed: their certificates keep office, course and dates (the
    public check still answers), lose the names and the revoking clerk's words."""
    Certificate.objects.filter(assignment__application_id__in=application_ids).update(
        holder_1="", holder_2="", revoke_reason=""
    )


def connect() -> None:
    registry_signals.applications_anonymised.connect(
        forget_holders, dispatch_uid="certificates_forget_holders"
    )
