from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryOfficesConfig(AppConfig):
    name = "registry_offices"
    verbose_name = _("Registry offices")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from home import pagecache
        from resource_centers.invalidation import forget_statistics

        # What cached pages and fragments show of an office: its names (the statistics' requests
        # by referring office) and the centres it refers couples to (the referral block).
        shown = (self.get_model("RegistryOffice"), self.get_model("OfficeResourceCentre"))
        pagecache.connect(*shown)
        for model in shown:
            post_save.connect(forget_statistics, sender=model, weak=False)
            post_delete.connect(forget_statistics, sender=model, weak=False)
