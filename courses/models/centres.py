"""The resource centres an editor recommends to a course's learners."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Orderable


class CourseRelatedCentre(Orderable):
    """A resource centre recommended to the learners of a course (a relation, not a text)."""

    course = ParentalKey(
        "courses.CoursePage", related_name="related_centres", on_delete=models.CASCADE
    )
    centre = models.ForeignKey(
        "resource_centers.ResourceCentrePage",
        verbose_name=_("resource centre"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("centre")]

    class Meta(Orderable.Meta):
        verbose_name = _("related resource centre")
        verbose_name_plural = _("related resource centres")
