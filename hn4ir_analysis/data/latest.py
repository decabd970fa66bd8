"""The default as-of year, read from the data: the latest year of Hanoi's real GRDP growth.

Every headline rests on Hanoi's annual real GRDP growth, so the default as-of year is the
latest year for which ``data/raw`` holds that figure (:func:`default_as_of`). Other series
may already hold values of a later year (in the 2025 snapshot two 2026 shares of online
public services); they do not move the whole report, and :func:`newer_values` names them
so that every run can say so (:func:`as_of_lines`).

Notes
-----
Method: the figures counted are the annual observations (one year, not a period) that are
not projections, of any basis and vintage, as read and validated by
:func:`hn4ir_analysis.data.load.load_raw` (manifest verified). The result is cached on the
data fingerprint like :func:`hn4ir_analysis.data.asof.prepare`. Source: ``data/raw``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from hn4ir_analysis import cache, config
from hn4ir_analysis.data.load import load_shared
from hn4ir_analysis.params import ParameterError

#: the series whose latest year is the default as-of
HEADLINE_SERIES = (config.HANOI, "grdp_growth")


def _annual(fingerprint: str, raw_dir: str) -> pd.DataFrame:
    obs = load_shared(fingerprint, raw_dir).observations  # the load the as-of view reuses
    keep = (obs["period_start"] == obs["period_end"]) & (obs["vintage"] != "projection")
    return obs.loc[keep, ["geo", "indicator", "period_end"]].drop_duplicates()


@lru_cache(maxsize=4)
def _years(fingerprint: str, raw_dir: str) -> pd.DataFrame:
    return cache.cached("latest", (fingerprint, raw_dir), lambda: _annual(fingerprint, raw_dir))


def annual_years(raw_dir: Path | None = None) -> pd.DataFrame:
    """``geo, indicator, period_end`` of every annual, non-projected figure in ``data/raw``."""
    folder = str(Path(raw_dir or config.RAW_DIR).resolve())
    return _years(cache.data_fingerprint(Path(folder)), folder)


def default_as_of(raw_dir: Path | None = None) -> int:
    """The latest year of Hanoi's annual real GRDP growth in ``data/raw``.

    Raises :class:`~hn4ir_analysis.params.ParameterError` when there is none.
    """
    years = annual_years(raw_dir)
    geo, indicator = HEADLINE_SERIES
    mine = years[(years["geo"] == geo) & (years["indicator"] == indicator)]["period_end"]
    if mine.empty:
        raise ParameterError(f"data/raw holds no annual {indicator} for {geo}: give --as-of")
    return int(mine.max())


def resolve(as_of: int | None, raw_dir: Path | None = None) -> int:
    """``as_of`` itself, or :func:`default_as_of` when it is ``None``.

    Raises :class:`~hn4ir_analysis.params.ParameterError` for an ``as_of`` after the
    latest year of any annual figure in ``data/raw``: a view "as of" a year the data do
    not reach would present old data as that year's.
    """
    if as_of is None:
        return default_as_of(raw_dir)
    last = int(annual_years(raw_dir)["period_end"].max())
    if as_of > last:
        raise ParameterError(
            f"as_of {as_of} is after the latest year in data/raw ({last}); "
            f"the default is {default_as_of(raw_dir)}"
        )
    return as_of


def newer_values(as_of: int, raw_dir: Path | None = None) -> pd.DataFrame:
    """The series with annual figures after ``as_of`` (``geo, indicator, years``)."""
    years = annual_years(raw_dir)
    later = years[years["period_end"] > as_of]
    grouped = later.groupby(["geo", "indicator"])["period_end"]
    out = grouped.apply(lambda s: ", ".join(map(str, sorted(set(s))))).rename("years")
    return out.reset_index()


def as_of_lines(
    as_of: int | None, raw_dir: Path | None = None, *, build: bool = False
) -> tuple[int, list[str]]:
    """``(as_of used, lines to print)``: the as-of a run uses and why, and newer data.

    The lines (English, for the terminal and logs) say which as-of year the run uses
    (given, or the default and what it rests on) and, when ``data/raw`` holds figures of
    later years, which series hold them: they are not used by this run. ``build`` words
    them for ``hn4ir data``, which keeps every year and only names the default as-of.
    """
    used = resolve(as_of, raw_dir)
    how = "the latest year of Hanoi's GRDP growth in data/raw"
    if as_of is not None:
        how = "given"
    elif not build:
        how = f"default: {how}"
    lines = [f"{'default ' if build else ''}as-of {used} ({how})"]
    newer = newer_values(used, raw_dir)
    if len(newer):
        newer = newer.assign(hanoi=newer["geo"] != config.HANOI).sort_values(["hanoi", "geo"])
        shown = newer.head(4)
        listed = "; ".join(f"{r.geo} {r.indicator} {r.years}" for r in shown.itertuples())
        more = f"; and {len(newer) - len(shown)} more series" if len(newer) > len(shown) else ""
        lines.append(
            f"note: data/raw holds values newer than the as-of {used}, "
            + (
                "kept in data/processed but not used by assess or report unless --as-of says so: "
                if build
                else "not used by this run: "
            )
            + f"{listed}{more}"
        )
    return used, lines
