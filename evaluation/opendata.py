"""The open data's files: CSV, JSON and the Frictionless Data package descriptor that names them."""

from __future__ import annotations

import csv
import io
import json

from django.utils import translation

from home import privacy

from .published import COLUMNS

LICENCE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0",
}
CSV_NAME = "programme-figures.csv"
JSON_NAME = "programme-figures.json"


def as_csv(rows: list[dict]) -> str:
    """Plain UTF-8 CSV with a header row; a suppressed count is written as its marker."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[c.name for c in COLUMNS], lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()


def as_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1)


def schema() -> dict:
    """The Table Schema of both files, its titles and descriptions in English (the page at
    /<lang>/open-data/ explains the columns in kk, ru and en)."""
    with translation.override("en"):
        fields = [
            {
                "name": column.name,
                "type": column.kind,
                "title": str(column.title),
                "description": str(column.description),
                **({"constraints": {"minimum": 0}} if column.kind in ("integer", "number") else {}),
            }
            for column in COLUMNS
        ]
    return {
        "fields": fields,
        # A count below 10 people is "<10"; one hidden so that it cannot be worked out from the
        # totals is "x" (home/privacy.py).
        "missingValues": ["", *privacy.MARKERS],
    }


def datapackage(base_url: str) -> dict:
    """`base_url`: where the files are, ending in a slash (absolute, so a copy still works)."""
    resources = []
    for name, fmt, media in (
        (CSV_NAME, "csv", "text/csv"),
        (JSON_NAME, "json", "application/json"),
    ):
        resources.append(
            {
                "name": name.replace(".", "-"),
                "path": base_url + name,
                "format": fmt,
                "mediatype": media,
                "encoding": "utf-8",
                "profile": "tabular-data-resource",
                "schema": schema(),
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": "otbasy-academy-programme-figures",
        "title": "Otbasy Academy: monthly figures of the family-life education programme",
        "description": (
            "Marriage applications, courses assigned and completed, certificates accepted and "
            "consultation requests referred, per registry office, region and month. Counts below "
            "10 people are shown as <10, and counts that would let one be worked out as x."
        ),
        "licenses": [LICENCE],
        "resources": resources,
    }
