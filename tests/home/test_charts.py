"""The shared chart layouts (home.charts) the statistics page draws, and the monthly columns."""

import datetime as dt
from types import SimpleNamespace

import pytest

from home.charts import bar_chart, monthly_column_chart


def test_bars_are_scaled_to_the_largest_value_in_row_order():
    chart = bar_chart("Applied", [("Almaty", 50), ("Astana", 100), ("Taraz", 0)])
    assert [bar.label for bar in chart.bars] == ["Almaty", "Astana", "Taraz"]
    assert [bar.width for bar in chart.bars] == [165.0, 330.0, 0.0]
    assert [bar.y for bar in chart.bars] == [0, 28, 56]
    assert chart.bars[1].value_x == 170 + 330 + 6
    assert chart.height == 3 * 28


def test_an_empty_bar_chart_keeps_one_row_of_height():
    chart = bar_chart("Nothing", [])
    assert chart.bars == [] and chart.height == 28


def test_monthly_columns_scale_bars_to_the_tallest():
    months = [
        SimpleNamespace(month=dt.date(2026, m, 1), assigned=a, completed=c)
        for m, a, c in ((9, 4, 2), (10, 8, 8), (11, 0, 0))
    ]
    chart = monthly_column_chart(months)
    heights = [bar.height for bar in chart.bars]
    assert max(heights) == heights[2] == heights[3]
    assert heights[0] == pytest.approx(heights[2] / 2)
    assert heights[4] == heights[5] == 0
    assert [bar.css for bar in chart.bars[:2]] == ["chart-bar--assigned", "chart-bar--completed"]
    assert len(chart.labels) == 3 and chart.baseline == 160 - 28
