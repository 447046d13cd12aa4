"""home/tables.py: Python-rendered cells give the same HTML as Wagtail's cell templates."""

import re
from types import SimpleNamespace

from wagtail.admin.ui.tables import Column, Table, TitleColumn

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


def test_a_plain_rows_table_renders_what_wagtails_table_renders():
    from django.template import Context

    from home.tables import PlainRowsTable

    class Rows(PlainRowsTable):
        def get_row_attrs(self, instance):
            return {
                "class": "odd" if instance.pk % 2 else "",
                "data-ok": True,
                "hidden": False,
                "data-name": instance.name,
            }

    class Theirs(Rows):
        template_name = Table.template_name

    rows = [SimpleNamespace(pk=1, name='<i>Ана</i> & "Бек"'), SimpleNamespace(pk=2, name="")]
    columns = [
        PlainTitleColumn("name", url_for=lambda obj: f"/edit/{obj.pk}/"),
        PlainColumn("pk", classname="num"),
        Column("name"),  # a template-rendered column renders the same way in both
    ]
    context = Context({"request": None})
    ours = Rows(columns, rows).render_html(context)
    theirs = Theirs(columns, rows).render_html(context)
    assert _html(ours) == _html(theirs)
    assert ours.count("<tr") == 3 and "&lt;i&gt;Ана" in ours and "<i>" not in ours
