"""Clear cached summaries (directory, statistics) whenever what they show may have changed."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import MonthlyReport, ResourceCentreIndexPage, ResourceCentrePage
from .services import forget_directory_summary, forget_statistics


def forget_all(**kwargs) -> None:
    forget_directory_summary()
    forget_statistics()


def connect() -> None:
    for model in (ResourceCentreIndexPage, ResourceCentrePage):
        page_published.connect(forget_all, sender=model)
        page_unpublished.connect(forget_all, sender=model)
        post_delete.connect(forget_all, sender=model)
    post_page_move.connect(forget_all)
    # The statistics page shows report figures and the centres' titles and URLs.
    post_save.connect(forget_statistics, sender=MonthlyReport)
    post_delete.connect(forget_statistics, sender=MonthlyReport)
