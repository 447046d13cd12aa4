from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    """Reminders and notices to partners and centre staff, sent by the task worker and logged."""

    name = "notices"
    verbose_name = _("Notices")

    def ready(self) -> None:
        from registry_offices.models import Certificate
        from resource_centers.models import ConsultationRequest

        from . import receivers

        post_save.connect(
            receivers.certificate_saved, sender=Certificate, dispatch_uid="notices_certificate"
        )
        post_save.connect(
            receivers.consultation_request_saved,
            sender=ConsultationRequest,
            dispatch_uid="notices_consultation_request",
        )
