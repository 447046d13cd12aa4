from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from home import pagecache

from . import invalidation


class ResourceCentersConfig(AppConfig):
    name = "resource_centers"
    verbose_name = _("Resource centres")

    def ready(self) -> None:
        invalidation.connect(
            pages=(self.get_model("ResourceCentreIndexPage"), self.get_model("ResourceCentrePage")),
            reports=self.get_model("MonthlyReport"),
        )
        # What the cached public pages show besides the pages themselves.
        pagecache.connect(
            self.get_model("OpeningHours"),
            self.get_model("OpeningException"),
            self.get_model("MonthlyReport"),
        )
