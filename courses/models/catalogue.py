"""What the catalogue and the course pages share: audiences, the learner's addresses, and cover
images with their renditions fetched in one go."""

from __future__ import annotations

from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

AUDIENCE_PREMARITAL = "premarital"
AUDIENCE_FAMILY = "family"
AUDIENCE_SCHOOL = "school"


class Audience(models.TextChoices):
    PREMARITAL = AUDIENCE_PREMARITAL, _("Couples preparing to marry")
    FAMILY = AUDIENCE_FAMILY, _("Married couples and families")
    SCHOOL = AUDIENCE_SCHOOL, _("Schools (lesson plans for teachers)")


def learn_path(language_code: str) -> str:
    """Where a couple with an access code starts (the learner journey lives there)."""
    return f"/{language_code}/learn/"


def self_paced_path(course: Page) -> str:
    """Where anyone starts a self-paced course (the learning app's page; "" if it is not mounted)."""
    try:
        return reverse("learning:self_course", args=[course.pk])
    except NoReverseMatch:
        return ""


# The renditions a catalogue card shows (templates/courses/course_index_page.html's srcset).
CATALOGUE_COVER_SPECS = ("fill-400x225", "fill-800x450")


def images_with_renditions():
    return get_image_model().objects.prefetch_renditions()


def with_cover_renditions(courses: list[Page]) -> None:
    """Make the cards' renditions before the list is kept as a shared fragment.

    Wagtail trusts prefetched renditions: a list kept while a cover had none would make every
    later rendering generate the image again (hundreds of ms each) until the generation moves on.
    """
    for course in courses:
        if course.cover_image is not None:
            try:
                course.cover_image.get_renditions(*CATALOGUE_COVER_SPECS)
            except SourceImageIOError:
                pass  # the template shows Wagtail's placeholder, as for any missing file
