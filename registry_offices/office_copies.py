"""The application's office copied onto the rows that hang off it: each course assignment
(CourseAssignment.office, migration 0056) and each partner (Partner.office, 0057). Filled in
batches that each commit, for the migrations and for `backfill_office_copies`.

The copies are what the applications list reads by index: the overdue and open-state filters
one office's assignments, a name token one office's partners. Rows written by the release
before a copy's migration during a rolling upgrade, or an application moved by it, are put
right by running the command once the new release is on every instance.
"""

from __future__ import annotations

from django.db.models import Model, OuterRef, Q, QuerySet, Subquery

BATCH = 5000


def _office_of_application(application_model: type[Model]) -> Subquery:
    return Subquery(
        application_model.objects.filter(pk=OuterRef("application_id")).values("office_id")[:1]
    )


def wrong(
    model: type[Model], application_model: type[Model], rows: QuerySet | None = None
) -> QuerySet:
    """The rows of `model` whose copied office is empty or not their application's office."""
    office = _office_of_application(application_model)
    rows = model.objects.all() if rows is None else rows
    return rows.filter(Q(office__isnull=True) | ~Q(office_id=office))


def backfill(model: type[Model], application_model: type[Model], batch: int = BATCH) -> int:
    """Put each row's application's office on it, `batch` ids at a time, each batch in its own
    short transaction (the caller runs outside one), so no row stays locked for long and an
    interrupted run starts again where it stopped. Returns the rows changed."""
    changed, last = 0, 0
    while True:
        ids = list(
            model.objects.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:batch]
        )
        if not ids:
            return changed
        rows = model.objects.filter(pk__gte=ids[0], pk__lte=ids[-1])
        changed += wrong(model, application_model, rows).update(
            office_id=_office_of_application(application_model)
        )
        last = ids[-1]
