"""An XLSX file written while its rows are read, for exports of a decade of rows.

An XLSX is a zip of a few XML parts. openpyxl (Wagtail's export) writes the zip only when the
workbook is saved, so the first byte of a big export waited for the last row. Here the small
fixed parts go out first and the sheet is compressed row by row into a zip written for a stream
that cannot seek (each member followed by a data descriptor), so a worker sends the first bytes
at once and holds one compressed chunk, not the file.

The cells are what openpyxl's write-only workbook wrote (Wagtail's `write_xlsx`): inline strings,
numbers as numbers, dates and date-times as ISO dates (`t="d"`) with a date format; every text
cell goes through `spreadsheet_cell` (control characters dropped, formulas kept as text).
"""

from __future__ import annotations

import datetime
import decimal
import math
import re
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any
from xml.sax.saxutils import escape

from django.http import StreamingHttpResponse
from django.utils import translation
from django.utils.http import content_disposition_header
from wagtail.admin.views.mixins import ExcelDateFormatter

from .spreadsheets import spreadsheet_cell

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Excel refuses (repairs away) a cell longer than this many UTF-16 units.
MAX_CELL_UNITS = 32767
# Compressed bytes gathered before a chunk is handed to the server.
CHUNK_BYTES = 64 * 1024
# Characters XML 1.0 cannot carry at all (spreadsheet_cell drops the other control characters).
XML_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
XML_ENTITIES = {"\r": "&#13;"}  # kept, as openpyxl keeps it (a parser would make it a \n)
ZIP_DATE = (2000, 1, 1, 0, 0, 0)

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

STYLE_DATE, STYLE_DATETIME, STYLE_TIME = 1, 2, 3


def _content_types() -> str:
    doc = "application/vnd.openxmlformats-officedocument"
    return (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{doc}.spreadsheetml.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{doc}.spreadsheetml.worksheet+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{doc}.spreadsheetml.styles+xml"/>'
        "</Types>"
    )


def _package_rels() -> str:
    return (
        f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" '
        f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )


def _workbook(sheet_title: str) -> str:
    return (
        f'{XML_HEAD}<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>'
        f'<sheet name="{escape(sheet_title, {chr(34): "&quot;"})}" sheetId="1" r:id="rId1"/>'
        "</sheets></workbook>"
    )


def _workbook_rels() -> str:
    return (
        f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL_NS}/styles" Target="styles.xml"/>'
        "</Relationships>"
    )


