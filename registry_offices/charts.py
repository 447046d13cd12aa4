"""Server-rendered SVG bar charts for the dashboard (no JavaScript, printable, readable by screen readers)."""

from dataclasses import dataclass

from django.utils.formats import date_format


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    value: int
    label: str
    css: str


@dataclass
class BarChart:
    width: int
    height: int
    bars: list[Bar]
    labels: list[tuple[float, str]]
    max_value: int
    baseline: float


def monthly_bar_chart(months, width: int = 360, height: int = 160) -> BarChart:
    """Two bars per month (assigned, completed) scaled to the tallest bar."""
    top, bottom, left = 16, 28, 8
    plot_height = height - top - bottom
    max_value = max([1] + [max(m.assigned, m.completed) for m in months])
    slot = (width - left * 2) / max(1, len(months))
    bar_width = slot * 0.32
    bars, labels = [], []
    for index, month in enumerate(months):
        x0 = left + index * slot + slot * 0.16
        month_label = date_format(month.month, "M")
        for offset, (value, css) in enumerate(
            ((month.assigned, "chart-bar--assigned"), (month.completed, "chart-bar--completed"))
        ):
            bar_height = plot_height * value / max_value
            bars.append(
                Bar(
                    x=round(x0 + offset * bar_width, 1),
                    y=round(top + plot_height - bar_height, 1),
                    width=round(bar_width, 1),
                    height=round(bar_height, 1),
                    value=value,
                    label=month_label,
                    css=css,
                )
            )
        labels.append((round(x0 + bar_width, 1), month_label))
    return BarChart(
        width=width,
        height=height,
        bars=bars,
        labels=labels,
        max_value=max_value,
        baseline=top + plot_height,
    )
