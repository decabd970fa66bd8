"""Base rates: how often provinces have sustained the growth the plans ask for.

:func:`windows` lists every province × window average of real GRDP growth (and of growth
per member of the labour force) in the statistics office's panels; :func:`table`
counts, for each threshold, how many windows reached it (``feasibility.csv``, written by
``hn4ir backtest --out DIR`` and ``hn4ir feasibility``). Only the panel is needed.

Notes
-----
Method. Real GRDP growth: table V03.10 (63 provinces, 2018-2025, constant 2010 prices,
growth = index − 100; source SRC224). A window of ``n`` consecutive years is averaged
geometrically (:func:`hn4ir_analysis.growth_targets.average_growth`), as the plans'
"a year on average" targets are; a window is met when the average is at least the
threshold. Windows never span the GRDP method break (2016/2017, ``data/raw/README.md``
§1): every year must be ``basis=current`` and from :data:`FIRST_YEAR` on, so the 5-year
windows are 2018-22 … 2021-25 (4 per province, 252 in all). Province = ``kind=province``
in ``reference/geo_codes.csv`` (regions and Vietnam excluded).

"A city of Hanoi's size" (:func:`is_large`): a province whose average population (GSO table
V02.01, SRC141) in the window's first year is at least :data:`SIZE_SHARE` of Hanoi's. In
2018-2021 that is Hanoi and Ho Chi Minh City only (the next, Thanh Hóa, has under half).

Productivity: growth per member of the labour force, ``(1 + g_Y)/(1 + g_L) − 1``, with
``g_L`` from table V02.34. The labour force changes definition in 2021 (ICLS-19,
README §6), so only 2018-2020 is consistent: no 5-year window exists (the rows say so,
``windows = 0``); 3-year windows 2018-20 are counted instead.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis import cache, config
from hn4ir_analysis.data.processed import load_processed
from hn4ir_analysis.data.raw import geo_codes
from hn4ir_analysis.growth_targets import average_growth

FILE = "feasibility.csv"
THRESHOLDS = (7.0, 8.0, 9.0, 10.0, 11.0, 12.0)
PRODUCTIVITY_THRESHOLDS = (6.0, 7.0, 7.5, 8.0, 9.0)
FIRST_YEAR = 2017  # first year on the current GRDP method
LF_BREAK = 2021  # ICLS-19 labour-force definition
SIZE_SHARE = 0.5
GRDP_TABLE, LF_TABLE, POP_TABLE = "GSO-V03.10-", "GSO-V02.34-", "GSO-V02.01-"
SOURCES = {"grdp_growth": "SRC224", "productivity_per_labour_force": "SRC224;GSO:V02.34"}
COLUMNS = [
    "indicator", "threshold", "window_years", "windows", "windows_met", "share",
    "provinces_met", "years", "windows_met_ids", "large_windows", "large_met", "size_rule",
    "source_ids", "note",
]  # fmt: skip


def panel(processed_dir=None) -> pd.DataFrame:
    """The annual rows of every geo (panel and Hanoi) as one frame."""
    return pd.concat([load_processed(n, processed_dir)
                      for n in (config.PANEL_ANNUAL, config.HANOI_ANNUAL)], ignore_index=True)  # fmt: skip


def _series(frame: pd.DataFrame, indicator: str, prefix: str) -> pd.DataFrame:
    provinces = set(geo_codes().query("kind == 'province'")["geo"])
    s = frame[(frame["indicator"] == indicator) & frame["geo"].isin(provinces)
              & frame["source_ids"].fillna("").str.startswith(prefix)]  # fmt: skip
    return (
        s[(s["basis"] == "current") & (s["year"] >= FIRST_YEAR)]
        if indicator == "grdp_growth"
        else s
    )


def annual_rates(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """``{indicator: geo × year growth (per cent)}`` for GRDP and per-labour-force output."""
    gy = _series(frame, "grdp_growth", GRDP_TABLE).pivot(
        index="geo", columns="year", values="value"
    )
    lf = _series(frame, "labour_force", LF_TABLE).pivot(index="geo", columns="year", values="value")
    prod = {}
    for y in gy.columns:
        if y - 1 in lf.columns and y in lf.columns and y < LF_BREAK:
            gl = 100 * (lf[y] / lf[y - 1] - 1)
            prod[y] = 100 * ((1 + gy[y] / 100) / (1 + gl / 100) - 1)
    return {
        "grdp_growth": gy,
        "productivity_per_labour_force": pd.DataFrame(prod).dropna(how="all"),
    }


def is_large(frame: pd.DataFrame) -> pd.DataFrame:
    """geo × year: population at least :data:`SIZE_SHARE` of Hanoi's (table V02.01)."""
    pop = _series(frame, "population_avg", POP_TABLE).pivot(
        index="geo", columns="year", values="value"
    )
    return pop.ge(SIZE_SHARE * pop.loc[config.HANOI], axis=1)


