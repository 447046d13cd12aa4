"""What the centres' cached pages and statistics listen to. Connected from the app's `ready()`."""

from django.apps import apps
from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from home import pagecache

from . import invalidation
from .hsds import purge


def connect() -> None:
    model = apps.get_app_config("resource_centers").get_model
    invalidation.connect(
        pages=(model("ResourceCentreIndexPage"), model("ResourceCentrePage")),
        reports=model("MonthlyReport"),
    )
    # What the cached public pages show besides the pages themselves.
    pagecache.connect(model("OpeningHours"), model("OpeningException"), model("MonthlyReport"))
    # A CDN in front keeps the HSDS API's answers: a centre's change purges them there.
    centre = model("ResourceCentrePage")
    for name, signal in (
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("deleted", post_delete),
    ):
        signal.connect(purge.purge_centre, sender=centre, dispatch_uid=f"hsds-purge-{name}")
