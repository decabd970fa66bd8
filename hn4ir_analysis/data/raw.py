"""Read and validate the curated tables in ``data/raw/hn4ir``.

:func:`load_curated` returns the five tables (indicators, sources, observations, targets,
milestones) as DataFrames after checking every cell; the first broken cell raises
:class:`~hn4ir_analysis.errors.RawDataError` naming file, row (line) and column.

Notes
-----
The rules are those the data package's README states (§2-§3): ids unique; vocabulary
(geo, indicator, unit, vintage, basis, authority, comparison) closed; the unit of a value
equal to its indicator's canonical unit; periods ``YYYY`` or ``YYYY-YYYY`` with start
before end; dates ``YYYY[-MM[-DD]]``; decimal point ``.``; every ``source_id`` in
``sources.csv``. Two rules are ours: quantities that cannot be negative (counts, money,
persons, shares, ranks) must not be, and a figure other than a ``projection`` must not
refer to a period that ends after the year it was published.
"""

from __future__ import annotations

import csv
import math
import re
from datetime import date
from pathlib import Path

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.data.csvio import LINE, read_csv_records
from hn4ir_analysis.errors import RawDataError
from hn4ir_analysis.data import plausibility
from hn4ir_analysis.data.numbers import READS_AS, UNIT_SCALE, disagreement

UNITS = set(UNIT_SCALE) | {"none", "date"}
NON_NEGATIVE_UNITS = UNITS - {"pct", "none", "date"}
VINTAGES = ["early_estimate", "estimate", "preliminary", "official", "revised", "projection"]
BASES = ["current", "unknown", "old_basis"]
AUTHORITIES = ["high", "medium", "low"]
DIRECTIONS = {"increase_good", "decrease_good", "none"}
COMPARISONS = {"ge", "gt", "le", "lt", "between", "approx", "qualitative"}

SCHEMAS: dict[str, list[str]] = {
    "indicators.csv": ["indicator", "unit", "direction", "description_en", "description_vi", "derived_from"],
    "sources.csv": ["source_id", "url", "site", "publisher", "title", "published", "authority"],
    "observations.csv": [
        "obs_id", "geo", "indicator", "period", "value", "unit", "as_published", "vintage",
        "basis", "producer", "published", "source_url", "quote", "authority", "note", "source_id",
    ],
    "targets.csv": [
        "target_id", "document", "document_date", "target_year", "period_start", "period_end",
        "indicator", "comparison", "low", "high", "unit", "wording_vi", "wording_en",
        "source_url", "note", "source_id", "geo",
    ],
    "milestones.csv": [
        "milestone_id", "geo", "indicator", "date", "description_en", "description_vi",
        "source_url", "quote", "authority", "source_id",
    ],
}  # fmt: skip

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


def geo_codes() -> pd.DataFrame:
    """The geography vocabulary (``hn4ir_analysis/data/reference/geo_codes.csv``)."""
    with open(config.GEO_CODES_FILE, encoding="utf-8", newline="") as f:
        return pd.DataFrame(list(csv.DictReader(f)))


class _Checker:
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