def _styles(datetime_format: str) -> str:
    formats = [("yyyy-mm-dd", 164), (datetime_format, 165), ("hh:mm:ss", 166)]
    num_fmts = "".join(
        f'<numFmt numFmtId="{number}" formatCode="{escape(code, {chr(34): "&quot;"})}"/>'
        for code, number in formats
    )
    xf = '<xf numFmtId="{}" fontId="0" fillId="0" borderId="0" xfId="0"{}/>'
    cell_xfs = xf.format(0, "") + "".join(
        xf.format(number, ' applyNumberFormat="1"') for _code, number in formats
    )
    return (
        f'{XML_HEAD}<styleSheet xmlns="{MAIN_NS}">'
        f'<numFmts count="{len(formats)}">{num_fmts}</numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{len(formats) + 1}">{cell_xfs}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


def column_letters(index: int) -> str:
    """A, B, …, Z, AA, … for the 0-based column index."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _text(value: str) -> str:
    value = XML_REFUSED.sub("", spreadsheet_cell(value))
    if len(value) * 2 > MAX_CELL_UNITS and len(value.encode("utf-16-le")) // 2 > MAX_CELL_UNITS:
        units = value.encode("utf-16-le")[: MAX_CELL_UNITS * 2]
        value = units.decode("utf-16-le", errors="ignore")
    return escape(value, XML_ENTITIES)


def cell_xml(ref: str, value: Any) -> str:
    """One `<c>` element (nothing for an empty cell)."""
    kind = type(value)
    if kind is int:  # most cells of a report: the fast way first
        return f'<c r="{ref}" t="n"><v>{value}</v></c>'
    if kind is str and value:
        return _text_cell(ref, value)
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int) or (
        isinstance(value, float | decimal.Decimal) and math.isfinite(value)
    ):
        return f'<c r="{ref}" t="n"><v>{value}</v></c>'
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.UTC).replace(tzinfo=None)
        return f'<c r="{ref}" s="{STYLE_DATETIME}" t="d"><v>{value.isoformat()}</v></c>'
    if isinstance(value, datetime.date):
        return f'<c r="{ref}" s="{STYLE_DATE}" t="d"><v>{value.isoformat()}</v></c>'
    if isinstance(value, datetime.time):
        return f'<c r="{ref}" s="{STYLE_TIME}" t="d"><v>{value.isoformat()}</v></c>'
    return _text_cell(ref, str(value))


def _text_cell(ref: str, value: str) -> str:
    text = _text(value)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{ref}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


class _Sink:
    """Where the zip writes: it has no tell(), so zipfile writes for a stream (data
    descriptors), and what was written is taken out chunk by chunk."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self.parts)
        self.parts.clear()
        return data


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def stream_xlsx(
    headings: Iterable[Any],
    rows: Iterable[Iterable[Any]],
    *,
    sheet_title: str = "Sheet1",
    datetime_format: str = "yyyy-mm-dd hh:mm",
) -> Iterator[bytes]:
    """The XLSX file's bytes, chunk by chunk: the fixed parts before the first row is read, then
    the sheet as its rows are compressed. Closing the generator early (the client went away)
    closes the rows' iterator, so a server-side cursor behind it is released at once."""
    row_iter = iter(rows)
    sink = _Sink()
    try:
        with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(_member("[Content_Types].xml"), _content_types())
            archive.writestr(_member("_rels/.rels"), _package_rels())
            archive.writestr(_member("xl/workbook.xml"), _workbook(sheet_title))
            archive.writestr(_member("xl/_rels/workbook.xml.rels"), _workbook_rels())
            archive.writestr(_member("xl/styles.xml"), _styles(datetime_format))
            yield sink.take()
            # Without zip64 a sheet may hold 2 GiB of XML (some five million rows of the
            # applications list; a decade of the country is 1.3 million).
            with archive.open(_member("xl/worksheets/sheet1.xml"), "w") as sheet:
                yield from _write_sheet(sheet, sink, headings, row_iter)
        yield sink.take()
    finally:
        close = getattr(row_iter, "close", None)
        if close is not None:
            close()


def _write_sheet(sheet, sink: _Sink, headings, row_iter) -> Iterator[bytes]:
    letters: list[str] = []

    def row_xml(number: int, values: Iterable[Any]) -> str:
        cells = []
        for index, value in enumerate(values):
            if index == len(letters):
                letters.append(column_letters(index))
            cells.append(cell_xml(f"{letters[index]}{number}", value))
        return f'<row r="{number}">{"".join(cells)}</row>'

    pending = [f'{XML_HEAD}<worksheet xmlns="{MAIN_NS}"><sheetData>', row_xml(1, headings)]
    size = 0
    for number, values in enumerate(row_iter, start=2):
        piece = row_xml(number, values)
        pending.append(piece)
        size += len(piece)
        if size >= CHUNK_BYTES:
            sheet.write("".join(pending).encode())
            pending.clear()
            size = 0
            chunk = sink.take()
            if chunk:
                yield chunk
    pending.append("</sheetData></worksheet>")
    sheet.write("".join(pending).encode())


def xlsx_streaming_response(exporter, rows: Iterable[Any], filename: str) -> StreamingHttpResponse:
    """A Wagtail spreadsheet exporter's rows (`to_row_dict`, `preprocess_field_value`, the
    headings) as an XLSX streamed to the client: the same cells as its `write_xlsx`, the first
    bytes before the first row is read, one chunk of rows in the worker at a time."""
    headings = [exporter.get_heading(rows, field) for field in exporter.list_export]
    language = translation.get_language()

    def values() -> Iterator[list[Any]]:
        items = iter(rows)
        try:
            with translation.override(language):
                for item in items:
                    row = exporter.to_row_dict(item)
                    yield [
                        exporter.preprocess_field_value(field, value, exporter.FORMAT_XLSX)
                        for field, value in row.items()
                    ]
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    response = StreamingHttpResponse(
        stream_xlsx(headings, values(), datetime_format=ExcelDateFormatter().get()),
        content_type=CONTENT_TYPE,
    )
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.xlsx")
    return response
