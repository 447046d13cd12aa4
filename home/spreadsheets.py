"""Cells for CSV and XLSX exports that a spreadsheet will not run as formulas."""

from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> Any:
    """A value safe to put in a CSV or XLSX cell: text that a spreadsheet would run as a formula
    (`=HYPERLINK(...)`, `+1+1`, `@SUM(...)`) gets a leading apostrophe; numbers and dates pass.

    Every export of the project (applications, the registry report, the centres' figures) writes
    its cells through this one function.
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value
