from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    """Reminders and notices to partners and centre staff, sent by the task worker and logged."""

    name = "notices"
    verbose_name = _("Notices")

    def ready(self) -> None:
        from . import receivers

        receivers.connect()
