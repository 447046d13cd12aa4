"""Admin listing cells and rows rendered in Python.

Wagtail renders every table cell through a template: a 25-row page of six columns is 150 template
renders, a third of the time the 10,000-row applications list takes. These columns give the same
HTML as Wagtail's `cell.html` and `title_cell.html` (for a title that is a plain link) with one
`format_html` each, and `PlainRowsTable` joins the rows' cells without a template tag per cell;
tests/home/test_tables.py compares both renderings.
"""

from __future__ import annotations

from collections.abc import Callable

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from wagtail.admin.ui.tables import Column, Table, TitleColumn


def _text(column: Column, instance) -> object:
    value = column.get_value(instance)
    if value is None:
        return ""
    if not str(value).strip():
        return column.empty_value_display
    return value


class PlainColumn(Column):
    """A `Column` whose cell is text: `<td>value</td>`, escaped, without a template render."""

    def render_cell_html(self, instance, parent_context) -> str:
        if self.classname:
            return format_html('<td class="{}">{}</td>', self.classname, _text(self, instance))
        return format_html("<td>{}</td>", _text(self, instance))


class PlainTitleColumn(TitleColumn):
    """A `TitleColumn` whose title links to `url_for(instance)`, without a template render."""

    def __init__(self, name: str, *, url_for: Callable[[object], str], **kwargs) -> None:
        super().__init__(name, get_url=url_for, **kwargs)

    def render_cell_html(self, instance, parent_context) -> str:
        classname = f"{self.classname} title" if self.classname else "title"
        url = self.get_link_url(instance, parent_context)
        if not url:
            return format_html(
                '<td class="{}"><div class="title-wrapper">{}</div></td>',
                classname,
                _text(self, instance),
            )
        return format_html(
            '<td class="{}"><div class="title-wrapper"><a href="{}">{}</a></div></td>',
            classname,
            url,
            _text(self, instance),
        )


def _attrs_html(attrs: dict) -> str:
    """As wagtailadmin/shared/attrs.html: ` name="value"`, a bare name for True, none for False."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            parts.append(f" {conditional_escape(name)}")
        else:
            parts.append(f' {conditional_escape(name)}="{conditional_escape(str(value))}"')
    return "".join(parts)


class PlainRowsTable(Table):
    """Wagtail's `Table`, its body rows joined here: the same cells, each rendered by its column
    as `{% component cell %}` would, without a template tag per cell and per row."""

    template_name = "home/admin/plain_rows_table.html"

    def get_context_data(self, parent_context) -> dict:
        context = super().get_context_data(parent_context)
        context["body"] = self.body_html(context)
        return context

    def body_html(self, context) -> SafeString:
        columns = list(self.columns.values())
        rows = []
        for row in self.rows:
            row_context = {**context, "row": row}  # as the template's loop variable
            cells = "".join(
                str(column.render_cell_html(row.instance, row_context)) for column in columns
            )
            rows.append(f"<tr{_attrs_html(row.attrs)}>{cells}</tr>")
        return mark_safe("".join(rows))  # noqa: S308 - escaped cells and attributes, as above
