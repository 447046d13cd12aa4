"""The forms of the registry offices, split by screen; import them from here."""

from .applications import (
    DUPLICATE_NUMBER_MESSAGE,
    PARTNERS_PER_APPLICATION,
    MarriageApplicationForm,
    PartnerForm,
    PartnersInlinePanel,
    years_before,
)
from .clerks import (
    AssignCourseForm,
    CourseChoiceField,
    FindCoupleForm,
    SendEmailForm,
    assignable_courses,
)

__all__ = [
    "DUPLICATE_NUMBER_MESSAGE",
    "PARTNERS_PER_APPLICATION",
    "AssignCourseForm",
    "CourseChoiceField",
    "FindCoupleForm",
    "MarriageApplicationForm",
    "PartnerForm",
    "PartnersInlinePanel",
    "SendEmailForm",
    "assignable_courses",
    "years_before",
]
