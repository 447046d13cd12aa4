"""The public statistics publish no count below 10, and none can be worked out: not from one
table with its totals, nor from the CSV beside the page, nor from ALL the views together (every
year and city, and all of them: "all years" minus the years shown gives nothing back)."""

import csv
import datetime as dt
import io
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from home import privacy
from resource_centers import published
from resource_centers.models import MonthlyReport, ReferralSource, RequestTally
from tests.home.test_privacy import assert_safe

from .conftest import make_centre

small_count = st.one_of(st.integers(0, 12), st.integers(0, 40))
MONTHS = [dt.date(2019, 11, 1), dt.date(2019, 12, 1), dt.date(2020, 1, 1), dt.date(2020, 2, 1)]


def _every_view(counts: dict, views, keys_of, view_marks, decided):
    """Every figure of every view as (cells, true value, (view, key)), and what each shows."""
    figures, shown = [], {}
    for year, city in views:
        members: dict = {}
        for cell in counts:
            if (year and _year(cell) != year) or (city and _city(cell) != city):
                continue
            for key, _figure in keys_of(cell, year, city):
                members.setdefault(key, set()).add(cell)
        marks = view_marks(decided, counts, year, city)
        assert set(marks) == set(members)
        for key, cells in members.items():
            figures.append((frozenset(cells), sum(counts[c] for c in cells), (year, city, key)))
            shown[(year, city, key)] = marks[key]
    return figures, shown


def _year(cell):
    return cell[1].year if isinstance(cell[0], tuple) else cell[0].year


def _city(cell):
    return cell[0][2] if isinstance(cell[0], tuple) else cell[1]


def _views(counts: dict) -> list:
    years = sorted({_year(c) for c in counts})
    cities = sorted({_city(c) for c in counts})
    return [(y, c) for y in [None, *years] for c in ["", *cities]]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, 4), st.sampled_from(MONTHS), small_count),
        min_size=1,
        max_size=12,
        unique_by=lambda t: (t[0], t[1]),
    )
)
def test_no_small_count_can_be_derived_from_all_the_views_of_the_centres_figures(reports):
    """Centres' months as the CSV has them, with the by-month, by-city and by-centre tables and
    the total, under every year and city filter and none: all published together, no hidden
    figure of any view is a sum and difference of published ones."""
    counts = {
        ((centre, f"key-{centre}", f"city-{centre % 2}"), month): value
        for centre, month, value in reports
    }
    decided = published.decide_reports(counts)
    figures, shown = _every_view(
        counts, _views(counts), published.report_keys, published.view_marks, decided
    )
    assert_safe(figures, list(counts), shown)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.tuples(
            st.sampled_from(MONTHS),
            st.sampled_from(["taraz", "oral"]),
            st.sampled_from(list(ReferralSource.values)[:3]),
            st.sampled_from([None, 1, 2]),
        ),
        small_count,
        min_size=1,
        max_size=10,
    )
)
def test_no_small_count_can_be_derived_from_all_the_views_of_the_request_tables(counts):
    """Requests by month and source, by source, by referring office, and the totals, under
    every year and city filter and none, all published together."""
    decided = published.decide_requests(counts)
    figures, shown = _every_view(
        counts, _views(counts), published.request_keys, published.request_view_marks, decided
    )
    assert_safe(figures, list(counts), shown)


def test_all_years_minus_the_years_shown_does_not_give_a_hidden_year_back():
    """The differencing the brief names: a centre's 2019 (4 people) is hidden in its year's view;
    all years for the centre minus the shown 2020 must not be there to subtract."""
    counts = {
        ((1, "a", "taraz"), dt.date(2019, 12, 1)): 4,
        ((1, "a", "taraz"), dt.date(2020, 1, 1)): 30,
        ((2, "b", "taraz"), dt.date(2019, 12, 1)): 40,
        ((2, "b", "taraz"), dt.date(2020, 1, 1)): 50,
    }
    decided = published.decide_reports(counts)
    every_year = published.view_marks(decided, counts, None, "")
    year_2020 = published.view_marks(decided, counts, 2020, "")
    year_2019 = published.view_marks(decided, counts, 2019, "")
    assert year_2019[("centre", "a")] == privacy.SMALL
    assert not (
        privacy.is_shown(every_year[("centre", "a")])
        and privacy.is_shown(year_2020[("centre", "a")])
    )
    figures, shown = _every_view(
        counts, _views(counts), published.report_keys, published.view_marks, decided
    )
    assert_safe(figures, list(counts), shown)
    assert every_year[("total",)] == 124  # the widest total stays


def _report(centre, month, applied):
    MonthlyReport.objects.create(
        centre=centre,
        month=month,
        applied=applied,
        about_divorce=applied,
        reconciled=0,
        with_children=applied,
        raised_residence=0,
        youngest_age=19,
        oldest_age=71,
    )


def _numbers(html: str) -> list[int]:
    tables = re.findall(r"<table.*?</table>", html, flags=re.S)
    return [int(n) for t in tables for n in re.findall(r"<td[^>]*>\s*(\d+)\s*</td>", t)]


@pytest.mark.django_db
def test_the_page_and_csv_show_small_counts_as_markers(client, centre_site):
    centres = centre_site["centres"]
    _report(centres["a"], dt.date(2019, 6, 1), 30)
    _report(centres["a"], dt.date(2019, 7, 1), 4)  # four people: never published
    _report(centres["b"], dt.date(2019, 6, 1), 25)
    for language, note in (("en", "shown as &lt;10"), ("ru", "&lt;10"), ("kk", "&lt;10")):
        html = client.get(f"/{language}/statistics/", {"year": 2019}).content.decode()
        assert "&lt;10" in html and note in html
        numbers = _numbers(html)
        assert numbers and all(n >= 10 for n in numbers)
    # 59 in all is published; 30 (the other month of "a") is not, or 59 - 30 - 25 = 4 is known.
    html = client.get("/en/statistics/", {"year": 2019}).content.decode()
    assert re.search(r'data-figure="applied">59<', html)
    rows = list(
        csv.reader(io.StringIO(client.get("/en/statistics/csv/").content.decode("utf-8-sig")))
    )
    applied = {(r[0], r[2]): r[3] for r in rows[1:]}
    assert privacy.SMALL in applied.values()
    for row in rows[1:]:
        for value in row[3:8]:
            assert value in privacy.MARKERS or int(value) >= 10
        if row[3] in privacy.MARKERS:
            assert row[8] == row[9] == ""  # no one person's age beside a hidden count


@pytest.mark.django_db
def test_the_request_counts_are_suppressed_on_the_public_page(client, centre_site):
    centre = make_centre(centre_site["directory"], "quiet", "taraz")
    RequestTally.objects.create(
        month=dt.date(2019, 6, 1), centre=centre, source=ReferralSource.values[0], count=3
    )
    html = client.get("/en/statistics/").content.decode()
    section = html.split('data-testid="request-counts"', 1)[1]
    assert "Requests in all: &lt;10." in section
    assert not [n for n in _numbers(section) if n < 10]
