"""home/tables.py: Python-rendered cells give the same HTML as Wagtail's cell templates."""

import re
from types import SimpleNamespace

from wagtail.admin.ui.tables import Column, TitleColumn

from home.tables import PlainColumn, PlainTitleColumn

CONTEXT = {"row": None, "table": None, "request": None}


def _html(markup: str) -> str:
    """Markup without the whitespace templates leave between and inside tags."""
    markup = re.sub(r"\s+", " ", markup)
    return re.sub(r"\s*([<>])\s*", r"\1", markup).strip()


def test_a_text_cell_matches_wagtails_and_escapes_what_people_typed():
    row = SimpleNamespace(name='Ана <script>alert("x")</script> & Бек')
    ours = PlainColumn("name").render_cell_html(row, CONTEXT)
    assert _html(ours) == _html(Column("name").render_cell_html(row, CONTEXT))
    assert "<script>" not in ours and "&lt;script&gt;" in ours


def test_empty_and_classed_cells_match_wagtails():
    for value in ("", None, 0, "  "):
        row = SimpleNamespace(name=value)
        for classname in (None, "num"):
            ours = PlainColumn("name", classname=classname).render_cell_html(row, CONTEXT)
            theirs = Column("name", classname=classname).render_cell_html(row, CONTEXT)
            assert _html(ours) == _html(theirs), (value, classname)


def test_a_title_cell_matches_wagtails_with_and_without_a_link():
    row = SimpleNamespace(number="A-1/2026 <b>")
    for url in ("/admin/applications/edit/7/", None):
        ours = PlainTitleColumn("number", url_for=lambda obj, url=url: url)
        theirs = TitleColumn("number", get_url=lambda obj, url=url: url)
        assert _html(ours.render_cell_html(row, CONTEXT)) == _html(
            theirs.render_cell_html(row, CONTEXT)
        )
