from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """The certificate: issued, verified, accepted once; signed as a Verifiable Credential."""

    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self) -> None:
        from . import checks, receivers  # noqa: F401  (checks register themselves)

        receivers.connect()
