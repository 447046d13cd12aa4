"""Curriculum pages: a catalogue of courses, each course a sequence of lessons.

CourseIndexPage (one per language, at /<lang>/courses/) → CoursePage → LessonPage. A course's
lessons are its child pages in tree order; the quizzes live inside a lesson's body. Split into
modules as wagtail/models/ is: `catalogue` (audiences, addresses, covers), `pages` (the three
page types, which refer to each other), `panels` (the course editor), `centres` (related centres).
"""

from .catalogue import (
    AUDIENCE_FAMILY,
    AUDIENCE_PREMARITAL,
    AUDIENCE_SCHOOL,
    CATALOGUE_COVER_SPECS,
    Audience,
    learn_path,
    self_paced_path,
)
from .centres import CourseRelatedCentre
from .pages import CourseIndexPage, CoursePage, LessonPage

__all__ = [
    "AUDIENCE_FAMILY",
    "AUDIENCE_PREMARITAL",
    "AUDIENCE_SCHOOL",
    "CATALOGUE_COVER_SPECS",
    "Audience",
    "CourseIndexPage",
    "CoursePage",
    "CourseRelatedCentre",
    "LessonPage",
    "learn_path",
    "self_paced_path",
]
