"""Exact pre-aggregates for the reports and the office dashboard: counts per office, course,
month and kind, kept in step by the verbs that change the counted rows (registry_offices/tallies.py).

A decade of the country's data is 1.3 million assignments; the report reads these rows instead
(a few per office and month). Overdue is not stored (it depends on today): open assignments are
counted per due date, so "overdue" is the open rows whose due date has passed.
"""

import datetime
from collections import Counter

from django.db import connection, models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The due date of a tally that has none (closed assignments, certificates); part of the unique
# key, so not NULL (NULLs are distinct in a unique index).
NO_DUE_DATE = datetime.date(2000, 1, 1)


class ReportTally(models.Model):
    """How many rows of one kind one office has for one course in one month."""

    class Kind(models.TextChoices):
        # Assignments by their state, in the month they were made.
        ASSIGNED = "assigned", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")
        CANCELLED = "cancelled", _("Cancelled")
        # Certificates accepted at the counter, in the month of acceptance (any state).
        ACCEPTED = "accepted", _("Certificates accepted")
        # Certificates not replaced, in the month they were made; and those of them accepted.
        CURRENT = "current", _("Certificates issued")
        CURRENT_ACCEPTED = "current_accepted", _("Issued certificates accepted")
        # Assignments completed (and still so), in the month of completion (the dashboard's).
        COMPLETED_ON = "completed_on", _("Completed in the month")
        # Certificates accepted and not replaced, in the month of acceptance (no reissue twice).
        ACCEPTED_CURRENT = "accepted_current", _("Accepted certificates in force")

    office = models.ForeignKey(
        "registry_offices.RegistryOffice", on_delete=models.CASCADE, related_name="+"
    )
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    month = models.DateField()
    kind = models.CharField(max_length=16, choices=Kind.choices)
    due_date = models.DateField(default=NO_DUE_DATE)
    count = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("report tally")
        verbose_name_plural = _("report tallies")
        constraints = [
            models.UniqueConstraint(
                fields=["office", "course", "month", "kind", "due_date"],
                name="report_tally_key",
            )
        ]

    def __str__(self) -> str:
        return f"{self.office_id}/{self.course_id}/{self.month:%Y-%m}/{self.kind}: {self.count}"


class ApplicationTally(models.Model):
    """How many marriage applications one office has, by month of application date: the
    evaluation dashboard's applications (kept like ReportTally, by MarriageApplication.save()
    and a pre_delete receiver; anonymising keeps the row, so the count)."""

    office = models.ForeignKey(
        "registry_offices.RegistryOffice", on_delete=models.CASCADE, related_name="+"
    )
    month = models.DateField()
    count = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("application tally")
        verbose_name_plural = _("application tallies")
        constraints = [
            models.UniqueConstraint(fields=["office", "month"], name="application_tally_key")
        ]

    def __str__(self) -> str:
        return f"{self.office_id}/{self.month:%Y-%m}: {self.count}"


# In the tallies' common Counter (see registry_offices/tallies.py), an application tally is
# (office, None, month, APPLIED, NO_DUE_DATE).
APPLIED = "applied"


def application_month(day: datetime.date | str) -> datetime.date:
    """The month an application counts in (a form or the API may have set the raw value)."""
    if isinstance(day, str):
        day = datetime.date.fromisoformat(day)
    return day.replace(day=1)


def add_applications(deltas: Counter) -> None:
    """Add each delta (keyed (office id, month)) to its application tally (an upsert)."""
    adapt = connection.ops.adapt_datefield_value
    rows = [
        (office, adapt(month), delta) for (office, month), delta in sorted(deltas.items()) if delta
    ]
    _upsert(ApplicationTally._meta.db_table, ("office_id", "month"), rows)


def _upsert(table: str, keys: tuple[str, ...], rows: list[tuple]) -> None:
    """Add each row's last value to the `count` of the tally row its first values name (an
    upsert, so two clerks at once both count)."""
    if not rows:
        return
    columns = ", ".join((*keys, "count"))
    places = ", ".join(["%s"] * (len(keys) + 1))
    # The table and columns are the models' own; the values go as parameters.
    sql = (
        f"INSERT INTO {table} ({columns}) VALUES ({places}) "  # noqa: S608
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET count = {table}.count + EXCLUDED.count"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


Key = tuple[int, int, datetime.date, str, datetime.date]  # office, course, month, kind, due
# The assignment states counted per due date (CourseAssignment.OPEN_STATES).
OPEN_KINDS = (ReportTally.Kind.ASSIGNED.value, ReportTally.Kind.IN_PROGRESS.value)


def month_of(moment: datetime.datetime) -> datetime.date:
    """The first day of the moment's month in the site's time zone (as TruncMonth counts it)."""
    return timezone.localtime(moment).date().replace(day=1)


def assignment_key(
    office_id: int,
    course_id: int,
    created_at: datetime.datetime,
    state: str,
    due_date: datetime.date,
) -> Key:
    due = due_date if state in OPEN_KINDS else NO_DUE_DATE
    return (office_id, course_id, month_of(created_at), state, due)


def assignment_keys(
    office_id: int,
    course_id: int,
    created_at: datetime.datetime,
    state: str,
    due_date: datetime.date,
    completed_at: datetime.datetime | None,
) -> Counter:
    """Every tally one assignment counts in: its state in the month it was made, and, while it
    is completed, its month of completion."""
    keys = Counter({assignment_key(office_id, course_id, created_at, state, due_date): 1})
    if state == ReportTally.Kind.COMPLETED and completed_at is not None:
        keys[(office_id, course_id, month_of(completed_at), "completed_on", NO_DUE_DATE)] += 1
    return keys


def add(deltas: Counter) -> None:
    """Add each delta to its tally row (an upsert, so two clerks at once both count)."""
    adapt = connection.ops.adapt_datefield_value
    rows = [
        (office, course, adapt(month), kind, adapt(due), delta)
        # A fixed order, so two transactions lock the same tally rows in the same order.
        for (office, course, month, kind, due), delta in sorted(deltas.items())
        if delta
    ]
    keys = ("office_id", "course_id", "month", "kind", "due_date")
    _upsert(ReportTally._meta.db_table, keys, rows)
