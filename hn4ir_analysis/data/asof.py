"""What measures a target, and the data an assessment may use as of a given year.

:func:`prepare` builds an :class:`AsOfData` — the chosen annual values and period values
as they stood at the end of ``as_of + 1`` (so a look back from 2020 sees the estimates of
that time, not later revisions), limited to years ≤ ``as_of``. :func:`measurements`
says which series measure a target: most targets have one, the digital-economy share has
three (GSO method, ministry (MIC) method, city figures of unstated method), which are
judged one by one and never mixed into one series.

Notes
-----
A series used for a trend is the **segment after the last break** (``break_before`` not
empty, e.g. the 2019 GRDP rescaling or the 2021 labour-force definition), of values on
the current basis only: values across a break are not comparable, so they are not chained
or fitted together (data README §4); values of unknown basis (an article's growth figure
of unclear concept) are left out and named in the notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from hn4ir_analysis import cache
from hn4ir_analysis import config
from hn4ir_analysis.data.load import RawData, load_raw
from hn4ir_analysis.data.processed import annual_series, period_table
from hn4ir_analysis.data.targets import Target, load_targets

#: target indicator → the series that measure it (default: the indicator itself)
MEASURES = {
    "digital_econ_share": [
        "digital_econ_share_gso",
        "digital_econ_share_mic",
        "digital_econ_share",
    ],
    "population": ["population_avg", "population"],
}
#: growth-rate indicator → the level series whose growth it is (for growth targets)
LEVEL_OF_RATE = {
    "grdp_growth": "grdp_real_index",
    "grdp_growth_avg": "grdp_real_index",
    "labour_productivity_growth_avg": None,  # no annual productivity series exists (README §7)
    "labour_productivity_growth": None,
    "services_growth": None,
}
#: growth-rate indicator → the annual-rate series that make up its period average
RATE_OF_AVERAGE = {
    "grdp_growth_avg": "grdp_growth",
    "labour_productivity_growth_avg": "labour_productivity_growth",
}


@dataclass(frozen=True)
class Segment:
    """An annual series usable for trends: years, values and the ids they came from."""

    geo: str
    indicator: str
    values: pd.Series  # index: int year
    source_ids: pd.Series  # index: int year
    vintages: pd.Series  # index: int year
    dropped_before: int | None  # first year kept when earlier values were cut at a break
    note: str = ""

    @property
    def n(self) -> int:
        return len(self.values)


@dataclass(frozen=True)
class AsOfData:
    """Everything an assessment as of one year may see."""

    as_of: int
    annual: pd.DataFrame
    periods: pd.DataFrame
    milestones: pd.DataFrame
    targets: list[Target]
    raw: RawData

    def segment(self, geo: str, indicator: str) -> Segment:
        """The unbroken tail of a series (see module notes)."""
        rows = self.annual[(self.annual["geo"] == geo) & (self.annual["indicator"] == indicator)]
        rows = rows.sort_values("year")
        notes = []
        unknown = rows[rows["basis"] == "unknown"]
        if len(unknown):
            listed = ", ".join(
                f"{r.year}: {r.value:g} ({r.source_ids})" for r in unknown.itertuples()
            )
            notes.append(f"Left out, basis unknown: {listed}.")
        rows = rows[rows["basis"] == "current"]
        dropped = None
        breaks = rows[rows["break_before"].fillna("") != ""]
        if len(breaks):
            last = breaks.iloc[-1]
            dropped = int(last["year"])
            notes.append(f"Series used from {dropped} ({last['break_before']}).")
            rows = rows[rows["year"] >= dropped]
        idx = rows["year"].astype(int).to_numpy()
        return Segment(
            geo=geo,
            indicator=indicator,
            values=pd.Series(rows["value"].to_numpy(float), index=idx),
            source_ids=pd.Series(rows["source_ids"].fillna("").to_numpy(), index=idx),
            vintages=pd.Series(rows["vintage"].fillna("").to_numpy(), index=idx),
            dropped_before=dropped,
            note=" ".join(notes),
        )

    def period_values(self, geo: str, indicator: str, start: int, end: int) -> pd.DataFrame:
        """Published or derived values for exactly the period ``start-end``."""
        p = self.periods
        return p[(p["geo"] == geo) & (p["indicator"] == indicator) & (p["period_start"] == start)
                 & (p["period_end"] == end) & p["value"].notna()]  # fmt: skip


def measurements(target: Target) -> list[str]:
    """The series that measure ``target`` (rates for growth targets)."""
    if target.kind == "average_growth":
        return [RATE_OF_AVERAGE.get(target.indicator, target.indicator.removesuffix("_avg"))]
    return MEASURES.get(target.indicator, [target.indicator])


def cutoff_date(as_of: int) -> str:
    """Publication cut-off for an as-of year: the end of the following year."""
    return f"{as_of + 1}-12-31"


@lru_cache(maxsize=8)
def _prepare(fingerprint: str, raw_dir: str, as_of: int) -> AsOfData:
    # ``fingerprint`` is an argument so that this memo keys on the data exactly as the
    # disk cache does: a kernel that outlives a data change misses here too (issue 10).
    parts = (fingerprint, raw_dir, as_of)
    return cache.cached("asof", parts, lambda: _compute(raw_dir, as_of))


def _compute(raw_dir: str, as_of: int) -> AsOfData:
    raw = load_raw(Path(raw_dir))
    annual, _ = annual_series(raw, published_by=cutoff_date(as_of))
    annual = annual[annual["year"] <= as_of].reset_index(drop=True)
    periods = period_table(raw, annual)
    periods = periods[(periods["period_end"] <= as_of)]
    published = periods["published"].fillna("").astype(str)
    periods = periods[
        (published == "") | (published.str[:4].replace("", "0").astype(int) <= as_of + 1)
    ]
    return AsOfData(
        as_of=as_of,
        annual=annual,
        periods=periods.reset_index(drop=True),
        milestones=raw.milestones,
        targets=load_targets(raw.targets, raw.indicators),
        raw=raw,
    )


def prepare(as_of: int, raw_dir: Path | None = None) -> AsOfData:
    """The data as of ``as_of``.

    Cached per raw folder and year within a process and on disk
    (:mod:`hn4ir_analysis.cache`), both keyed by :func:`hn4ir_analysis.cache.data_fingerprint`
    — the hash of every raw and reference file, taken afresh on every call — and the code.
    A changed raw or reference file is therefore a miss in both, and a miss loads the
    data through :func:`hn4ir_analysis.data.load.load_raw`, which verifies the manifest
    first: neither a stale value nor a tampered file gets past a warm cache.
    """
    folder = str(Path(raw_dir or config.RAW_DIR).resolve())
    return _prepare(cache.data_fingerprint(Path(folder)), folder, int(as_of))
