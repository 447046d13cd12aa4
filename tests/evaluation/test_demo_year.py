"""The demo holds a year of evaluation data, and the dashboard and the open data show it, past
suppression, in Kazakh, Russian and English."""

import json

import pytest

from home import privacy
from tests.factories import make_user, set_admin_language

pytestmark = pytest.mark.django_db

TITLES = {"kk": "Министрліктің көрсеткіштер тақтасы", "ru": "Панель министерства", "en": "Ministry dashboard"}  # fmt: skip


def _shown(values) -> list[int]:
    return [v for v in values if privacy.is_shown(v)]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_dashboard_shows_the_demo_year(client, django_user_model, demo_content, language):
    analyst = make_user(django_user_model, f"demo-year-analyst-{language}", "Ministry analysts")
    set_admin_language(analyst, language)
    client.force_login(analyst)
    response = client.get("/admin/evaluation/")
    assert response.status_code == 200
    html = response.content.decode()
    assert TITLES[language] in html
    assert 'data-testid="suppressed"' not in html
    months = [row for row in response.context["monthly"] if _shown(row["values"])]
    assert len(months) >= 11  # a year of months with figures past suppression
    board = response.context["board"]
    assert len([row for row in board.gain if privacy.is_shown(row["people"])]) >= 6
    assert len([row for row in board.feedback if privacy.is_shown(row["people"])]) >= 6
    assert all(v >= privacy.THRESHOLD for row in board.monthly for v in _shown(row.values()))


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_open_data_publishes_the_demo_year(client, demo_content, language):
    rows = json.loads(client.get(f"/{language}/open-data/programme-figures.json").content)
    country = [row for row in rows if row["level"] == "country"]
    with_figures = {row["month"] for row in country if privacy.is_shown(row["assignments"])}
    assert len(with_figures) >= 11
    counts = ("applications", "assignments", "completed", "certificates_accepted")
    for row in rows:
        for name in counts:
            assert row[name] in privacy.MARKERS or row[name] >= privacy.THRESHOLD
    page = client.get(f"/{language}/open-data/")
    assert page.status_code == 200 and 'rel="license"' in page.content.decode()
