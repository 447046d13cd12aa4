"""The public statistics publish no count below 10, and none can be worked out: not from one
table with its totals, nor from the CSV beside the page (one year and city's view)."""

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
MONTHS = [dt.date(2019, 11, 1), dt.date(2019, 12, 1), dt.date(2020, 1, 1)]


def _figures(counts: dict, keys_of) -> list[tuple[frozenset, int, object]]:
    members: dict = {}
    for cell in counts:
        for key in keys_of(cell):
            members.setdefault(key, set()).add(cell)
    return [(frozenset(c), sum(counts[x] for x in c), key) for key, c in members.items()]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, 4), st.sampled_from(MONTHS), small_count),
        min_size=1,
        max_size=9,
        unique_by=lambda t: (t[0], t[1]),
    )
)
def test_no_small_count_can_be_derived_from_the_centres_figures_under_any_filter(reports):
    """Centres' months as the CSV has them, with the by-month, by-city and by-centre tables and
    the total, as one view of the page publishes them together."""
    counts = {
        (centre, f"key-{centre}", f"city-{centre % 2}", month): value
        for centre, month, value in reports
    }
    result = privacy.suppress_groups(counts, published.report_keys)
    assert_safe(_figures(counts, published.report_keys), list(counts), result)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.tuples(
            st.sampled_from(MONTHS),
            st.sampled_from(list(ReferralSource.values)[:3]),
            st.sampled_from([None, 1, 2]),
        ),
        small_count,
        min_size=1,
        max_size=8,
    )
)
def test_no_small_count_can_be_derived_from_the_request_tables(counts):
    """Requests by month and source, by source, by referring office, and the totals."""
    result = privacy.suppress_groups(counts, published.request_keys)
    assert_safe(_figures(counts, published.request_keys), list(counts), result)


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