def windows(frame: pd.DataFrame, window_years: int = 5) -> pd.DataFrame:
    """One row per indicator × province × window: its geometric average and whether large.

    Kept in the disk cache (:mod:`hn4ir_analysis.cache`) under the content of ``frame``
    (and of the geography codes): notebooks 02 and 05 and the report's pages ask for it.
    """
    parts = (frame, window_years, geo_codes())
    return cache.cached("windows", parts, lambda: _windows(frame, window_years))


def _windows(frame: pd.DataFrame, window_years: int) -> pd.DataFrame:
    large = is_large(frame)
    rows = []
    for indicator, rates in annual_rates(frame).items():
        years = sorted(rates.columns)
        for start in years:
            span = list(range(start, start + window_years))
            if not set(span) <= set(years):
                continue
            block = rates[span]  # rows read as arrays (not a Series per row)
            for geo, r in zip(block.index, block.to_numpy(dtype=float), strict=True):
                if np.isnan(r).any():
                    continue
                big = (
                    bool(large.at[geo, start])
                    if start in large.columns and geo in large.index
                    else False
                )
                rows.append({"indicator": indicator, "geo": geo, "start": start,
                             "end": span[-1], "window_years": window_years,
                             "average": average_growth(r.tolist()), "large": big})  # fmt: skip
    return pd.DataFrame(
        rows, columns=["indicator", "geo", "start", "end", "window_years", "average", "large"]
    )


def _count(w: pd.DataFrame, indicator: str, threshold: float, n: int) -> dict:
    met = w[w["average"] >= threshold]
    big = w[w["large"]]
    spans = sorted({f"{s}-{e}" for s, e in zip(w["start"], w["end"], strict=True)})
    rule = (f"population (GSO V02.01) in the window's first year at least {SIZE_SHARE:g} × Hanoi's; "
            f"large provinces: {';'.join(sorted(set(big['geo'])))}")  # fmt: skip
    note = "" if len(w) else (
        f"no {n}-year window: the labour force changes definition in {LF_BREAK} (ICLS-19) and the "
        f"GRDP panel starts in 2018, so only 2018-2020 is consistent")  # fmt: skip
    return {"indicator": indicator, "threshold": threshold, "window_years": n, "windows": len(w),
            "windows_met": len(met) if len(w) else np.nan,
            "share": len(met) / len(w) if len(w) else np.nan,
            "provinces_met": ";".join(sorted(set(met["geo"]))), "years": ";".join(spans),
            "windows_met_ids": ";".join(f"{g}:{s}-{e}" for g, s, e in
                                        zip(met["geo"], met["start"], met["end"], strict=True)),
            "large_windows": int(big.shape[0]), "large_met": int((big["average"] >= threshold).sum()),
            "size_rule": rule if len(w) else "", "source_ids": f"{SOURCES[indicator]};SRC141",
            "note": note}  # fmt: skip


def table(frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """``feasibility.csv``: one row per indicator × threshold × window length (module notes).

    Kept in the disk cache under the content of ``frame`` and of the geography codes.
    """
    frame = panel() if frame is None else frame
    return cache.cached("feasibility", (frame, geo_codes()), lambda: _table(frame))


def _table(frame: pd.DataFrame) -> pd.DataFrame:
    rows = []
    specs = [("grdp_growth", THRESHOLDS, 5),
             ("productivity_per_labour_force", PRODUCTIVITY_THRESHOLDS, 5),
             ("productivity_per_labour_force", PRODUCTIVITY_THRESHOLDS, 3)]  # fmt: skip
    for indicator, thresholds, n in specs:
        w = windows(frame, n)
        w = w[w["indicator"] == indicator].sort_values(["geo", "start"])
        rows += [_count(w, indicator, t, n) for t in thresholds]
    return pd.DataFrame(rows, columns=COLUMNS)


def files(frame: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """``{FILE: table}``, for :func:`hn4ir_analysis.data.processed.write_atomic`."""
    return {FILE: table(frame)}


def cmd_feasibility(args) -> int:
    t = table()
    print(t[["indicator", "threshold", "window_years", "windows", "windows_met", "share",
             "large_met"]].to_string(index=False))  # fmt: skip
    if args.out:
        from hn4ir_analysis.data.processed import write_atomic

        print(f"wrote {write_atomic({FILE: t}, args.out)[0]}")
    return 0


def register_cli(sub) -> None:
    """``hn4ir feasibility [--out DIR]``."""
    p = sub.add_parser("feasibility", help="how many province-windows reached each growth rate")
    p.add_argument("--out", default=None, help=f"folder to write {FILE}")
    p.set_defaults(func=cmd_feasibility)
