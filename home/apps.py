from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site")

    def ready(self) -> None:
        from . import adminchrome, pagecache

        adminchrome.install()
        adminchrome.connect_permissions()

        pagecache.connect_site_content(
            self.get_model("FooterText"), settings_models=(self.get_model("SiteSettings"),)
        )
