"""The streamed XLSX (home/xlsx.py): the same cells as Wagtail's openpyxl workbook on hostile
text, and its first bytes leave before the rows are read."""

import datetime as dt
import decimal
import io
import zipfile
from types import SimpleNamespace

import openpyxl
import pytest
from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from home.spreadsheets import spreadsheet_cell
from home.xlsx import MAX_CELL_UNITS, column_letters, stream_xlsx, xlsx_streaming_response

HOSTILE_TEXTS = [
    "plain",
    "Нұрлан\x01\x0b\x1bСейітқали",  # control characters (older rows, past the forms)
    '=HYPERLINK("http://evil","click")',
    "+1+1",
    "-2",
    "@SUM(A1:A2)",
    "Айгерім \U0001f469\u200d\U0001f4bb ❤️",  # emoji ZWJ sequence
    "abc\u202edef\u2066ghi",  # bidi overrides and isolates
    "שלום مرحبا \u200f mixed",  # right-to-left text with its mark (allowed)
    "a < b & c > d \"quoted\" 'single'",
    "  leading and trailing spaces  ",
    "line one\nline two\r\nthree\ttab",
    "Қазақ " * 2000,  # long text (12,000 characters)
    "",
]


class Exporter(SpreadsheetExportMixin):
    """Wagtail's exporter with the project's cell rule, as the applications list uses it."""

    list_export = ["text", "count", "ratio", "money", "day", "moment", "flag", "missing"]
    export_headings = {field: field.title() for field in list_export}

    def preprocess_field_value(self, field, value, export_format):
        return spreadsheet_cell(super().preprocess_field_value(field, value, export_format))


def hostile_items() -> list[SimpleNamespace]:
    moment = timezone.make_aware(dt.datetime(2026, 3, 8, 14, 30, 5))
    return [
        SimpleNamespace(
            text=text,
            count=index * 1000,
            ratio=index / 7,
            money=decimal.Decimal("12.50"),
            day=dt.date(2016 + index % 10, 1 + index % 12, 1 + index),
            moment=moment + dt.timedelta(days=index),
            flag=index % 2 == 0,
            missing=None,
        )
        for index, text in enumerate(HOSTILE_TEXTS)
    ]


def cells(content: bytes) -> list[tuple]:
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return list(sheet.iter_rows(values_only=True))


def streamed(exporter, items) -> bytes:
    response = xlsx_streaming_response(exporter, items, "export")
    assert response.streaming
    return b"".join(response.streaming_content)


def test_the_streamed_file_holds_the_same_cells_as_openpyxls_workbook():
    exporter, items = Exporter(), hostile_items()
    old = io.BytesIO()
    exporter.write_xlsx(items, old)
    new_cells = cells(streamed(exporter, items))
    old_cells = cells(old.getvalue())
    assert len(new_cells) == len(HOSTILE_TEXTS) + 1
    # Floats: openpyxl writes 16 significant digits, this file the float's exact repr.
    assert [row[2] for row in new_cells[1:]] == pytest.approx([r[2] for r in old_cells[1:]])
    assert [row[:2] + row[3:] for row in new_cells] == [row[:2] + row[3:] for row in old_cells]
    texts = [row[0] for row in new_cells[1:]]
    assert texts[1] == "НұрланСейітқали"  # control characters dropped
    assert texts[2].startswith("'=HYPERLINK") and texts[3] == "'+1+1"  # formulas stay text
    assert texts[6] == HOSTILE_TEXTS[6]  # emoji intact
    assert texts[7] == "abcdefghi"  # direction overrides dropped
    assert texts[10] == HOSTILE_TEXTS[10] and texts[11] == HOSTILE_TEXTS[11]
    first = new_cells[1]
    assert first[1:4] == (0, 0.0, 12.5) and isinstance(first[1], int)  # numbers stay numbers
    assert isinstance(first[4], dt.date) and first[4] == dt.date(2016, 1, 1)  # dates stay dates
    assert first[5] == dt.datetime(2026, 3, 8, 9, 30, 5)  # in UTC, as Wagtail writes it


def test_the_file_is_a_valid_zip_with_the_excel_parts():
    content = streamed(Exporter(), hostile_items())
    archive = zipfile.ZipFile(io.BytesIO(content))
    assert archive.testzip() is None
    assert set(archive.namelist()) == {
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
    }


def test_text_longer_than_excel_takes_is_cut_to_its_limit():
    emoji = "\U0001f600"  # two UTF-16 units each, as Excel counts
    content = b"".join(stream_xlsx(["long"], [["x" * 40000], [emoji * 20000]]))
    rows = cells(content)
    assert len(rows[1][0]) == MAX_CELL_UNITS
    assert rows[2][0] == emoji * (MAX_CELL_UNITS // 2)


def test_columns_past_z_are_lettered_as_excel_does():
    assert [column_letters(i) for i in (0, 25, 26, 51, 52, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]
    row = list(range(30))
    assert cells(b"".join(stream_xlsx([f"h{i}" for i in row], [row])))[1] == tuple(row)


def test_the_first_bytes_leave_before_the_rows_are_read():
    """A generator that records how many rows were read when each chunk was handed on."""
    read = {"rows": 0}
    total = 20000

    def rows():
        for number in range(total):
            read["rows"] += 1
            yield [f"couple {number}", number, dt.date(2026, 1, 1)]

    read_at_chunk = []
    chunks = []
    for chunk in stream_xlsx(["Name", "Number", "Day"], rows()):
        read_at_chunk.append(read["rows"])
        chunks.append(chunk)
    assert read_at_chunk[0] == 0  # the fixed parts before any row
    assert chunks[0][:2] == b"PK"
    # The sheet goes out in many chunks while the rows are still being read.
    assert len(chunks) > 5
    assert read_at_chunk[1] < total / 4
    sheet = zipfile.ZipFile(io.BytesIO(b"".join(chunks))).read("xl/worksheets/sheet1.xml")
    assert sheet.count(b"<row ") == total + 1


def test_closing_the_stream_early_closes_the_rows():
    """The client went away: the server closes the response, and the rows stop being read."""
    state = {"read": 0, "closed": False}

    def rows():
        try:
            for number in range(100000):
                state["read"] += 1
                yield [f"row {number}" * 10]
        finally:
            state["closed"] = True

    stream = stream_xlsx(["Name"], rows())
    next(stream)
    next(stream)
    read_when_closed = state["read"]
    stream.close()
    assert state["closed"]
    assert state["read"] == read_when_closed < 100000


def test_numbers_that_are_not_finite_are_written_as_text():
    """`<v>NaN</v>` would make Excel refuse the file: such a value is written as its text."""
    rows = cells(
        b"".join(stream_xlsx(["n"], [[float("nan")], [decimal.Decimal("Infinity")], [2.5]]))
    )
    assert [row[0] for row in rows[1:]] == ["nan", "Infinity", 2.5]
