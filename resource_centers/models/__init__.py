"""Family resource support centres: the directory pages, consultation requests and monthly figures.

Split by topic (as `wagtail.models` is); every name is re-exported here, so other apps (courses,
registry_offices) import `from resource_centers.models import ...`. This app never imports theirs.
"""

from .choices import (
    KAZAKHSTAN_TIME_ZONES,
    CentreKind,
    City,
    FamilyStage,
    Service,
    TookCourse,
    Weekday,
)
from .fields import ChoiceListField
from .hours import OpeningException, OpeningHours
from .pages import (
    LATITUDE_RANGE,
    LONGITUDE_RANGE,
    ROUTES,
    ResourceCentreIndexPage,
    ResourceCentrePage,
    ResourceCentreQuerySet,
    StatisticsPage,
)
from .reports import MAX_AGE, MIN_AGE, MonthlyReport
from .requests import ConsultationRequest, ConsultationTopic, ReferralSource, RequestTally
from .staff import CentreMembership

__all__ = [
    "KAZAKHSTAN_TIME_ZONES",
    "LATITUDE_RANGE",
    "LONGITUDE_RANGE",
    "MAX_AGE",
    "MIN_AGE",
    "ROUTES",
    "CentreKind",
    "CentreMembership",
    "ChoiceListField",
    "City",
    "FamilyStage",
    "TookCourse",
    "ConsultationRequest",
    "ConsultationTopic",
    "MonthlyReport",
    "OpeningException",
    "OpeningHours",
    "ReferralSource",
    "RequestTally",
    "ResourceCentreIndexPage",
    "ResourceCentrePage",
    "ResourceCentreQuerySet",
    "Service",
    "StatisticsPage",
    "Weekday",
]
