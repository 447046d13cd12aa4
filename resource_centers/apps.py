from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourceCentersConfig(AppConfig):
    name = "resource_centers"
    verbose_name = _("Resource centres")

    def ready(self) -> None:
        from . import receivers
        from .views import public  # noqa: F401 (registers the pages' route views: models.ROUTES)

        receivers.connect()
