from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryOfficesConfig(AppConfig):
    name = "registry_offices"
    verbose_name = _("Registry offices")

    def ready(self) -> None:
        from courses.learning import enrollment_finished

        from .certificate_services import on_enrollment_finished

        enrollment_finished.connect(on_enrollment_finished, dispatch_uid="registry_offices.issue")
