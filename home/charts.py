"""Bar charts laid out on the server and drawn as inline SVG by a template.

No JavaScript: the charts print, scale with the page and carry their figures as text for screen
readers. Two shapes share one `Bar`:

- `bar_chart(title, rows)`: horizontal bars, one per labelled value
  (template `home/includes/bar_chart.html`);
- `column_chart(groups, series)`: vertical bars grouped per label, one bar per series
  (template `home/includes/column_chart.html`); `monthly_column_chart(months)` is its
  "assigned and completed per month" case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from django.utils.formats import date_format


@dataclass
class Bar:
    """One bar, placed in the chart's SVG units."""

    label: str
    value: int
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = 0
    css: str = ""
    fill: str = ""
    value_x: float = 0  # where a horizontal bar's figure is written, after its end


# --- Horizontal bars ---------------------------------------------------------------------------


@dataclass
class BarChart:
    """Horizontal bars: labels on the left, bars scaled to the largest value, figures after them."""

    title: str
    bars: list[Bar]
    height: float
    label_width: int = 170
    chart_width: int = 330
    row_height: float = 28
    bar_height: float = 20


def bar_chart(
    title: str,
    rows: Iterable[tuple[str, int | str]],
    *,
    label_width: int = 170,
    chart_width: int = 330,
    row_height: float = 28,
) -> BarChart:
    """One horizontal bar per `(label, value)` row, in the given order. A value that is not a
    number (home.privacy's "<10" or "x") is drawn as no bar with its marker beside it."""
    rows = list(rows)
    chart = BarChart(
        title=title,
        bars=[],
        height=max(len(rows), 1) * row_height,
        label_width=label_width,
        chart_width=chart_width,
        row_height=row_height,
    )

    def number(value) -> float:
        return value if isinstance(value, int | float) and not isinstance(value, bool) else 0

    peak = max((number(value) for _label, value in rows), default=0) or 1
    for index, (label, value) in enumerate(rows):
        length = chart_width * number(value) / peak
        chart.bars.append(
            Bar(
                label=label,
                value=value,
                x=label_width,
                y=index * row_height,
                width=round(length, 1),
                height=chart.bar_height,
                value_x=round(label_width + length + 6, 1),
            )
        )
    return chart


# --- Grouped columns ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    """One kind of bar in every group (e.g. "assigned"): its name, CSS class and colour."""

    name: str
    css: str
    fill: str


@dataclass
class ColumnChart:
    """Vertical bars grouped per label (e.g. a month), standing on a common baseline."""

    width: int
    height: int
    bars: list[Bar]
    labels: list[tuple[float, str]]  # (x of the group's centre, label) under the baseline
    max_value: int
    baseline: float
    series: tuple[Series, ...] = ()
    title: str = ""


# A group's bars fill this share of its slot, starting this far into it.
GROUP_SHARE = 0.64
GROUP_OFFSET = 0.16


def column_chart(
    groups: Iterable[tuple[str, Sequence[int]]],
    series: Sequence[Series],
    *,
    title: str = "",
    width: int = 360,
    height: int = 160,
) -> ColumnChart:
    """One group of bars per `(label, values)`, one value per series, scaled to the tallest bar."""
    top, bottom, left = 16, 28, 8
    groups = list(groups)
    plot_height = height - top - bottom
    max_value = max([1] + [max(values, default=0) for _label, values in groups])
    slot = (width - left * 2) / max(1, len(groups))
    bar_width = slot * (GROUP_SHARE / max(1, len(series)))
    bars: list[Bar] = []
    labels: list[tuple[float, str]] = []
    for index, (label, values) in enumerate(groups):
        x0 = left + index * slot + slot * GROUP_OFFSET
        for offset, (value, kind) in enumerate(zip(values, series, strict=True)):
            bar_height = plot_height * value / max_value
            bars.append(
                Bar(
                    label=label,
                    value=value,
                    x=round(x0 + offset * bar_width, 1),
                    y=round(top + plot_height - bar_height, 1),
                    width=round(bar_width, 1),
                    height=round(bar_height, 1),
                    css=kind.css,
                    fill=kind.fill,
                )
            )
        labels.append((round(x0 + len(series) * bar_width / 2, 1), label))
    return ColumnChart(
        width=width,
        height=height,
        bars=bars,
        labels=labels,
        max_value=max_value,
        baseline=top + plot_height,
        series=tuple(series),
        title=title,
    )


class MonthFigures(Protocol):
    """What `monthly_column_chart` reads from each month."""

    @property
    def month(self): ...  # a date in the month

    @property
    def assigned(self) -> int: ...

    @property
    def completed(self) -> int: ...


ASSIGNED_AND_COMPLETED = (
    Series("assigned", "chart-bar--assigned", "#2e5a88"),
    Series("completed", "chart-bar--completed", "#8cc3e8"),
)


def monthly_column_chart(
    months: Iterable[MonthFigures], width: int = 360, height: int = 160
) -> ColumnChart:
    """Two bars per month (assigned, completed), labelled with the month's short name."""
    return column_chart(
        [(date_format(m.month, "M"), (m.assigned, m.completed)) for m in months],
        ASSIGNED_AND_COMPLETED,
        width=width,
        height=height,
    )
