"""How long a couple's personal data is kept: until a set time after their registration date, or
after their certificate's expiry when that is later (issue 13). Then names, IINs, contacts and
access codes are removed and the rows stay, so every count in the reports survives.

The learning records of the couple (quiz answers) belong to the `learning` app, which sits above
this one: its `purge_couple_data` command calls `anonymise()` and drops those with the learner keys
it returns.
"""

from __future__ import annotations

import datetime
import secrets
import uuid

from django.conf import settings
from django.db import transaction
from django.db.models import DateField, Max, QuerySet
from django.db.models.functions import Coalesce, Greatest, Trunc
from django.utils import timezone

from . import signals
from .models import (
    MarriageApplication,
    Partner,
    PartnerAccess,
    PendingCode,
    add_months,
    hash_access_code,
)


def retention_months() -> int:
    return int(getattr(settings, "COUPLE_DATA_RETENTION_MONTHS", 12))


def due_for_anonymising(
    today: datetime.date | None = None, months: int | None = None
) -> QuerySet[MarriageApplication]:
    """Applications whose registration date (or certificate expiry, if later) is `months` ago."""
    today = today or timezone.localdate()
    cutoff = add_months(today, -(retention_months() if months is None else months))
    latest_expiry = Max("assignments__certificates__expires_on")
    return (
        MarriageApplication.objects.filter(anonymised_at__isnull=True)
        .annotate(
            kept_until=Greatest(
                "planned_registration_date",
                Coalesce(latest_expiry, "planned_registration_date"),
            )
        )
        .filter(kept_until__lt=cutoff)
    )


@transaction.atomic
def anonymise(applications: QuerySet[MarriageApplication]) -> tuple[int, list[uuid.UUID]]:
    """Remove the couples' personal data; returns (applications done, their old learner keys).

    Partners keep only the year they were born (age figures); certificates lose the names (the
    public check still says which office issued what, and when); accesses get an unusable code
    and a new learner key, so nothing links the learning records to the couple any more.
    """
    ids = list(applications.values_list("pk", flat=True))
    if not ids:
        return 0, []
    accesses = list(PartnerAccess.objects.filter(assignment__application_id__in=ids))
    old_keys = [access.learner_key for access in accesses]
    PendingCode.objects.filter(access__in=accesses).delete()
    for access in accesses:
        access.code_hash = hash_access_code(secrets.token_urlsafe(24))
        access.learner_key = uuid.uuid4()
    PartnerAccess.objects.bulk_update(accesses, ["code_hash", "learner_key"])
    # One UPDATE for every partner of the batch (the same blanks for all; the birth date kept
    # to its year): a bulk_update of 200 partners' seven fields built a CASE per field and row,
    # most of the batch's time inside its transaction.
    Partner.objects.filter(application_id__in=ids).update(
        full_name="",
        name_search="",
        iin_hash="",
        iin_last4="",
        phone="",
        email="",
        date_of_birth=Trunc("date_of_birth", "year", output_field=DateField()),
    )
    # Certificates lose the names (the certificates app listens; same transaction).
    signals.applications_anonymised.send(sender=MarriageApplication, application_ids=ids)
    MarriageApplication.objects.filter(pk__in=ids).update(anonymised_at=timezone.now())
    return len(ids), old_keys
