"""The office copied onto each course assignment (CourseAssignment.office, migration 0056):
filled in batches that each commit, for the migration and for `backfill_assignment_offices`.

The copy is what the applications list's overdue and open-state filters read by index. Rows
written by the release before 0056 during a rolling upgrade, or an application moved by it,
are put right by running the command once the new release is on every instance.
"""

from __future__ import annotations

from django.db.models import OuterRef, Q, Subquery

BATCH = 5000


def _office_of_application(application_model) -> Subquery:
    return Subquery(
        application_model.objects.filter(pk=OuterRef("application_id")).values("office_id")[:1]
    )


def wrong(assignment_model, application_model, rows=None):
    """The assignments whose copied office is empty or not their application's office."""
    office = _office_of_application(application_model)
    rows = assignment_model.objects.all() if rows is None else rows
    return rows.filter(Q(office__isnull=True) | ~Q(office_id=office))


def backfill(assignment_model, application_model, batch: int = BATCH) -> int:
    """Put each assignment's application's office on it, `batch` ids at a time, each batch in
    its own short transaction (the caller runs outside one), so no row stays locked for long
    and an interrupted run starts again where it stopped. Returns the rows changed."""
    changed, last = 0, 0
    while True:
        ids = list(
            assignment_model.objects.filter(pk__gt=last)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch]
        )
        if not ids:
            return changed
        rows = assignment_model.objects.filter(pk__gte=ids[0], pk__lte=ids[-1])
        changed += wrong(assignment_model, application_model, rows).update(
            office_id=_office_of_application(application_model)
        )
        last = ids[-1]
