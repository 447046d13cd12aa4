"""The course editor's panels: kept apart from the page model so pages.py stays readable."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)

COURSE_PANELS = [
    HelpPanel(
        content=_(
            "Add the lessons as child pages of this course; their order in the page tree is "
            "the order learners take them."
        )
    ),
    FieldPanel("audience"),
    FieldPanel("summary"),
    FieldPanel("learning_outcomes"),
    FieldPanel("cover_image"),
    MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("min_study_minutes")]),
            FieldRowPanel(
                [FieldPanel("certificate_validity_months"), FieldPanel("pass_mark_percent")]
            ),
        ],
        heading=_("Certificate rules"),
    ),
    FieldPanel("knowledge_check"),
    InlinePanel(
        "related_centres",
        label=_("Related resource centres"),
        heading=_("Related resource centres"),
        help_text=_(
            "Family resource centres a learner of this course may want to visit; shown on the "
            "course page and after the last lesson."
        ),
    ),
]
