"""Cell checks of the curated tables: the closed vocabularies, the formats, and
:class:`Checker`, which validates one record at a time and raises with file, line and column.

Notes
-----
The rules are those of the data package's README (§2-§3), plus ours: quantities that
cannot be negative must not be, values must be finite, a figure must agree with its own
``as_published`` text (documented exceptions in ``reference/as_published_exceptions.csv``),
and plausibility ranges (``reference/plausibility.csv``). :mod:`hn4ir_analysis.data.raw`
applies them table by table.
"""

from __future__ import annotations

import math
import re
from datetime import date

from hn4ir_analysis import config
from hn4ir_analysis.data import plausibility
from hn4ir_analysis.data.csvio import LINE, read_csv_records
from hn4ir_analysis.data.numbers import READS_AS, UNIT_SCALE
from hn4ir_analysis.errors import RawDataError

UNITS = set(UNIT_SCALE) | {"none", "date"}
NON_NEGATIVE_UNITS = UNITS - {"pct", "none", "date"}
VINTAGES = ["early_estimate", "estimate", "preliminary", "official", "revised", "projection"]
BASES = ["current", "unknown", "old_basis"]
AUTHORITIES = ["high", "medium", "low"]
DIRECTIONS = {"increase_good", "decrease_good", "none"}
COMPARISONS = {"ge", "gt", "le", "lt", "between", "approx", "qualitative"}

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{4}))?$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*$")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$")


def as_published_exceptions() -> dict[str, str]:
    """``{obs_id: reads_as}``: rows whose printed figure documentedly differs from ``value``.

    From ``hn4ir_analysis/data/reference/as_published_exceptions.csv`` (each row with the
    reason); ``tests/test_numbers.py`` keeps the same list.
    """
    name = "as_published_exceptions.csv"
    out = {}
    for rec in read_csv_records(config.REFERENCE_DIR / name, name, ["obs_id", "reads_as", "why"]):
        if rec["reads_as"] not in READS_AS:
            raise RawDataError(name, rec[LINE], "reads_as", f"unknown relation {rec['reads_as']!r}")
        out[rec["obs_id"]] = rec["reads_as"]
    return out



class Checker:
    """Validates one record at a time and raises with file, line and column."""

    def __init__(self, name: str):
        self.name = name
        self.record: dict = {}

    def fail(self, column: str | None, message: str):
        raise RawDataError(self.name, self.record.get(LINE), column, message)

    def text(self, column: str, *, required: bool = True) -> str:
        value = self.record[column].strip()
        if required and not value:
            self.fail(column, "empty, but a value is required")
        return value

    def code(self, column: str, *, required: bool = True) -> str:
        """A code, id, number or date: refused with leading or trailing spaces.

        Why refuse rather than trim: the tables are used as read (``"HN "`` would become
        a second place), so a value must be the code itself wherever it is used.
        """
        raw = self.record[column]
        if raw != raw.strip():
            self.fail(column, f"{raw!r} has leading or trailing spaces; write the code alone")
        return self.text(column, required=required)

    def choice(self, column: str, allowed, *, required: bool = True) -> str:
        value = self.code(column, required=required)
        if value and value not in allowed:
            shown = (
                ", ".join(sorted(allowed)) if len(allowed) <= 12 else f"{len(allowed)} known codes"
            )
            self.fail(column, f"unknown value {value!r} (allowed: {shown})")
        return value

    def number(self, column: str, *, required: bool = True) -> float | None:
        value = self.code(column, required=required)
        if not value:
            return None
        if re.fullmatch(r"-?\d+,\d+", value):
            self.fail(column, f"{value!r} uses a decimal comma; raw values must use '.'")
        if not _NUMBER.match(value):
            self.fail(column, f"{value!r} is not a number")
        number = float(value)
        if not math.isfinite(number):  # "1e999" overflows to infinity
            self.fail(column, f"{value!r} is not a finite number")
        return number

    def plausible(self, column: str, ranges, value: float, unit: str, indicator: str) -> None:
        """``value`` within every matching range of ``reference/plausibility.csv``."""
        why = plausibility.violation(ranges, value, unit=unit, indicator=indicator)
        if why:
            self.fail(column, why)

    def plausible_year(self, column: str, ranges, year: int | None) -> None:
        why = None if year is None else plausibility.year_violation(ranges, year)
        if why:
            self.fail(column, why)

    def year(self, column: str, *, required: bool = True) -> int | None:
        value = self.code(column, required=required)
        if not value:
            return None
        if not re.fullmatch(r"\d{4}", value) or not 1900 <= int(value) <= 2100:
            self.fail(column, f"{value!r} is not a year (YYYY, 1900-2100)")
        return int(value)

    def period(self, column: str) -> tuple[int, int]:
        value = self.code(column)
        m = _PERIOD.match(value)
        if not m:
            self.fail(column, f"{value!r} is not a period (YYYY or YYYY-YYYY)")
        start = int(m.group(1))
        end = int(m.group(2) or start)
        if m.group(2) and end <= start:
            self.fail(column, f"period {value!r} ends before it starts (write start-end)")
        return start, end

    def date(self, column: str, *, required: bool = False) -> str:
        value = self.code(column, required=required)
        if not value:
            return value
        m = _DATE.match(value)
        if not m:
            self.fail(column, f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        try:
            date(y, mo, d)
        except ValueError:
            self.fail(column, f"{value!r} is not a valid calendar date")
        return value

    def source(self, sources: set[str]) -> str:
        """``source_id``: present, and listed in ``sources.csv``."""
        source = self.code("source_id")
        if source not in sources:
            self.fail("source_id", f"source {source!r} is not in sources.csv")
        return source

    def unique(self, column: str, seen: dict):
        value = self.code(column)
        if not _ID.match(value):
            # ids reach notes, pages and file names: letters, digits and _ . : - only
            self.fail(column, f"id {value!r} has characters other than letters, digits, _ . : -")
        if value in seen:
            self.fail(column, f"duplicate id {value!r} (first at row {seen[value]})")
        seen[value] = self.record[LINE]


