"""Where a series breaks: the method and definition changes a derivation must not cross.

:func:`flag_breaks` adds ``break_before`` to the selected series: why year ``t`` is not
comparable with ``t−1`` (a ``basis`` change, a break of the indicator's definition in
:data:`KNOWN_BREAKS`, or a break of one place's series in :data:`GEO_BREAKS`). Used by
:mod:`hn4ir_analysis.data.derive` (re-exported there) and read by the backtest's panels.

Notes
-----
Sources of the listed breaks: data/raw/hn4ir/README.md §4 caveats 2 and 6 (ICLS-19
labour-force definition from 2021; the GRDP scale re-assessed from 2019) and the rows'
notes in data/raw/hn4ir/observations.csv (Vietnam's national productivity, two releases
on each side of the 2019-20 GDP re-assessment). A known break counts only where the
previous observation is an earlier year.
"""

from __future__ import annotations

import pandas as pd

#: Breaks that the ``basis`` column does not show: (indicator, first year of the new
#: definition) → why. Sources: data/raw/hn4ir/README.md §4 caveats 2 and 6.
KNOWN_BREAKS = {
    (
        "labour_force",
        2021,
    ): "ICLS-19 labour-force definition from 2021 (own-use producers no longer employed)",
    (
        "employed",
        2021,
    ): "ICLS-19 labour-force definition from 2021 (own-use producers no longer employed)",
    (
        "grdp_current_prices",
        2019,
    ): "GRDP scale re-assessed from 2019 (levels before and after not comparable)",
    (
        "grdp_per_capita_vnd",
        2019,
    ): "GRDP scale re-assessed from 2019 (levels before and after not comparable)",
    (
        "grdp_per_capita_usd",
        2019,
    ): "GRDP scale re-assessed from 2019 (levels before and after not comparable)",
    (
        "grdp_current_usd",
        2019,
    ): "GRDP scale re-assessed from 2019 (levels before and after not comparable)",
}

#: Breaks of one place's series: (geo, indicator, first year after the break) → why.
#: Vietnam's national productivity mixes two releases: the statistics office's
#: 2011-2020 productivity report (2023), on the re-assessed GDP scale, gives 2011 and
#: 2020; the PX-Web table (public copy 2023-01-09) gives 2012-2019 on the old scale
#: (2019 110.5 → 2020 150.1 is the re-assessment, not growth). Source: the rows' notes
#: in data/raw/hn4ir/observations.csv; data/raw/hn4ir/README.md §4 caveat 2.
_VN_LP = "national productivity: GDP re-assessment (2019-20); the years on each side come from different releases"
GEO_BREAKS = {
    ("VN", "labour_productivity_vnd", 2011): _VN_LP,
    ("VN", "labour_productivity_vnd", 2012): _VN_LP,
    ("VN", "labour_productivity_vnd", 2020): _VN_LP,
}


def flag_breaks(series: pd.DataFrame) -> pd.DataFrame:
    """Add ``break_before``: why year t is not comparable with t−1 ('' if it is)."""
    series = series.sort_values(["geo", "indicator", "year"]).copy()
    prev_basis = series.groupby(["geo", "indicator"])["basis"].shift()
    prev_year = series.groupby(["geo", "indicator"])["year"].shift()
    notes = []
    columns = (series[c] for c in ("geo", "indicator", "year", "basis"))
    for geo, indicator, year, basis, pb, py in zip(*columns, prev_basis, prev_year, strict=True):
        known = KNOWN_BREAKS.get((indicator, year), "") or GEO_BREAKS.get(
            (geo, indicator, year), ""
        )
        note = known if pd.notna(py) and py < year else ""
        if pd.notna(pb) and pb != basis:
            note = (note + "; " if note else "") + f"basis changes ({pb} → {basis})"
        notes.append(note)
    series["break_before"] = notes
    return series
