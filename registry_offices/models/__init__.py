"""The registry offices' models, split by topic; import them from here."""

from ..codes import hash_access_code
from .accesses import PartnerAccess
from .api import (
    ApiClient,
    Event,
    IdempotencyRecord,
    Scope,
    WebhookDelivery,
    WebhookEvent,
    WebhookSubscription,
)
from .applications import (
    MINIMUM_AGE,
    STANDARD_WAITING_DAYS,
    MarriageApplication,
    Partner,
    add_months,
    age_on,
    is_shortened_term,
)
from .assignments import (
    EFFECTIVE_STATE_LABELS,
    AssignmentQuerySet,
    AssignmentRefused,
    CourseAssignment,
    IssuedCodes,
)
from .handover import PendingCode
from .offices import OfficeMembership, OfficeResourceCentre, RegistryOffice
from .tallies import NO_DUE_DATE, ApplicationTally, ReportTally

__all__ = [
    "ApiClient",
    "Event",
    "IdempotencyRecord",
    "Scope",
    "WebhookDelivery",
    "WebhookEvent",
    "WebhookSubscription",
    "EFFECTIVE_STATE_LABELS",
    "MINIMUM_AGE",
    "STANDARD_WAITING_DAYS",
    "AssignmentQuerySet",
    "AssignmentRefused",
    "CourseAssignment",
    "IssuedCodes",
    "MarriageApplication",
    "OfficeMembership",
    "OfficeResourceCentre",
    "Partner",
    "PartnerAccess",
    "PendingCode",
    "RegistryOffice",
    "ApplicationTally",
    "ReportTally",
    "NO_DUE_DATE",
    "add_months",
    "age_on",
    "hash_access_code",
    "is_shortened_term",
]
