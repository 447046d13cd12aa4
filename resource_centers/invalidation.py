"""The cached summaries' keys, and dropping them whenever what they show may have changed.

Below the models on purpose: the app config connects these receivers when the app is ready,
naming the senders it is given, so nothing here imports the models (or the code that reads them).
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

DIRECTORY_CACHE_KEY = "resource_centers:directory:{language}"
STATISTICS_VERSION_KEY = "resource_centers:statistics:version"


def forget_directory_summary(**kwargs) -> None:
    """Drop the directory summary of every language (see directory.directory_summary)."""
    cache.delete_many(
        [DIRECTORY_CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES]
    )


def forget_statistics(**kwargs) -> None:
    """Move the statistics to a new version: every cached variant is dropped at once, everywhere."""
    try:
        cache.incr(STATISTICS_VERSION_KEY)
    except ValueError:
        cache.set(STATISTICS_VERSION_KEY, 2, None)


def forget_all(**kwargs) -> None:
    forget_directory_summary()
    forget_statistics()


def connect(*, pages: tuple[type, ...], reports: type) -> None:
    """Drop the summaries when a directory or centre page changes, and the statistics when a
    monthly report does (the statistics show the reports and the centres' titles and URLs)."""
    for model in pages:
        page_published.connect(forget_all, sender=model)
        page_unpublished.connect(forget_all, sender=model)
        post_delete.connect(forget_all, sender=model)
    post_page_move.connect(forget_all)
    post_save.connect(forget_statistics, sender=reports)
    post_delete.connect(forget_statistics, sender=reports)
