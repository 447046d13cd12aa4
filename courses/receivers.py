"""Keep the page tree sound when wagtail-localize translates a course with its lessons.

wagtail-localize publishes a translated page in `transaction.on_commit`, from the revision object
it made before it created the page's translated children. Publishing that revision writes the
stale child count (0) back, and Wagtail then shows the translated course without its lessons
(wagtail-localize issue #773, open). After every publish we compare the stored child count with
the tree and repair it: one cheap COUNT query per publish.
"""

from wagtail.models import Page
from wagtail.signals import page_published


def repair_child_count(sender, instance: Page, **kwargs) -> None:
    actual = Page.objects.filter(path__startswith=instance.path, depth=instance.depth + 1).count()
    if actual != instance.numchild:
        Page.objects.filter(pk=instance.pk).update(numchild=actual)
        instance.numchild = actual


def connect() -> None:
    page_published.connect(repair_child_count, dispatch_uid="courses.repair_child_count")
