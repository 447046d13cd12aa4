from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryOfficesConfig(AppConfig):
    name = "registry_offices"
    verbose_name = _("Registry offices")

    def ready(self) -> None:
        from . import receivers

        receivers.connect()
