"""The families' stage when they reach a centre, by region, beside the 2019 baseline.

From the centres' monthly reports (stage counts, asked at intake). The 2019 reports predate the
question: the source counted only who came about divorce (2,423 of 2,566), so the baseline has
"divorce under way" and, for everyone else, "stage not recorded". Counts go through privacy.py.
"""

from __future__ import annotations

import datetime

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from home import privacy
from resource_centers.models import FamilyStage, MonthlyReport
from resource_centers.models.reports import STAGE_FIELDS

BASELINE_YEAR = 2019
NOT_RECORDED = "not_recorded"
STAGES = [*FamilyStage.values, NOT_RECORDED]


def stage_label(stage: str) -> str:
    return str(_("Stage not recorded")) if stage == NOT_RECORDED else str(FamilyStage(stage).label)


def _stage_counts(row: dict) -> dict[str, int]:
    counts = {field.removeprefix("stage_"): row[field] or 0 for field in STAGE_FIELDS}
    counts[NOT_RECORDED] = max(0, (row["applied"] or 0) - sum(counts.values()))
    return counts


def intake_counts(first: datetime.date, last: datetime.date) -> dict[tuple[str, str], int]:
    """(stage, region) → people, from the reports of the months first..last (first days)."""
    rows = (
        MonthlyReport.objects.filter(month__gte=first, month__lte=last)
        .values("centre__city")
        .annotate(applied=Sum("applied"), **{name: Sum(name) for name in STAGE_FIELDS})
        .order_by()
    )
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        for stage, value in _stage_counts(row).items():
            counts[(stage, row["centre__city"])] = (
                counts.get((stage, row["centre__city"]), 0) + value
            )
    return counts


def baseline() -> dict[str, int]:
    """The 2019 intake by stage: "divorce under way" from the source's divorce count."""
    row = MonthlyReport.objects.filter(month__year=BASELINE_YEAR).aggregate(
        applied=Sum("applied"),
        about_divorce=Sum("about_divorce"),
        **{name: Sum(name) for name in STAGE_FIELDS},
    )
    counts = _stage_counts(row)
    if not any(row[name] for name in STAGE_FIELDS):
        counts[FamilyStage.DIVORCE] = row["about_divorce"] or 0
        counts[NOT_RECORDED] = (row["applied"] or 0) - counts[FamilyStage.DIVORCE]
    return counts


def intake_table(first: datetime.date, last: datetime.date) -> privacy.Table:
    """Stages × regions with every total, suppressed."""
    counts = intake_counts(first, last)
    regions = sorted({region for _stage, region in counts})
    return privacy.table(counts, STAGES, regions)
