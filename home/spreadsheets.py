"""Cells for CSV and XLSX exports that a spreadsheet will not run as formulas and that no saved
text can break."""

from typing import Any

from .text import strip_control_characters

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """A value safe to put in a CSV or XLSX cell: control characters and direction overrides
    that older rows may hold are dropped (openpyxl refuses `\\x01` in a cell, which would make
    the whole export fail), and text that a spreadsheet would run as a formula
    (`=HYPERLINK(...)`, `+1+1`, `@SUM(...)`) gets a leading apostrophe; numbers and dates pass.

    Every export of the project (applications, the registry report, the centres' figures) writes
    its cells through this one function.
    """
    if not isinstance(value, str):
        return value
    value = strip_control_characters(value)
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class StreamedRows:
    """A queryset read in chunks (a server-side cursor on PostgreSQL, prefetches per chunk) for
    an export of a whole office: the worker holds one chunk, not a decade of rows. Wagtail's
    export reads `.model` for the headings and iterates the rows once."""

    CHUNK = 2000

    def __init__(self, queryset) -> None:
        self.queryset = queryset
        self.model = queryset.model

    def __iter__(self):
        # Closed with the export (the client went away): the cursor is closed at once, not
        # whenever the garbage collector gets to it.
        rows = self.queryset.iterator(chunk_size=self.CHUNK)
        try:
            yield from rows
        finally:
            rows.close()
