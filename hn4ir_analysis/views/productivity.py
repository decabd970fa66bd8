"""Labour productivity in Hanoi: what the published figures allow (notebook 03).

Hanoi has no annual productivity series and no count of employed persons (data README
§4.6, §7): three levels (2020, 2022, 2025), published five-year averages, and a labour
force that ends in 2021 with a definition break. Every function is pure on the as-of data
(``S.annual``, ``S.data.periods``, raw observations); :func:`localize` translates tables.

Notes
-----
Three identities carry the analysis (growth rates in per cent; ``Y`` real GRDP, ``P``
productivity, ``E`` employment, ``π`` the GRDP deflator): ``1 + P_nominal = (1 + P_real)
(1 + π)``, so while prices rise nominal growth of the current-price levels bounds real
growth from above (:func:`nominal_bounds`); ``1 + Y = (1 + P)(1 + E)``, so real GRDP
growth net of labour-force growth is output growth per member of the labour force, a
proxy for productivity growth (:func:`growth_minus_labour`), and GRDP growth with a
productivity target fixes the employment path it needed (:func:`required_employment_growth`).
Growth over several years is compound (CAGR, geometric averages: :mod:`hn4ir_analysis.growth_targets`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.assess import methods
from hn4ir_analysis.data.asof import cutoff_date
from hn4ir_analysis.views.digital import doc_code, localize_with, published_figures
from hn4ir_analysis.views.notebook import escape_markdown

LEVEL, AVG = "labour_productivity_vnd", "labour_productivity_growth_avg"
#: first year of the ICLS-19 labour-force definition (data README §4.6)
BREAK_YEAR = 2021
#: plan periods shown in the period-average table
PERIODS = ((2011, 2015), (2016, 2020), (2021, 2025), (2026, 2030))
#: column → i18n key prefix for code values that :func:`localize` translates
CODED = {"verdict": "nb03.verdict", "flag": "nb03.flag", "basis_of_growth": "nb03.basis",
         "series": "nb03.series", "scenario": "nb03.scenario", "vintage": "nb34.vintage",
         "basis": "nb34.basis"}  # fmt: skip


def localize(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Headers and code values (verdicts, flags, GRDP bases) in ``lang``."""
    return localize_with(frame, lang, CODED)


def _value(annual: pd.DataFrame, geo: str, indicator: str, year: int, current: bool = False) -> float:  # fmt: skip
    """The chosen value of one year (NaN if none; with ``current``, only a current-basis one)."""
    row = annual[(annual["geo"] == geo) & (annual["indicator"] == indicator) & (annual["year"] == year)]  # fmt: skip
    if current:
        row = row[row["basis"] == "current"]
    return float(row["value"].iloc[0]) if len(row) else np.nan


def levels_table(observations, annual, as_of, sources=None) -> pd.DataFrame:
    """Hanoi's published productivity levels beside the national level of the same year.

    ``ratio_to_national`` = Hanoi / Vietnam (the chosen national value): a Hanoi figure
    equal to the national one (ratio 1.00) cannot be Hanoi's.
    """
    lv = published_figures(observations, [LEVEL], as_of, geos=[config.HANOI], sources=sources)
    lv["national"] = [_value(annual, "VN", LEVEL, y) for y in lv["year"]]
    lv["ratio_to_national"] = lv["value"] / lv["national"]
    return lv[["year", "value", "national", "ratio_to_national", "producer", "vintage", "basis",
               "published", "obs_id"]]  # fmt: skip


def period_table(periods: pd.DataFrame, targets, milestones: pd.DataFrame, as_of: int) -> pd.DataFrame:  # fmt: skip
    """Published period averages of productivity growth against the targets of the period.

    One row per published figure × target group (targets of equal thresholds from several
    documents are grouped). ``verdict``: ``achieved``, ``exceeded`` (above a range),
    ``missed``, ``no_figure`` (period over, no number published), ``not_met_statement``
    (no number, but milestone HN-MSLP-2025-01 says the target was not met), ``not_over``.
    """
    pub = periods[(periods["geo"] == config.HANOI) & (periods["indicator"] == AVG)]
    rows = []
    for s, e in PERIODS:
        figs = (
            pub[pub["period_start"] == s].groupby("value", sort=False)["source_ids"].agg(", ".join)
        )
        figs = list(figs.items()) or [None]
        groups: dict[tuple, list] = {}
        for tg in targets:
            if tg.geo == config.HANOI and tg.indicator == AVG and tg.period_start == s:
                groups.setdefault((tg.comparison, tg.low, tg.high), []).append(tg)
        for fig in figs:
            for tgs in groups.values() or [None]:
                rows.append(_period_row(s, e, fig, tgs, milestones, as_of))
    return pd.DataFrame(rows)


