"""What the centres' cached pages and statistics listen to. Connected from the app's `ready()`."""

from django.apps import apps

from home import pagecache

from . import invalidation


def connect() -> None:
    model = apps.get_app_config("resource_centers").get_model
    invalidation.connect(
        pages=(model("ResourceCentreIndexPage"), model("ResourceCentrePage")),
        reports=model("MonthlyReport"),
    )
    # What the cached public pages show besides the pages themselves.
    pagecache.connect(model("OpeningHours"), model("OpeningException"), model("MonthlyReport"))
