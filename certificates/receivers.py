"""What the certificates app listens to. Connected from `CertificatesConfig.ready()`."""

from home import metrics
from registry_offices import signals as registry_signals

from . import signals
from .models import Certificate


def forget_holders(sender, application_ids: list[int], **kwargs) -> None:
    """A couple's personal data is removed: their certificates keep office, course and dates (the
    public check still answers), lose the names and the revoking clerk's words."""
    Certificate.objects.filter(assignment__application_id__in=application_ids).update(
        holder_1="", holder_2="", revoke_reason=""
    )


def count_issued(sender, certificate: Certificate, **kwargs) -> None:
    """Prometheus: certificates issued per office (reissues are not new certificates)."""
    metrics.certificate_issued(certificate.office.code)


def count_accepted(sender, certificate: Certificate, **kwargs) -> None:
    metrics.certificate_accepted(certificate.office.code)


def connect() -> None:
    registry_signals.applications_anonymised.connect(
        forget_holders, dispatch_uid="certificates_forget_holders"
    )
    signals.certificate_issued.connect(count_issued, dispatch_uid="certificates_count_issued")
    signals.certificate_accepted.connect(count_accepted, dispatch_uid="certificates_count_accepted")
