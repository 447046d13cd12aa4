from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Staff accounts and security")

    def ready(self) -> None:
        # The receivers import models (ours and axes's), which exist only once apps are ready.
        from . import backends, receivers

        receivers.connect()
        backends.connect()
