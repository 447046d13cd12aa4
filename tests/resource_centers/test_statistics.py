"""The public figures: the 2019 totals of the source, SVG charts, an accessible table, CSV."""

import csv
import datetime as dt
import io
import re

import pytest

from resource_centers.models import MonthlyReport

from .conftest import make_centre

pytestmark = pytest.mark.django_db


def figures(html: str) -> dict[str, str]:
    return {
        key: re.sub(r"[\s,]", "", value)  # thousands separators differ by language
        for key, value in re.findall(r'data-figure="(\w+)">([^<]+)<', html)
    }


@pytest.fixture
def demo(demo_content):
    """The demo, loaded once for the tests that only read it (tests/shared_data.py)."""


def test_statistics_page_shows_the_2019_totals_of_the_source(client, demo):
    """2019 is the source's year; the demo also holds the last twelve months' reports
    (evaluation/demo.py), which the page without a year adds up too."""
    for language in ("kk", "ru", "en"):
        every_year = figures(client.get(f"/{language}/statistics/").content.decode())
        assert int(every_year["applied"]) > 2566
        response = client.get(f"/{language}/statistics/", {"year": 2019})
        assert response.status_code == 200
        assert figures(response.content.decode()) == {
            "applied": "2566",
            "about_divorce": "2423",
            "reconciled": "871",
            "with_children": "1898",
            "raised_residence": "1270",
            "ages": "20–77",
        }


def test_demo_figures_cover_june_to_november_2019_in_8_cities(demo):
    from resource_centers.models import ResourceCentrePage

    months = set(MonthlyReport.objects.filter(month__year=2019).values_list("month", flat=True))
    assert months == {dt.date(2019, m, 1) for m in range(6, 12)}
    cities = set(MonthlyReport.objects.values_list("centre__city", flat=True))
    assert cities == {
        "astana", "almaty", "karaganda", "atyrau", "oskemen", "taraz", "kokshetau", "kostanay"
    }  # fmt: skip
    kk = ResourceCentrePage.objects.filter(locale__language_code="kk")
    assert kk.filter(kind="centre").count() == 12
    assert kk.filter(kind="cabinet").count() == 4
    for report in MonthlyReport.objects.all():
        report.full_clean()  # every demo report obeys the rules editors are held to


def test_charts_are_inline_svg_and_the_table_is_accessible(client, demo):
    html = client.get("/ru/statistics/").content.decode()
    assert html.count('<svg role="img"') == 2
    assert '<title id="chart-month-title">Обратившиеся по месяцам</title>' in html
    assert '<caption id="by-month-caption">По месяцам</caption>' in html
    assert '<caption id="by-city-caption">По городам</caption>' in html
    assert '<th scope="col">По вопросу развода</th>' in html
    assert '<th scope="row">Алматы</th>' in html
    assert "<script" not in html.split("<main", 1)[1]


def test_filter_by_city_and_year(client, demo):
    almaty = figures(
        client.get("/en/statistics/", {"city": "almaty", "year": 2019}).content.decode()
    )
    total = sum(
        MonthlyReport.objects.filter(centre__city="almaty", month__year=2019).values_list(
            "applied", flat=True
        )
    )
    assert almaty["applied"] == f"{total:,}".replace(",", "")
    empty = client.get("/en/statistics/", {"year": 2020}).content.decode()
    assert "No figures have been published for this choice yet." in empty


def test_csv_download_matches_the_page(client, demo):
    response = client.get("/ru/statistics/csv/", {"year": 2019})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Месяц", "Город", "Центр", "Обратились"]
    assert len(rows) == 1 + 16 * 6
    # Every count as the page's privacy rules publish it: 10 or more, or "<10" / "x".
    counts = [value for r in rows[1:] for value in r[3:8]]
    assert all(v in ("<10", "x") or int(v) >= 10 for v in counts)
    shown = [int(r[3]) for r in rows[1:] if r[3] not in ("<10", "x")]
    assert shown and sum(shown) <= 2566


def _report(centre, month, applied=10):
    MonthlyReport.objects.create(
        centre=centre,
        month=month,
        applied=applied,
        about_divorce=applied - 1,
        reconciled=2,
        with_children=5,
        raised_residence=3,
        youngest_age=25,
        oldest_age=50,
    )


def test_statistics_query_count_does_not_grow(client, centre_site, django_assert_max_num_queries):
    for centre in centre_site["centres"].values():
        _report(centre, dt.date(2019, 6, 1))
    with django_assert_max_num_queries(40) as few:
        client.get("/ru/statistics/")
    with django_assert_max_num_queries(20) as few_csv:
        client.get("/ru/statistics/csv/")
    for i in range(10):
        centre = make_centre(centre_site["directory"], f"many-{i}", "taraz")
        for month in range(1, 12):
            _report(centre, dt.date(2019, month, 1))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/ru/statistics/")
    assert figures(response.content.decode())["applied"] == str(10 * 3 + 10 * 11 * 10)
    with django_assert_max_num_queries(len(few_csv.captured_queries)):
        client.get("/ru/statistics/csv/")


def test_cached_figures_follow_a_new_report(client, centre_site, django_assert_max_num_queries):
    _report(centre_site["centres"]["a"], dt.date(2019, 6, 1), applied=10)
    assert figures(client.get("/en/statistics/").content.decode())["applied"] == "10"
    with django_assert_max_num_queries(15):  # served from the cache: no aggregation queries
        client.get("/en/statistics/")
    _report(centre_site["centres"]["b"], dt.date(2019, 6, 1), applied=7)
    assert figures(client.get("/en/statistics/").content.decode())["applied"] == "17"
    MonthlyReport.objects.filter(applied=7).delete()
    assert figures(client.get("/en/statistics/").content.decode())["applied"] == "10"


@pytest.mark.parametrize("year", ["10000", "-1", "abc", "2018", "99999999999999999999"])
def test_an_impossible_year_shows_every_year_instead_of_an_error(client, centre_site, year):
    _report(centre_site["centres"]["a"], dt.date(2019, 6, 1), applied=10)
    page = client.get("/en/statistics/", {"year": year})
    assert page.status_code == 200
    assert figures(page.content.decode())["applied"] == "10"
    assert client.get("/en/statistics/csv/", {"year": year}).status_code == 200


def test_the_csv_neutralises_formulas_in_centre_names(client, centre_site):
    from home.spreadsheets import spreadsheet_cell

    centre = make_centre(centre_site["directory"], "formula", "taraz", title='=HYPERLINK("x")')
    _report(centre, dt.date(2019, 6, 1))
    response = client.get("/kk/statistics/csv/", {"year": 2019})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert ['\'=HYPERLINK("x")'] == [r[2] for r in rows[1:] if "HYPERLINK" in r[2]]
    for risky in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert spreadsheet_cell(risky) == "'" + risky
    assert spreadsheet_cell("Айгерім") == "Айгерім" and spreadsheet_cell(-1) == -1
