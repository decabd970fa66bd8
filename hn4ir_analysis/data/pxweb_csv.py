"""Read a PX-Web CSV table ("comma delimited with heading") into cells.

Notes
-----
PX-Web's CSV export of a table with places in rows and years in columns looks like::

    "Chỉ số phát triển … chia theo Tỉnh, thành phố và Năm"

    "Tỉnh, thành phố","2018","2019",…,"Ước tính 2025"
    "Hà Nội",107.37,107.62,…,108.16

Optional title lines come first; the header is the first record whose cells after the
first are all year labels (:func:`hn4ir_analysis.data.jsonstat.parse_year_label`), and
those must run in increasing order. The delimiter is a comma, semicolon or tab (the
site offers all three); with a semicolon or tab the decimal separator may be a comma.
``..``, ``...``, ``-`` and empty cells are "not published". Only tables with the place in
rows and no filter can be read this way (one value per place and year); the rest must be
imported as JSON-stat.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

from hn4ir_analysis.data.csvio import read_text
from hn4ir_analysis.data.jsonstat import check_years, parse_year_label
from hn4ir_analysis.errors import RawDataError

MISSING = {"", "..", "...", "-", "…"}


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def _number(raw: str, decimal_comma: bool, name: str, line: int, column: str):
    text = raw.strip().replace("\u00a0", "").replace(" ", "")
    if text in MISSING:
        return None
    if decimal_comma:
        text = text.replace(".", "").replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        raise RawDataError(name, line, column, f"{raw!r} is not a number") from None
    if not math.isfinite(value):
        raise RawDataError(name, line, column, f"{raw!r} is not a finite number")
    return value


def cells_pxweb_csv(path: Path, name: str, spec: dict):
    """Yield ``(line, {geo_dimension: place, time_dimension: label}, value)`` per cell.

    Raises
    ------
    RawDataError
        No header row of years, years out of order, a row of the wrong width, a cell that
        is not a number, or a table this layout cannot hold (file, line and column named).
    """
    geo_dim, time_dim = spec["geo_dimension"], spec["time_dimension"]
    if not geo_dim or spec.get("filter"):
        raise RawDataError(
            name, None, None,
            "a PX-Web CSV holds places in rows and years in columns only; this table needs "
            "a fixed place or a filter: import it as JSON-stat",
        )  # fmt: skip
    text = read_text(path, name)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = None
    seen: set[str] = set()
    for record in reader:
        line = reader.line_num
        if header is None:
            cells = [c.strip() for c in record]
            if len(cells) >= 2 and all(parse_year_label(c) for c in cells[1:]):
                header = cells
                check_years(time_dim, header[1:], name, line)
            elif len(cells) >= 2 and any(parse_year_label(c) for c in cells[1:]):
                bad = next(c for c in cells[1:] if not parse_year_label(c))
                raise RawDataError(name, line, time_dim, f"{bad!r} is not a year label")
            continue
        if not any(c.strip() for c in record):
            continue
        if len(record) != len(header):
            raise RawDataError(
                name, line, None, f"{len(record)} cells, but the header has {len(header)}"
            )
        place = record[0].strip()
        if place in seen:
            raise RawDataError(name, line, geo_dim, f"place {place!r} appears twice")
        seen.add(place)
        for label, raw in zip(header[1:], record[1:], strict=True):
            value = _number(raw, delimiter != ",", name, line, label)
            yield line, {geo_dim: place, time_dim: label}, value
    if header is None:
        raise RawDataError(
            name, None, None, "no header row of years found (is this a PX-Web CSV export?)"
        )
