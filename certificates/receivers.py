"""What the certificates app listens to. Connected from `CertificatesConfig.ready()`."""

from home import metrics
from registry_offices import signals as registry_signals
from registry_offices import webhooks

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


def _webhook_data(certificate: Certificate) -> dict:
    """What a registry system hears: ids, code, state and dates; never the holders' names."""
    application = certificate.assignment.application
    return {
        "certificate": {
            "id": certificate.pk,
            "code": certificate.code,
            "state": certificate.state,
            "issued_on": certificate.issued_on.isoformat(),
            "expires_on": certificate.expires_on.isoformat(),
        },
        "assignment": certificate.assignment_id,
        "application": application.pk,
        "external_id": application.external_id,
    }


def _publisher(event_type: str):
    def publish(sender, certificate: Certificate, **kwargs) -> None:
        data = _webhook_data(certificate)
        replaces = kwargs.get("replaces")
        if replaces is not None:
            data["replaces"] = {"id": replaces.pk, "code": replaces.code}
        webhooks.publish(event_type, certificate.office, data)

    return publish


WEBHOOK_EVENTS = {
    signals.certificate_issued: "certificate.issued",
    signals.certificate_accepted: "certificate.accepted",
    signals.certificate_revoked: "certificate.revoked",
    signals.certificate_reissued: "certificate.reissued",
}


def connect() -> None:
    # The registry API's webhooks (registry_offices/webhooks.py) hear every act on a certificate.
    for signal, event_type in WEBHOOK_EVENTS.items():
        signal.connect(
            _publisher(event_type), weak=False, dispatch_uid=f"certificates_webhook_{event_type}"
        )
    registry_signals.applications_anonymised.connect(
        forget_holders, dispatch_uid="certificates_forget_holders"
    )
    signals.certificate_issued.connect(count_issued, dispatch_uid="certificates_count_issued")
    signals.certificate_accepted.connect(count_accepted, dispatch_uid="certificates_count_accepted")
