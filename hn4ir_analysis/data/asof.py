"""What measures a target, and the data an assessment may use as of a given year.

:func:`prepare` builds an :class:`AsOfData`, the data layer's only public face: the chosen
annual values, period values, published figures, milestones and selection log as they
stood at the end of ``as_of + 1`` (so a look back from 2020 sees the estimates of that
time, not later revisions), limited to years ≤ ``as_of``. Every cut-off is applied here,
once, by one rule (:func:`visible`); callers never re-apply it and never see raw frames. :func:`measurements`
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

import numpy as np
import pandas as pd

from hn4ir_analysis import cache, config
from hn4ir_analysis.data.load import RawData, load_shared
from hn4ir_analysis.data.processed import annual_series, period_table
from hn4ir_analysis.data.select import published_before, select_annual
from hn4ir_analysis.data.targets import Target, load_targets
from hn4ir_analysis.params import ParameterError

#: target indicator → the series that measure it (default: the indicator itself)
MEASURES = {
    "digital_econ_share": [
        "digital_econ_share_gso",
        "digital_econ_share_mic",
        "digital_econ_share",
        "digital_econ_share_release2025",  # the city's 2025 release, same basis (derive.release_shares)
    ],
    "population": ["population_avg", "population"],
}
#: series that exist for one place only (a city's own release): never a measurement elsewhere
SERIES_PLACE = {"digital_econ_share_release2025": config.HANOI}
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
    note: str = ""  # English, as the assessment table's notes carry it
    #: the parts of ``note``, for a page to put in its reader's words: the years left out
    #: for an unknown basis as (year, value, source ids), and why the series was cut
    unknown: tuple[tuple[int, float, str], ...] = ()
    break_mark: str = ""

    @property
    def n(self) -> int:
        return len(self.values)


@dataclass(frozen=True)
class AsOfData:
    """Everything an assessment as of one year may see, already cut to that year.

    Attributes
    ----------
    as_of : int
    annual : DataFrame
        One chosen (or derived) value per geo × indicator × year ≤ ``as_of``.
    periods : DataFrame
        Published or derived period values (averages, totals) ending by ``as_of``.
    observations : DataFrame
        Every published figure (chosen or not, projections included) for years ≤ ``as_of``
        and published by the cut-off.
    milestones : DataFrame
        Dated events and statements of years ≤ ``as_of`` (:func:`milestone_visible`).
    selection_log : DataFrame
        The selection rule's log for the candidates this view saw (years ≤ ``as_of``).
    sources, indicators : DataFrame
        Reference tables (who published a page; the indicator vocabulary); not dated.
    targets : list of Target
    """

    as_of: int
    annual: pd.DataFrame
    periods: pd.DataFrame
    observations: pd.DataFrame
    milestones: pd.DataFrame
    selection_log: pd.DataFrame
    sources: pd.DataFrame
    indicators: pd.DataFrame
    targets: list[Target]

    def series_rows(self, geo: str, indicator: str, table: str = "annual") -> pd.DataFrame:
        """The rows of ``annual`` (or ``selection_log``) for one geo and indicator, in order.

        The same rows as filtering the table on both columns; the positions of every
        series are found once per view (an assessment reads a hundred series).
        """
        frame = getattr(self, table)
        cached = self.__dict__.setdefault("_positions", {})  # frozen: a cache, not a field
        if table not in cached:
            cached[table] = frame.groupby(["geo", "indicator"], sort=False).indices
        where = cached[table].get((geo, indicator))
        if where is None:
            return frame[(frame["geo"] == geo) & (frame["indicator"] == indicator)]
        return frame.take(where)

    def segment(self, geo: str, indicator: str) -> Segment:
        """The unbroken tail of a series (see module notes)."""
        rows = self.series_rows(geo, indicator).sort_values("year")
        year, value = rows["year"].to_numpy(), rows["value"].to_numpy()
        basis, marks = rows["basis"].to_numpy(), rows["break_before"].fillna("").to_numpy()
        notes = []
        unknown = basis == "unknown"
        left_out = tuple((int(y), float(v), str(s)) for y, v, s in zip(
            year[unknown], value[unknown], rows["source_ids"].to_numpy()[unknown], strict=True))  # fmt: skip
        if left_out:
            listed = ", ".join(f"{y}: {v:g} ({s})" for y, v, s in left_out)
            notes.append(f"Left out, basis unknown: {listed}.")
        keep = basis == "current"
        dropped, mark = None, ""
        breaks = np.flatnonzero(keep & (marks != ""))
        if len(breaks):
            dropped, mark = int(year[breaks[-1]]), str(marks[breaks[-1]])
            notes.append(f"Series used from {dropped} ({mark}).")
            keep &= year >= dropped
        idx = year[keep].astype(int)
        return Segment(
            geo=geo,
            indicator=indicator,
            values=pd.Series(value[keep].astype(float), index=idx),
            source_ids=pd.Series(rows["source_ids"].fillna("").to_numpy()[keep], index=idx),
            vintages=pd.Series(rows["vintage"].fillna("").to_numpy()[keep], index=idx),
            dropped_before=dropped,
            note=" ".join(notes),
            unknown=left_out,
            break_mark=mark,
        )

    @property
    def target_years(self) -> list[int]:
        """The years the target catalogue has targets for."""
        return sorted({t.target_year for t in self.targets})

    def check_target_year(self, target_year: int) -> None:
        """Raise :class:`~hn4ir_analysis.params.ParameterError` for a year without targets."""
        if target_year not in self.target_years:
            years = ", ".join(map(str, self.target_years))
            raise ParameterError(f"target_year {target_year} has no targets; valid years: {years}")

    def period_values(self, geo: str, indicator: str, start: int, end: int) -> pd.DataFrame:
        """Published or derived values for exactly the period ``start-end``."""
        p = self.periods
        return p[(p["geo"] == geo) & (p["indicator"] == indicator) & (p["period_start"] == start)
                 & (p["period_end"] == end) & p["value"].notna()]  # fmt: skip


def measurements(target: Target) -> list[str]:
    """The series that measure ``target`` (rates for growth targets)."""
    if target.kind == "average_growth":
        return [RATE_OF_AVERAGE.get(target.indicator, target.indicator.removesuffix("_avg"))]
    series = MEASURES.get(target.indicator, [target.indicator])
    return [s for s in series if SERIES_PLACE.get(s, target.geo) == target.geo]


def cutoff_date(as_of: int) -> str:
    """Publication cut-off for an as-of year: the end of the following year."""
    return f"{as_of + 1}-12-31"


def visible(dates: pd.Series, as_of: int) -> pd.Series:
    """The one cut-off rule: True where a publication or event date is known by the cut-off.

    A date known only to the year or month counts from the start of it; an unknown date is
    kept (see :func:`hn4ir_analysis.data.select.published_before`). Applied to figures'
    and period values' ``published`` dates, with years ≤ ``as_of``; milestones by
    :func:`milestone_visible`.
    """
    return published_before(dates, cutoff_date(as_of))


def milestone_visible(dates: pd.Series, as_of: int) -> pd.Series:
    """The same rule for a dated event or statement, whose date is both its year and its
    publication: its year ≤ ``as_of`` (which is inside the publication cut-off)."""
    text = dates.fillna("").astype(str)
    year = pd.to_numeric(text.str[:4], errors="coerce")
    return (year <= as_of) & visible(text, as_of)


@lru_cache(maxsize=8)
def _prepare(fingerprint: str, raw_dir: str, as_of: int) -> AsOfData:
    # ``fingerprint`` is an argument so that this memo keys on the data exactly as the
    # disk cache does: a kernel that outlives a data change misses here too (issue 10).
    parts = (fingerprint, raw_dir, as_of)
    return cache.cached("asof", parts, lambda: _compute(fingerprint, raw_dir, as_of))


def _compute(fingerprint: str, raw_dir: str, as_of: int) -> AsOfData:
    # one load per data fingerprint for every as-of year and the default as-of (read only)
    return cut(load_shared(fingerprint, raw_dir), as_of)


def cut(raw: RawData, as_of: int) -> AsOfData:
    """Apply the as-of cut-off to every input of ``raw`` (years ≤ ``as_of``, :func:`visible`).

    Raises :class:`hn4ir_analysis.data.select.UnsettledTie` when today's data hold two
    candidates that no selection rule separates and that disagree (the check of
    ``hn4ir data``, so that ``hn4ir assess`` and ``hn4ir report`` stop on it too).
    """
    select_annual(raw.observations, strict=True)
    annual, log = annual_series(raw, published_by=cutoff_date(as_of))
    annual = annual[annual["year"] <= as_of].reset_index(drop=True)
    periods = period_table(raw, annual)
    periods = periods[(periods["period_end"] <= as_of) & visible(periods["published"], as_of)]
    obs = raw.observations
    obs = obs[(obs["period_end"] <= as_of) & visible(obs["published"], as_of)]
    ms = raw.milestones
    return AsOfData(
        as_of=as_of,
        annual=annual,
        periods=periods.reset_index(drop=True),
        observations=obs.reset_index(drop=True),
        milestones=ms[milestone_visible(ms["date"], as_of)].reset_index(drop=True),
        selection_log=log[log["year"] <= as_of].reset_index(drop=True),
        sources=raw.sources,
        indicators=raw.indicators,
        targets=load_targets(raw.targets, raw.indicators, raw.document_status),
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
