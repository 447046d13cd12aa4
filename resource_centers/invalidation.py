"""The statistics' version, and moving it on whenever what they show may have changed.

Below the models on purpose: the app config connects these receivers when the app is ready,
naming the senders it is given, so nothing here imports the models (or the code that reads them).
"""

import threading
import time

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

STATISTICS_VERSION_KEY = "resource_centers:statistics:version"


# The version a thread read is used for a second (as the page-cache generation is): a page of
# statistics then costs no round trip to the shared cache for it.
VERSION_MEMO_SECONDS = 1.0


class _VersionMemo(threading.local):
    value: int | None = None
    read_at: float = 0.0


_memo = _VersionMemo()


def statistics_version() -> int:
    """The version of the statistics (moved on by a report, a centre page or a new request)."""
    now = time.monotonic()
    if _memo.value is None or now - _memo.read_at >= VERSION_MEMO_SECONDS:
        _memo.value = cache.get_or_set(STATISTICS_VERSION_KEY, 1, None)
        _memo.read_at = now
    return _memo.value


def forget_statistics(**kwargs) -> None:
    """Move the statistics to a new version: every cached variant is dropped at once, everywhere."""
    try:
        cache.incr(STATISTICS_VERSION_KEY)
    except ValueError:
        cache.set(STATISTICS_VERSION_KEY, 2, None)
    _memo.value = None


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
