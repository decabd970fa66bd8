"""Plausibility ranges for raw values, kept as data in ``reference/plausibility.csv``.

A value can be well formed, finite and in the right unit and still be impossible: a
share of 140 %, a growth rate of 300 %, a count below zero, a year 2205. The ranges are
rows of ``hn4ir_analysis/data/reference/plausibility.csv`` (``scope,code,low,high,why``),
so widening one is a reviewed edit of a small table, not of code.

Notes
-----
Method: every row whose scope matches applies, and a value must lie within all of them
(bounds inclusive; an empty bound is open). ``scope`` is ``unit`` (``code`` is a unit
code), ``indicator`` (``code`` is an indicator name or a shell pattern such as
``*_growth``) or ``year`` (``code`` ``*``: every year a row refers to). The checks run
in :mod:`hn4ir_analysis.data.raw` (curated tables) and :mod:`hn4ir_analysis.data.gso`
(GSO cells, after their transform); the error names the file, row and column of the value
and the range row it breaks. How to read a refusal: either the value is wrong (fix it with
a documented correction) or the range is (edit the reference row and say why).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fnmatch import fnmatchcase

from hn4ir_analysis import config
from hn4ir_analysis.data.csvio import LINE, read_csv_records
from hn4ir_analysis.errors import RawDataError

FILE_NAME = "plausibility.csv"
COLUMNS = ["scope", "code", "low", "high", "why"]
SCOPES = {"unit", "indicator", "year"}


@dataclass(frozen=True)
class Range:
    """One row of ``plausibility.csv``."""

    scope: str
    code: str
    low: float
    high: float
    why: str
    line: int

    def shown(self) -> str:
        low = "" if self.low == -math.inf else f"{self.low:g}"
        high = "" if self.high == math.inf else f"{self.high:g}"
        return f"{low}…{high} ({self.why}; reference/{FILE_NAME} row {self.line})"


def _bound(rec: dict, column: str, default: float) -> float:
    text = rec[column].strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise RawDataError(FILE_NAME, rec[LINE], column, f"{text!r} is not a finite number")
    return value


def load_ranges() -> list[Range]:
    """The ranges, read afresh (a few rows; the cache key hashes this file too)."""
    path = config.REFERENCE_DIR / FILE_NAME
    ranges = []
    for rec in read_csv_records(path, FILE_NAME, COLUMNS):
        if rec["scope"] not in SCOPES:
            raise RawDataError(FILE_NAME, rec[LINE], "scope", f"unknown scope {rec['scope']!r}")
        low, high = _bound(rec, "low", -math.inf), _bound(rec, "high", math.inf)
        ranges.append(Range(rec["scope"], rec["code"], low, high, rec["why"], rec[LINE]))
    return ranges


def applicable(ranges: list[Range], *, unit: str = "", indicator: str = "") -> list[Range]:
    """The rows of ``ranges`` that bound values of ``unit`` / ``indicator``, in order.

    ``violation(applicable(ranges, ...), value, ...)`` is ``violation(ranges, value, ...)``:
    a table of many values of one unit and indicator matches the rows once.
    """
    return [r for r in ranges if (r.scope == "unit" and r.code == unit)
            or (r.scope == "indicator" and indicator and fnmatchcase(indicator, r.code))]  # fmt: skip


def violation(ranges: list[Range], value: float, *, unit: str = "", indicator: str = "") -> str | None:
    """Why ``value`` (of ``unit`` / ``indicator``) is implausible, or ``None``."""
    for r in applicable(ranges, unit=unit, indicator=indicator):
        if not r.low <= value <= r.high:
            what = f"unit {unit!r}" if r.scope == "unit" else f"indicator {indicator!r}"
            return f"{value:g} is outside the plausible range for {what}: {r.shown()}"
    return None


def year_violation(ranges: list[Range], year: int) -> str | None:
    """Why ``year`` is implausible, or ``None``."""
    for r in ranges:
        if r.scope == "year" and not r.low <= year <= r.high:
            return f"year {year} is outside the plausible range {r.shown()}"
    return None
