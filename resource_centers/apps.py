from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from . import invalidation


class ResourceCentersConfig(AppConfig):
    name = "resource_centers"
    verbose_name = _("Resource centres")

    def ready(self) -> None:
        invalidation.connect(
            pages=(self.get_model("ResourceCentreIndexPage"), self.get_model("ResourceCentrePage")),
            reports=self.get_model("MonthlyReport"),
        )
