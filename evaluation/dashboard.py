"""The ministry dashboard's tables for one choice of region, office, course and language: every
count through privacy.py, so a filter that isolates few people shows "<10", never the figure."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field, fields

from django.utils import timezone

from home import privacy
from home.charts import monthly_column_chart

from . import figures, intake, outcomes


def _per_month(by_office_month: dict, kind: type) -> dict:
    """Sum per-office tallies (`outcomes.Gain`, `outcomes.Scores`: counts only) into months."""
    months: dict = defaultdict(kind)
    for (_office, month), entry in by_office_month.items():
        total = months[month]
        for name in (f.name for f in fields(kind)):
            setattr(total, name, getattr(total, name) + getattr(entry, name))
    return months


MONTHS = 12


@dataclass
class Choice:
    region: str = ""
    office_id: int | None = None
    course_id: int | None = None
    language: str = ""


@dataclass
class ChartMonth:
    month: datetime.date
    assigned: int
    completed: int


@dataclass
class Dashboard:
    months: list[datetime.date]
    monthly: list[dict] = field(default_factory=list)  # month, then one shown value per measure
    monthly_total: dict = field(default_factory=dict)
    offices: list[dict] = field(default_factory=list)  # office, region, values
    regions: list[dict] = field(default_factory=list)
    office_total: dict = field(default_factory=dict)
    gain: list[dict] = field(default_factory=list)
    feedback: list[dict] = field(default_factory=list)
    intake: privacy.Table | None = None
    baseline: dict = field(default_factory=dict)
    chart: object = None

    @property
    def all_suppressed(self) -> bool:
        return not any(privacy.is_shown(row[m]) for row in self.monthly for m in figures.COUNTS)


def _by_month(values: dict[datetime.date, int], months: list[datetime.date]) -> dict:
    """A measure per month with its total, suppressed (the months are the table's cells)."""
    return privacy.hierarchy({m: values.get(m, 0) for m in months}, {})


def build(choice: Choice, today: datetime.date | None = None) -> Dashboard:
    today = today or timezone.localdate()
    last = today.replace(day=1)
    first = figures.add_months(last, -(MONTHS - 1))
    office_list = [
        o
        for o in figures.offices()
        if (not choice.region or o.city == choice.region)
        and (choice.office_id is None or o.pk == choice.office_id)
    ]
    ids = tuple(o.pk for o in office_list)
    scope = figures.Scope(first, last, office_ids=ids, course_id=choice.course_id)
    months = scope.months
    board = Dashboard(months=months)
    counts = figures.office_month_counts(scope)

    per_month = {m: defaultdict(int) for m in figures.COUNTS}
    per_office = {m: defaultdict(int) for m in figures.COUNTS}
    for measure in figures.COUNTS:
        for (office_id, month), value in counts[measure].items():
            per_month[measure][month] += value
            per_office[measure][office_id] += value
    shown_months = {m: _by_month(per_month[m], months) for m in figures.COUNTS}
    for month in months:
        board.monthly.append(
            {"month": month, **{m: shown_months[m][("unit", month)] for m in figures.COUNTS}}
        )
    board.monthly_total = {m: shown_months[m][privacy.TOTAL] for m in figures.COUNTS}
    board.chart = monthly_column_chart(
        [
            ChartMonth(
                row["month"],
                row["assignments"] if privacy.is_shown(row["assignments"]) else 0,
                row["completed"] if privacy.is_shown(row["completed"]) else 0,
            )
            for row in board.monthly
        ],
        width=560,
    )

    regions: dict[str, list[int]] = defaultdict(list)
    for office in office_list:
        regions[office.city].append(office.pk)
    shown_offices = {
        m: privacy.hierarchy({o.pk: per_office[m][o.pk] for o in office_list}, regions)
        for m in figures.COUNTS
    }
    for office in office_list:
        board.offices.append(
            {
                "office": office,
                "region": office.city,
                **{m: shown_offices[m][("unit", office.pk)] for m in figures.COUNTS},
            }
        )
    for region in regions:
        board.regions.append(
            {"region": region, **{m: shown_offices[m][("group", region)] for m in figures.COUNTS}}
        )
    board.office_total = {m: shown_offices[m][privacy.TOTAL] for m in figures.COUNTS}

    gains = outcomes.learning_gain(scope)
    gain_month = _per_month(gains, outcomes.Gain)
    shown_people = _by_month({m: g.people for m, g in gain_month.items()}, months)
    for month in months:
        gain = gain_month.get(month, outcomes.Gain())
        people = shown_people[("unit", month)]
        mark = None if privacy.is_shown(people) else "x"
        board.gain.append(
            {
                "month": month,
                "people": people,
                "mean_gain": privacy.shown_if(gain.mean_gain, mark),
                "improved_percent": privacy.shown_if(gain.improved_percent, mark),
            }
        )

    scores = outcomes.feedback_scores(scope, choice.language or None)
    score_month = _per_month(scores, outcomes.Scores)
    shown_answers = _by_month({m: s.people for m, s in score_month.items()}, months)
    for month in months:
        entry = score_month.get(month, outcomes.Scores())
        people = shown_answers[("unit", month)]
        mark = None if privacy.is_shown(people) else "x"
        board.feedback.append(
            {
                "month": month,
                "people": people,
                "usefulness": privacy.shown_if(entry.mean(entry.usefulness), mark),
                "clarity": privacy.shown_if(entry.mean(entry.clarity), mark),
                "recommend_percent": privacy.shown_if(
                    round(100 * entry.recommend / entry.people) if entry.people else None, mark
                ),
            }
        )

    board.intake = intake.intake_table(first, last)
    board.baseline = privacy.hierarchy(intake.baseline(), {})
    return board


CSV_COLUMNS = ("office", "region", *figures.COUNTS)


def office_rows_csv(board: Dashboard) -> list[list]:
    rows = [
        [row["office"].code, row["region"], *(row[m] for m in figures.COUNTS)]
        for row in board.offices
    ]
    rows += [["", row["region"], *(row[m] for m in figures.COUNTS)] for row in board.regions]
    rows.append(["", "", *(board.office_total[m] for m in figures.COUNTS)])
    return rows
