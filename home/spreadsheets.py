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
