"""What the site's shared pieces listen to: permission changes (the admin chrome kept per user)
and the site-wide content the page cache must drop on change (and the proxy in front purged at
once on publish). Connected from `HomeConfig.ready`."""

from django.apps import apps

from . import adminchrome, frontendcache, pagecache


def connect() -> None:
    adminchrome.install()
    adminchrome.connect_permissions()
    pagecache.connect_site_content(
        apps.get_model("home", "FooterText"),
        settings_models=(apps.get_model("home", "SiteSettings"),),
    )
    frontendcache.connect()
