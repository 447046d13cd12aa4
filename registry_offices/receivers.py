"""What cached pages and fragments show of an office: its names (the statistics' requests by
referring office) and the centres it refers couples to (the referral block). Connected from the
app's `ready()`."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save

from home import pagecache
from resource_centers.invalidation import forget_statistics


def connect() -> None:
    model = apps.get_app_config("registry_offices").get_model
    shown = (model("RegistryOffice"), model("OfficeResourceCentre"))
    pagecache.connect(*shown)
    for sender in shown:
        post_save.connect(forget_statistics, sender=sender, weak=False)
        post_delete.connect(forget_statistics, sender=sender, weak=False)