def _period_row(s, e, fig, tgs, milestones, as_of) -> dict:
    value = fig[0] if fig is not None else np.nan
    row = {"period": f"{s}-{e}", "published_avg": value, "source_ids": fig[1] if fig else "–",
           "target": tgs[0].describe().replace(" pct", "%").split(" (")[0] if tgs else "–",
           "documents": ", ".join(sorted({doc_code(x.target_id) for x in tgs})) if tgs else "–"}  # fmt: skip
    if not tgs:
        verdict = "no_target"
    elif e > as_of:
        verdict = "not_over"
    elif fig is None:
        stated = e == 2025 and milestone_statement(milestones, as_of) is not None
        verdict = "not_met_statement" if stated else "no_figure"
    else:
        hi = tgs[0].bounds()[1]
        verdict = "achieved" if tgs[0].is_met(value) else "exceeded" if value > hi else "missed"
    row["verdict"] = verdict
    return row


def milestone_statement(milestones: pd.DataFrame, as_of: int, mid: str = "HN-MSLP-2025-01"):
    """The milestone row ``mid`` (2021-25 targets not met) if dated by the as-of cut-off, else None.

    Its id, date and descriptions are escaped for Markdown
    (:func:`hn4ir_analysis.views.notebook.escape_markdown`): notebook 03 shows them with
    ``Markdown()``, and they come from a raw file.
    """
    ms = milestones[(milestones["milestone_id"] == mid)
                    & (milestones["date"].astype(str) <= cutoff_date(as_of))]  # fmt: skip
    if not len(ms):
        return None
    row = ms.iloc[0].copy()
    for col in ("milestone_id", "date", "description_en", "description_vi"):
        row[col] = escape_markdown(row[col])
    return row


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


def nominal_bounds(annual: pd.DataFrame, pairs=((2020, 2022), (2022, 2025), (2020, 2025)),
                   target: float = 7.0) -> pd.DataFrame:  # fmt: skip
    """What the current-price productivity levels say about real productivity growth.

    Per pair of years with both levels (chosen, current basis): ``nominal_p`` CAGR of the levels;
    ``real_grdp`` geometric average of real GRDP growth over the same years;
    ``nominal_grdp`` CAGR of GRDP at current prices; ``deflator`` the implied GRDP
    deflator ``(1+nominal_grdp)/(1+real_grdp) − 1``; ``real_p`` the productivity growth at
    that deflator; ``implied_employment_growth`` the implied employment growth
    ``(1+nominal_grdp)/(1+nominal_p) − 1``; ``breakeven_deflator`` the deflator at which
    real productivity growth would equal ``target`` (negative: prices must have fallen).
    ``crosses_break``: the pair spans the 2021 ICLS-19 change, which raises productivity.
    """
    rows = []
    for y0, y1 in pairs:
        p0, p1 = (_value(annual, config.HANOI, LEVEL, y, current=True) for y in (y0, y1))
        if not (np.isfinite(p0) and np.isfinite(p1)):
            continue
        nom_p = _cagr_pct(p0, y0, p1, y1)
        real_y = _avg_growth(annual, config.HANOI, "grdp_growth", range(y0 + 1, y1 + 1))
        g0, g1 = (_value(annual, config.HANOI, "grdp_current_prices", y) for y in (y0, y1))
        nom_y = _cagr_pct(g0, y0, g1, y1)
        defl = 100 * ((1 + nom_y / 100) / (1 + real_y / 100) - 1)
        rows.append({"years": f"{y0}-{y1}", "p_start": p0, "p_end": p1, "nominal_p": nom_p,
                     "real_grdp": real_y, "nominal_grdp": nom_y, "deflator": defl,
                     "real_p": 100 * ((1 + nom_p / 100) / (1 + defl / 100) - 1),
                     "implied_employment_growth": 100 * ((1 + nom_y / 100) / (1 + nom_p / 100) - 1),
                     "breakeven_deflator": 100 * ((1 + nom_p / 100) / (1 + target / 100) - 1),
                     "crosses_break": y0 < BREAK_YEAR <= y1})  # fmt: skip
    return pd.DataFrame(rows)


