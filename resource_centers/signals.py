"""Clear the cached directory summary whenever the set of live centres may have changed."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import ResourceCentreIndexPage, ResourceCentrePage
from .services import forget_directory_summary


def connect() -> None:
    for model in (ResourceCentreIndexPage, ResourceCentrePage):
        page_published.connect(forget_directory_summary, sender=model)
        page_unpublished.connect(forget_directory_summary, sender=model)
        post_delete.connect(forget_directory_summary, sender=model)
    post_page_move.connect(forget_directory_summary)
