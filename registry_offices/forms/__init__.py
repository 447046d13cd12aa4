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
    CounterForm,
    CourseChoiceField,
    FindCoupleForm,
    RevokeForm,
    SendEmailForm,
    VerifyForm,
    assignable_courses,
)

__all__ = [
    "DUPLICATE_NUMBER_MESSAGE",
    "PARTNERS_PER_APPLICATION",
    "AssignCourseForm",
    "CounterForm",
    "CourseChoiceField",
    "FindCoupleForm",
    "MarriageApplicationForm",
    "PartnerForm",
    "PartnersInlinePanel",
    "RevokeForm",
    "SendEmailForm",
    "VerifyForm",
    "assignable_courses",
    "years_before",
]