def implied_employment(levels: pd.DataFrame, annual: pd.DataFrame) -> pd.DataFrame:
    """Employment each published level implies: GRDP (bn VND) / level (mn VND) = thousand persons.

    Compared with the labour force and the average population (same year, else the latest
    earlier year, named in ``population_year``): employment above the labour force, or a
    share of the population far from its neighbours, shows a level on another basis.
    """
    rows = []
    for r in levels.itertuples():
        grdp = _value(annual, config.HANOI, "grdp_current_prices", r.year)
        pop = annual[(annual["geo"] == config.HANOI) & (annual["indicator"] == "population_avg")
                     & (annual["year"] <= r.year) & (annual["basis"] == "current")]  # fmt: skip
        emp = grdp / r.value
        pop_v = float(pop["value"].iloc[-1]) if len(pop) else np.nan
        rows.append({"year": r.year, "level": r.value, "obs_id": r.obs_id, "grdp": grdp, "implied_employment": emp,
                     "labour_force": _value(annual, config.HANOI, "labour_force", r.year),
                     "population_year": int(pop["year"].iloc[-1]) if len(pop) else None,
                     "employment_rate": 100 * emp / pop_v})  # fmt: skip
    return pd.DataFrame(rows).astype({"population_year": "Int64"}) if rows else pd.DataFrame()


def labour_table(annual: pd.DataFrame) -> pd.DataFrame:
    """Hanoi's labour force and average population (current basis) from 2010; ``flag`` marks the 2021 break."""
    hn = annual[(annual["geo"] == config.HANOI) & annual["indicator"].isin(["labour_force", "population_avg"])
                & (annual["basis"] == "current")]  # fmt: skip
    w = hn.pivot_table(index="year", columns="indicator", values="value", aggfunc="first")
    w = w.reindex(columns=["labour_force", "population_avg"])
    w = w[w.index >= 2010]
    w.columns.name = None
    lf = hn[hn["indicator"] == "labour_force"].set_index("year")["break_before"].fillna("")
    w["flag"] = ["break" if lf.get(y, "").startswith("ICLS") else "" for y in w.index]
    return w.reset_index()


def growth_minus_labour(annual: pd.DataFrame, start: int = 2011, end: int = 2021) -> pd.DataFrame:
    """Real GRDP growth net of labour-force growth, ``(1+g_Y)/(1+g_L) − 1``, year by year.

    ``flag``: ``ok``; ``old_basis`` (GRDP growth on Hanoi's pre-2017 local method, not
    comparable with later years: README §4.1); ``break`` (labour force across the 2021
    ICLS-19 change: not bridged, no value); ``no_grdp`` / ``no_lf`` (missing).
    """
    hn = annual[annual["geo"] == config.HANOI]
    rows = []
    for y in range(start, end + 1):
        g = hn[(hn["indicator"] == "grdp_growth") & (hn["year"] == y)]
        lf0, lf1 = (_value(annual, config.HANOI, "labour_force", x) for x in (y - 1, y))
        gy = float(g["value"].iloc[0]) if len(g) else np.nan
        gl = 100 * (lf1 / lf0 - 1) if y != BREAK_YEAR else np.nan
        flag = ("no_grdp" if not len(g) else "break" if y == BREAK_YEAR else "no_lf" if not np.isfinite(gl)
                else "old_basis" if g["basis"].iloc[0] != "current" else "ok")  # fmt: skip
        proxy = 100 * ((1 + gy / 100) / (1 + gl / 100) - 1) if flag in ("ok", "old_basis") else np.nan  # fmt: skip
        rows.append({"year": y, "grdp_growth": gy, "lf_growth": gl, "proxy": proxy, "flag": flag})
    return pd.DataFrame(rows)


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


def employment_table(annual: pd.DataFrame, targets, as_of: int,
                     productivity=("KH205_2025_labour_productivity", "KH205_2030_labour_productivity"),
                     grdp=("DH17_2025_grdp_growth", "DH18_2030_grdp_growth")) -> pd.DataFrame:  # fmt: skip
    """Employment growth each productivity target needed, given GRDP growth (observed or planned).

    For each productivity target (each bound of a range) of ``productivity``: with the
    real GRDP growth observed over the target period up to ``as_of`` (``basis_of_growth``
    ``observed``, or ``observed_partial`` while the period runs) and with the plan's own
    GRDP target of the same period (``plan``, its lower bound). Employment growth below
    zero means the target could only be met with fewer people at work.
    """
    by_id = {tg.target_id: tg for tg in targets}
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
