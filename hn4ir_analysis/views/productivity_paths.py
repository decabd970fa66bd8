"""Notebook 03: growth paths — what the past paces, the employment path and GRDP imply.

Identities (growth in per cent; ``Y`` real GRDP, ``P`` productivity, ``E`` employment):
``1 + Y = (1 + P)(1 + E)``: GRDP growth with a productivity target fixes the employment
growth it needed (:func:`required_employment_growth`), and a productivity target with an
employment path fixes the GRDP growth it needs (:func:`what_it_takes`). Growth over several
years is compound (:mod:`hn4ir_analysis.growth_targets`). Pure on the as-of view.

Notes
-----
The year-by-year series of real GRDP growth per labour-force member comes from
:func:`hn4ir_analysis.assess.productivity.annual_table` (:func:`growth_minus_labour`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.assess import methods
from hn4ir_analysis.assess import productivity as est_mod
from hn4ir_analysis.data.asof import AsOfData
from hn4ir_analysis.views.digital import doc_code
from hn4ir_analysis.views.productivity import AVG, PERIODS, _value


def past_paces(periods: pd.DataFrame, proxy: pd.DataFrame) -> pd.DataFrame:
    """Five-year paces already seen: published averages and the proxy (:func:`proxy_average`)."""
    pub = periods[(periods["geo"] == config.HANOI) & (periods["indicator"] == AVG)]
    rows = [{"period": r.period, "value": r.value, "kind": "published"}
            for r in pub.drop_duplicates(["period", "value"]).itertuples()]  # fmt: skip
    for s, e in PERIODS:
        v = proxy_average(proxy, s, e)
        if np.isfinite(v):
            rows.append({"period": f"{s}-{e}", "value": v, "kind": "proxy"})
    return pd.DataFrame(rows, columns=["period", "value", "kind"])


def required_growth(targets, as_of: int, paces: dict[str, float]) -> pd.DataFrame:
    """Average growth each remaining year of a target period needs (``required_average_growth``).

    No year of any period is measured (no annual series), so for a period under way the
    elapsed years are filled with each past pace in ``paces`` (label → per cent a year) as
    scenarios; ``gap_to_best_pace`` = required − the fastest pace. Periods that are over
    get no row (their outcome is in :func:`period_table`).
    """
    rows, seen = [], set()
    for tg in sorted(targets, key=lambda x: (x.period_start or 0, x.low or 0)):
        if tg.geo != config.HANOI or tg.indicator != AVG or tg.period_end <= as_of:
            continue
        s, e, n = tg.period_start, tg.period_end, tg.period_end - tg.period_start + 1
        elapsed = min(max(as_of - s + 1, 0), n)
        for bound in [tg.low] + ([tg.high] if tg.comparison == "between" else []):
            if (s, bound) in seen:
                continue
            seen.add((s, bound))
            scen = {"no_year_measured": []} if elapsed == 0 else {k: [v] * elapsed for k, v in paces.items()}  # fmt: skip
            for label, observed in (scen or {"no_pace_known": None}).items():
                req = np.nan if observed is None else methods.required_average_growth(observed, n, bound)  # fmt: skip
                best = max(paces.values()) if paces else np.nan
                rows.append({"period": f"{s}-{e}", "target_avg": bound, "years_elapsed": elapsed,
                             "years_left": n - elapsed, "scenario": label, "required": req,
                             "gap_to_best_pace": req - best})  # fmt: skip
    return pd.DataFrame(rows)


def _cagr_pct(y0, t0, y1, t1) -> float:
    ok = np.isfinite(y0) and np.isfinite(y1) and y0 > 0 and y1 > 0
    return 100 * methods.cagr(y0, t0, y1, t1) if ok else np.nan


def _avg_growth(annual, geo, indicator, years) -> float:
    v = [_value(annual, geo, indicator, y) for y in years]
    return methods.average_growth(v) if v and all(np.isfinite(v)) else np.nan


def growth_minus_labour(data: AsOfData, start: int = 2011) -> pd.DataFrame:
    """Real GRDP growth per labour-force member year by year (``assess.productivity.annual_table``)."""
    return est_mod.annual_table(data, start=start).rename(columns={"estimate": "proxy"})


def proxy_average(table: pd.DataFrame, start: int, end: int) -> float:
    """Geometric average of the proxy over ``start..end``; NaN unless every year is ``ok``."""
    part = table[(table["year"] >= start) & (table["year"] <= end)]
    if len(part) != end - start + 1 or (part["flag"] != "ok").any():
        return np.nan
    return methods.average_growth(part["proxy"])


def required_employment_growth(gdp_growth_avg: float, productivity_target: float) -> float:
    """Employment growth (per cent a year) that GRDP growth and a productivity target imply.

    ``(1 + g_Y) / (1 + g_P) − 1``: with real GRDP growing 6.539 % a year, productivity
    growth of 7 % needs employment to fall by 0.431 % a year.
    """
    return 100 * ((1 + gdp_growth_avg / 100) / (1 + productivity_target / 100) - 1)


def labour_supply_growth(annual: pd.DataFrame, spans=(("labour_force", 2010, 2020),
                         ("labour_force", 2015, 2020), ("population_avg", 2015, 2020),
                         ("population_avg", 2020, 2024))) -> pd.DataFrame:  # fmt: skip
    """CAGR of labour force and population over spans inside one definition (no 2021 crossing)."""
    rows = []
    for ind, y0, y1 in spans:
        v0, v1 = (_value(annual, config.HANOI, ind, y) for y in (y0, y1))
        rows.append({"series": ind, "years": f"{y0}-{y1}", "growth": _cagr_pct(v0, y0, v1, y1)})
    return pd.DataFrame(rows)


def employment_table(data: AsOfData,
                     productivity=("KH205_2025_labour_productivity", "KH205_2030_labour_productivity"),
                     grdp=("DH17_2025_grdp_growth", "DH18_2030_grdp_growth")) -> pd.DataFrame:  # fmt: skip
    """Employment growth each productivity target needed, given GRDP growth (observed or planned).

    For each productivity target (each bound of a range) of ``productivity``: with the
    real GRDP growth observed over the target period up to ``as_of`` (``basis_of_growth``
    ``observed``, or ``observed_partial`` while the period runs) and with the plan's own
    GRDP target of the same period (``plan``, its lower bound). Employment growth below
    zero means the target could only be met with fewer people at work.
    """
    annual, as_of = data.annual, data.as_of
    by_id = {tg.target_id: tg for tg in data.targets}
    rows = []
    for pid in productivity:
        tp = by_id[pid]
        s, e = tp.period_start, tp.period_end
        years = [y for y in range(s, min(e, as_of) + 1)
                 if np.isfinite(_value(annual, config.HANOI, "grdp_growth", y))]  # fmt: skip
        bases = []
        if years:
            g = _avg_growth(annual, config.HANOI, "grdp_growth", years)
            kind = "observed" if len(years) == e - s + 1 else "observed_partial"
            bases.append((kind, f"{years[0]}-{years[-1]}", g))
        for gid in grdp:
            tg = by_id[gid]
            if tg.period_start == s:
                bases.append(("plan", doc_code(gid), tg.low))
        for bound in [tp.low] + ([tp.high] if tp.comparison == "between" else []):
            for kind, label, g in bases:
                rows.append({"period": f"{s}-{e}", "basis_of_growth": kind, "grdp_source": label,
                             "grdp_growth": g, "productivity_target": bound,
                             "required_employment_growth": required_employment_growth(g, bound)})  # fmt: skip
    return pd.DataFrame(rows)


def what_it_takes(data: AsOfData, est: est_mod.Estimate, target: float = 7.5,
                  scenarios=(0.0, 0.5, 1.0, 1.5, 2.0)) -> pd.DataFrame:  # fmt: skip
    """GRDP growth a year 2026-30 needs for productivity ``target`` at each employment path.

    ``(1 + g_Y) = (1 + target)(1 + g_E)``: fixed paths ``scenarios`` and the 2020-25
    labour-force growth of the estimate's constructions (lowest, highest); rows of kind
    ``achieved`` give Hanoi's real GRDP growth 2016-20 and 2021-25 and its fastest year.
    """
    lo, hi = est.lf_growth_interval()
    paths = [(f"{e:g} %/yr", e) for e in scenarios] + [("labour force 2020-25, lowest", lo),
                                                        ("labour force 2020-25, highest", hi)]  # fmt: skip
    rows = [{"kind": "needed", "scenario": k, "employment_growth": e,
             "grdp_growth": 100 * ((1 + target / 100) * (1 + e / 100) - 1)} for k, e in paths]  # fmt: skip
    gd = data.segment(config.HANOI, "grdp_growth").values
    for s, e in ((2016, 2020), (2021, 2025)):
        yrs = [y for y in range(s, e + 1) if y in gd.index]
        if len(yrs) == e - s + 1:
            rows.append({"kind": "achieved", "scenario": f"{s}-{e}", "employment_growth": np.nan,
                         "grdp_growth": methods.average_growth(gd[yrs])})  # fmt: skip
    if len(gd):
        rows.append({"kind": "achieved", "scenario": f"fastest year ({int(gd.idxmax())})",
                     "employment_growth": np.nan, "grdp_growth": float(gd.max())})  # fmt: skip
    return pd.DataFrame(rows)