def _frame(records: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(records)
    return frame.rename(columns={LINE: "line"})


def check_indicators(records, name="hn4ir/indicators.csv") -> dict[str, dict]:
    """Validate ``indicators.csv``; return ``{indicator: {unit, direction}}``."""
    chk, seen, out = _Checker(name), {}, {}
    for rec in records:
        chk.record = rec
        chk.unique("indicator", seen)
        unit = chk.choice("unit", UNITS)
        direction = chk.choice("direction", DIRECTIONS)
        out[rec["indicator"].strip()] = {"unit": unit, "direction": direction}
    return out


def check_sources(records, name="hn4ir/sources.csv") -> set[str]:
    """Validate ``sources.csv``; return the set of source ids."""
    chk, seen = _Checker(name), {}
    for rec in records:
        chk.record = rec
        chk.unique("source_id", seen)
        chk.text("url")
        published = rec["published"].strip()
        # "2010/2011", "2018-12/2019-01": a page whose date is only known to a range
        for part in published.split("/") if published else []:
            chk.record = {**rec, "published": part}
            chk.date("published")
        chk.choice("authority", AUTHORITIES)
    return set(seen)


def check_observations(records, indicators, sources, geos, name="hn4ir/observations.csv", *,
                       ranges=(), exceptions=None):  # fmt: skip
    """Validate ``observations.csv`` against the vocabularies (see module notes).

    ``ranges`` (:func:`hn4ir_analysis.data.plausibility.load_ranges`) bound values and
    years; ``exceptions`` (:func:`as_published_exceptions`) lists the rows whose
    ``as_published`` documentedly reads as another number than ``value``.
    """
    chk, seen = _Checker(name), {}
    exceptions = exceptions or {}
    for rec in records:
        chk.record = rec
        chk.unique("obs_id", seen)
        chk.choice("geo", geos)
        indicator = chk.choice("indicator", indicators)
        start, end = chk.period("period")
        chk.plausible_year("period", ranges, start)
        chk.plausible_year("period", ranges, end)
        value = chk.number("value")
        unit = chk.choice("unit", UNITS)
        expected = indicators[indicator]["unit"]
        if unit != expected:
            chk.fail("unit", f"unit {unit!r} differs from the unit of {indicator!r} ({expected!r})")
        if unit in NON_NEGATIVE_UNITS and value < 0:
            chk.fail("value", f"negative value {value:g} for a quantity in {unit!r}")
        if unit == "rank" and value < 1:
            chk.fail("value", f"rank {value:g} is below 1 (1 = best)")
        chk.plausible("value", ranges, value, unit, indicator)
        if unit in UNIT_SCALE:
            why = disagreement(rec["as_published"], value, unit, rec["quote"],
                               exceptions.get(rec["obs_id"]))  # fmt: skip
            if why:
                chk.fail("as_published", why)
        vintage = chk.choice("vintage", VINTAGES)
        chk.choice("basis", BASES)
        chk.choice("authority", AUTHORITIES)
        published = chk.date("published")
        if published and vintage != "projection" and end > int(published[:4]):
            chk.fail(
                "period",
                f"period {rec['period']} ends after the publication date {published}; "
                "only a 'projection' may refer to the future",
            )
        chk.text("source_url")
        chk.source(sources)


def check_targets(records, indicators, sources, geos, name="hn4ir/targets.csv", *, ranges=()):
    """Validate ``targets.csv`` (ids, vocabulary, thresholds, periods, units, sources)."""
    chk, seen = _Checker(name), {}
    for rec in records:
        chk.record = rec
        chk.unique("target_id", seen)
        chk.choice("geo", geos)
        indicator = chk.choice("indicator", indicators)
        comparison = chk.choice("comparison", COMPARISONS)
        target_year = chk.year("target_year")
        chk.plausible_year("target_year", ranges, target_year)
        chk.date("document_date")
        start = chk.year("period_start", required=False)
        end = chk.year("period_end")
        if start is not None and start > end:
            chk.fail("period_start", f"period {start}-{end} ends before it starts")
        if end != target_year:
            chk.fail("period_end", f"period_end {end} differs from target_year {target_year}")
        chk.source(sources)  # every target, qualitative ones too, names a known source
        if comparison == "qualitative":
            continue
        low = chk.number("low")
        high = chk.number("high", required=comparison == "between")
        if comparison == "between" and high <= low:
            chk.fail("high", f"range {low:g}-{high:g} is empty (high must exceed low)")
        unit = chk.choice("unit", UNITS)
        if unit != indicators[indicator]["unit"]:
            chk.fail("unit", f"unit {unit!r} differs from the unit of {indicator!r}")
        chk.plausible("low", ranges, low, unit, indicator)
        if high is not None:
            chk.plausible("high", ranges, high, unit, indicator)


def check_milestones(records, indicators, sources, geos, name="hn4ir/milestones.csv"):
    """Validate ``milestones.csv``."""
    chk, seen = _Checker(name), {}
    for rec in records:
        chk.record = rec
        chk.unique("milestone_id", seen)
        chk.choice("geo", geos)
        chk.choice("indicator", indicators)
        chk.date("date", required=True)
        chk.choice("authority", AUTHORITIES)
        chk.source(sources)


def load_curated(raw_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """Read and validate the five curated tables.

    Parameters
    ----------
    raw_dir : Path, optional
        The raw folder (default :data:`config.RAW_DIR`); the tables are in ``hn4ir/``.

    Returns
    -------
    dict of DataFrame
        Keys ``indicators``, ``sources``, ``observations``, ``targets``, ``milestones``;
        all columns as text, plus ``line`` (the 1-based line in the file).
        ``observations`` gains ``value`` as float and ``period_start``/``period_end``.
    """
    raw_dir = Path(raw_dir or config.RAW_DIR)
    folder = raw_dir / config.HN4IR_DIR_NAME
    recs = {}
    for fname, columns in SCHEMAS.items():
        name = f"{config.HN4IR_DIR_NAME}/{fname}"
        # ids checked while reading: a file of copied rows stops at the first copy
        recs[fname] = read_csv_records(folder / fname, name, columns, unique=columns[0])
    geos = set(geo_codes()["geo"])
    ranges = plausibility.load_ranges()
    indicators = check_indicators(recs["indicators.csv"])
    sources = check_sources(recs["sources.csv"])
    check_observations(recs["observations.csv"], indicators, sources, geos, ranges=ranges,
                       exceptions=as_published_exceptions())  # fmt: skip
    check_targets(recs["targets.csv"], indicators, sources, geos, ranges=ranges)
    check_milestones(recs["milestones.csv"], indicators, sources, geos)

    tables = {f.removesuffix(".csv"): _frame(r) for f, r in recs.items()}
    obs = tables["observations"]
    obs["value"] = obs["value"].astype(float)
    periods = obs["period"].str.split("-", expand=True)
    obs["period_start"] = periods[0].astype(int)
    obs["period_end"] = (
        periods[1].fillna(periods[0]).astype(int) if 1 in periods else obs["period_start"]
    )
    obs["origin"] = f"{config.HN4IR_DIR_NAME}/observations.csv"
    return tables
