"""The statistics' version, and moving it on whenever what they show may have changed.

Below the models on purpose: the app config connects these receivers when the app is ready,
naming the senders it is given, so nothing here imports the models (or the code that reads them).
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.versions import SharedVersion

STATISTICS_VERSION_KEY = "resource_centers:statistics:version"

# Read at most once a second per thread, as the page-cache generation is (home/versions.py): a
# page of statistics then costs no round trip to the shared cache for it.
version = SharedVersion(STATISTICS_VERSION_KEY)


def statistics_version() -> str:
    """The version of the statistics (moved on by a report, a centre page or a new request)."""
    return version.current()


def forget_statistics(**kwargs) -> None:
    """Move the statistics to a new version: every cached variant is dropped at once, everywhere."""
    version.move_on()


def connect(*, pages: tuple[type, ...], reports: type) -> None:
    """Drop the summaries when a directory or centre page changes, and the statistics when a
    monthly report does (the statistics show the reports and the centres' titles and URLs)."""
    for model in pages:
        page_published.connect(forget_statistics, sender=model)
        page_unpublished.connect(forget_statistics, sender=model)
        post_delete.connect(forget_statistics, sender=model)
    post_page_move.connect(forget_statistics)
    post_save.connect(forget_statistics, sender=reports)
    post_delete.connect(forget_statistics, sender=reports)
