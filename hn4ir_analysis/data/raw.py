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
import io
from functools import lru_cache
from pathlib import Path

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.data import plausibility
from hn4ir_analysis.data.cells import (  # noqa: F401  (re-exported: the vocabulary)
    AUTHORITIES,
    BASES,
    COMPARISONS,
    DIRECTIONS,
    NON_NEGATIVE_UNITS,
    UNITS,
    VINTAGES,
    Checker,
    as_published_exceptions,
)
from hn4ir_analysis.data.csvio import LINE, read_csv_records
from hn4ir_analysis.data.numbers import UNIT_SCALE, disagreement
from hn4ir_analysis.data.targets import document_code

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

#: The project's catalogue of the documents' status (``data/raw/document_status.csv``,
#: written by the project beside the curated package): ``document_code`` (the target id
#: before its year, :attr:`Target.document_code`), ``status``, ``basis`` (why).
STATUS_FILE = "document_status.csv"
STATUS_COLUMNS = ["document_code", "status", "basis"]
#: ``adopted``: an issued (or reported as adopted) document, whose targets can be in
#: force; ``draft``: a draft or its scenarios, never in force (history only).
DOCUMENT_STATUSES = ("adopted", "draft")


def geo_codes() -> pd.DataFrame:
    """The geography vocabulary (``hn4ir_analysis/data/reference/geo_codes.csv``).

    Read on every call (a changed file is seen at once) and parsed once per content: the
    views ask for it per place name. A copy is returned, so callers may change it.
    """
    with open(config.GEO_CODES_FILE, "rb") as f:
        return _geo_frame(f.read()).copy()


@lru_cache(maxsize=4)
def _geo_frame(content: bytes) -> pd.DataFrame:
    return pd.DataFrame(list(csv.DictReader(io.StringIO(content.decode("utf-8"), newline=""))))


def _frame(records: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(records)
    return frame.rename(columns={LINE: "line"})


def check_indicators(records, name="hn4ir/indicators.csv") -> dict[str, dict]:
    """Validate ``indicators.csv``; return ``{indicator: {unit, direction}}``."""
    chk, seen, out = Checker(name), {}, {}
    for rec in records:
        chk.record = rec
        chk.unique("indicator", seen)
        unit = chk.choice("unit", UNITS)
        direction = chk.choice("direction", DIRECTIONS)
        out[rec["indicator"].strip()] = {"unit": unit, "direction": direction}
    return out


def check_sources(records, name="hn4ir/sources.csv") -> set[str]:
    """Validate ``sources.csv``; return the set of source ids."""
    chk, seen = Checker(name), {}
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
    chk, seen = Checker(name), {}
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
    """Validate ``targets.csv`` (ids, vocabulary, thresholds, periods, units, sources).

    Also refused: a ``high`` on a ``ge``/``gt`` target (only ``low`` counts there) and a
    ``target_year`` before the year of ``document_date`` (issue 17).
    """
    chk, seen = Checker(name), {}
    for rec in records:
        chk.record = rec
        chk.unique("target_id", seen)
        chk.choice("geo", geos)
        indicator = chk.choice("indicator", indicators)
        comparison = chk.choice("comparison", COMPARISONS)
        target_year = chk.year("target_year")
        chk.plausible_year("target_year", ranges, target_year)
        document_date = chk.date("document_date")
        if document_date and target_year is not None and target_year < int(document_date[:4]):
            chk.fail("target_year", f"target year {target_year} is before the document's date "
                     f"{document_date}: a plan sets targets for later years (check both cells)")  # fmt: skip
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
        if comparison in ("ge", "gt") and high is not None:
            chk.fail("high", f"a '{comparison}' target has only a lower bound (low); high "
                     f"{high:g} would be ignored: empty it, or make the comparison 'between'")  # fmt: skip
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
    chk, seen = Checker(name), {}
    for rec in records:
        chk.record = rec
        chk.unique("milestone_id", seen)
        chk.choice("geo", geos)
        chk.choice("indicator", indicators)
        chk.date("date", required=True)
        chk.choice("authority", AUTHORITIES)
        chk.source(sources)


def check_document_status(records, targets, name=STATUS_FILE) -> None:
    """Validate the status catalogue: known statuses, and one row for every target's document."""
    chk, seen = Checker(name), {}
    for rec in records:
        chk.record = rec
        chk.unique("document_code", seen)
        chk.choice("status", DOCUMENT_STATUSES)
        chk.text("basis")
    tchk = Checker(f"{config.HN4IR_DIR_NAME}/targets.csv")
    for rec in targets:
        code = document_code(rec["target_id"])
        if code not in seen:
            tchk.record = rec
            tchk.fail("target_id", f"document {code!r} has no status in {name} (add a row there)")


def load_curated(raw_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """Read and validate the five curated tables.

    Parameters
    ----------
    raw_dir : Path, optional
        The raw folder (default :data:`config.RAW_DIR`); the tables are in ``hn4ir/``.

    Returns
    -------
    dict of DataFrame
        Keys ``indicators``, ``sources``, ``observations``, ``targets``, ``milestones``,
        ``document_status``;
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
    status = read_csv_records(raw_dir / STATUS_FILE, STATUS_FILE, STATUS_COLUMNS,
                              unique="document_code")  # fmt: skip
    check_document_status(status, recs["targets.csv"])

    tables = {f.removesuffix(".csv"): _frame(r) for f, r in recs.items()}
    obs = tables["observations"]
    obs["value"] = obs["value"].astype(float)
    periods = obs["period"].str.split("-", expand=True)
    obs["period_start"] = periods[0].astype(int)
    obs["period_end"] = (
        periods[1].fillna(periods[0]).astype(int) if 1 in periods else obs["period_start"]
    )
    obs["origin"] = f"{config.HN4IR_DIR_NAME}/observations.csv"
    tables["document_status"] = _frame(status)
    return tables
