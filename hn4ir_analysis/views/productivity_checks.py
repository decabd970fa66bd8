"""Notebook 03: the published productivity figures checked against GRDP, the labour force
and the estimate of :mod:`hn4ir_analysis.assess.productivity`.

Notes
-----
* **GRDP level** (:func:`grdp_level`): the statistics office's GRDP per capita × average
  population where both exist (2020: 123.40 mn VND × 8,246.5 thousand ≈ 1,017,590 bn
  VND), else the chosen published level (2025: 1,587,379). The October-2020 estimate of
  1,060,000 is not used for 2020.
* **Implied employment** (:func:`implied_employment`): GRDP (bn VND) / level (mn VND) =
  thousand workers. A level implying more workers than the labour force of its year
  (beyond the rounding of the labour force), at the statistics office's GRDP or at the
  GRDP published at the time, is ``inconsistent`` and never used as a base.
* **Implied deflator** (:func:`deflators`): ``(1 + nominal GRDP growth) / (1 + real) − 1``.
* Every function is pure on the as-of view (:class:`~hn4ir_analysis.data.asof.AsOfData`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.assess import methods
from hn4ir_analysis.assess import productivity as est_mod
from hn4ir_analysis.data.asof import AsOfData
from hn4ir_analysis.views import i18n
from hn4ir_analysis.views.digital import published_figures

LEVEL, AVG = "labour_productivity_vnd", "labour_productivity_growth_avg"
PEERS = ("HN", "HCM", "DN", "HP", "VN")


def _chosen(data: AsOfData, indicator: str, year: int, geo: str = config.HANOI):
    a = data.annual
    r = a[
        (a["geo"] == geo)
        & (a["indicator"] == indicator)
        & (a["year"] == year)
        & (a["basis"] == "current")
    ]
    return (float(r["value"].iloc[0]), str(r["source_ids"].iloc[0])) if len(r) else (np.nan, "")


def grdp_level(data: AsOfData, year: int) -> tuple[float, str, str]:
    """GRDP at current prices (bn VND), its source ids and how it was obtained (module notes)."""
    pc, pc_id = _chosen(data, "grdp_per_capita_vnd", year)
    pop, pop_id = _chosen(data, "population_avg", year)
    if np.isfinite(pc) and np.isfinite(pop):
        return pc * pop, f"{pc_id};{pop_id}", "per_capita_x_population"
    v, ids = _chosen(data, "grdp_current_prices", year)
    return v, ids, "published_level"


def implied_employment(data: AsOfData) -> pd.DataFrame:
    """Workers each published Hanoi level implies, beside the labour force of its year."""
    lv = published_figures(data, [LEVEL], geos=[config.HANOI])
    figs = {f.year: f for k, f in est_mod.labour_figures(data).items()
            if (k.startswith("gso") and f.year <= 2021) or (k.startswith("survey") and f.year > 2021)}  # fmt: skip
    rows = []
    for r in lv.itertuples():
        g, g_ids, how = grdp_level(data, r.year)
        pub, pub_ids = _chosen(data, "grdp_current_prices", r.year)
        lf = figs.get(r.year)
        emp, emp_pub = g / r.value, pub / r.value
        top = lf.value + lf.halfwidth if lf else np.nan
        flag = ("no_labour_force" if lf is None or not np.isfinite(g) else
                "inconsistent" if max(emp, np.nan_to_num(emp_pub)) > top else "consistent")  # fmt: skip
        if r.basis != "current":
            flag = "basis_unknown"
        rows.append({"year": r.year, "level": r.value, "obs_id": r.obs_id, "grdp": g, "grdp_how": how,
                     "implied_employment": emp, "grdp_published": pub, "implied_employment_published": emp_pub,
                     "labour_force": lf.value if lf else np.nan, "flag": flag,
                     "source_ids": ";".join(filter(None, [r.obs_id, g_ids, pub_ids, lf.obs_id if lf else ""]))})  # fmt: skip
    return pd.DataFrame(rows)


def usable_levels(data: AsOfData) -> pd.DataFrame:
    """Current-price levels that pass :func:`implied_employment` (or cannot be checked)."""
    emp = implied_employment(data)
    return emp[emp["flag"].isin(["consistent", "no_labour_force"])]


def deflators(data: AsOfData, spans=((2020, 2022), (2020, 2024), (2020, 2025))) -> pd.DataFrame:
    """Implied GRDP deflator over ``spans``: nominal GRDP growth (:func:`grdp_level`) net of real growth."""
    gd = data.segment(config.HANOI, "grdp_growth").values
    rows = []
    for y0, y1 in spans:
        (g0, i0, h0), (g1, i1, h1) = grdp_level(data, y0), grdp_level(data, y1)
        yrs = list(range(y0 + 1, y1 + 1))
        if not (np.isfinite(g0) and np.isfinite(g1) and set(yrs) <= set(gd.index)):
            continue
        nom = 100 * methods.cagr(g0, y0, g1, y1)
        real = methods.average_growth(gd[yrs])
        rows.append({"years": f"{y0}-{y1}", "grdp_start": g0, "grdp_end": g1, "nominal_grdp": nom,
                     "real_grdp": real, "deflator": 100 * ((1 + nom / 100) / (1 + real / 100) - 1),
                     "same_method": h0 == h1, "source_ids": f"{i0};{i1}"})  # fmt: skip
    return pd.DataFrame(rows)


def nominal_bounds(data: AsOfData, target: float = 7.0) -> pd.DataFrame:
    """Pairs of usable levels (2020 → later year): nominal growth, deflated by the implied deflator.

    ``breakeven_deflator``: the deflator at which real growth would equal ``target``;
    ``crosses_break``: the pair spans the 2021 labour-force definition change.
    """
    lv = usable_levels(data)
    defl = deflators(
        data, spans=[(int(a), int(b)) for a in lv["year"] for b in lv["year"] if a < b]
    )
    defl = defl.drop_duplicates("years").set_index("years") if len(defl) else defl
    rows = []
    for a in lv.itertuples():
        for b in lv.itertuples():
            key = f"{a.year}-{b.year}"
            if a.year >= b.year or key not in getattr(defl, "index", []):
                continue
            nom = 100 * methods.cagr(a.level, a.year, b.level, b.year)
            d = defl.loc[key, "deflator"]
            rows.append({"years": key, "p_start": a.level, "p_end": b.level, "nominal_p": nom, "deflator": d,
                         "real_p": 100 * ((1 + nom / 100) / (1 + d / 100) - 1),
                         "breakeven_deflator": 100 * ((1 + nom / 100) / (1 + target / 100) - 1),
                         "crosses_break": a.year < est_mod.BREAK_YEAR <= b.year,
                         "source_ids": f"{a.obs_id};{b.obs_id}"})  # fmt: skip
    return pd.DataFrame(rows)


def peers(data: AsOfData, est: est_mod.Estimate | None = None, period=(2016, 2020)) -> pd.DataFrame:
    """Productivity growth 2016-20 of Hanoi and its peers as published, with Hanoi's estimate."""
    p = data.periods
    pub = p[p["geo"].isin(PEERS) & (p["indicator"] == AVG) & (p["period_start"] == period[0])
            & (p["period_end"] == period[1]) & p["value"].notna()]  # fmt: skip
    rows = [{"geo": r.geo, "value": r.value, "kind": "published", "vintage": r.vintage,
             "published": r.published, "source_ids": r.source_ids} for r in pub.itertuples()]  # fmt: skip
    if est is not None:
        a = est.annual[(est.annual["year"] >= period[0]) & (est.annual["year"] <= period[1])]
        if len(a) == period[1] - period[0] + 1 and (a["flag"] == "ok").all():
            rows.append({"geo": config.HANOI, "value": methods.average_growth(a["estimate"]),
                         "kind": "estimate_per_labour_force_member", "vintage": "derived", "published": "",
                         "source_ids": ";".join(dict.fromkeys(i for s in a["source_ids"] for i in s.split(";")))})  # fmt: skip
    order = {g: i for i, g in enumerate(PEERS)}
    return pd.DataFrame(rows).sort_values(["geo", "kind"], key=lambda c: c.map(order) if c.name == "geo" else c,
                                          kind="mergesort").reset_index(drop=True)  # fmt: skip


def _period_pub(data: AsOfData, s: int, e: int) -> list[tuple[float, str]]:
    p = data.period_values(config.HANOI, AVG, s, e).drop_duplicates(["value"])
    return [(float(r.value), str(r.source_ids)) for r in p.itertuples()]


def cross_checks(data: AsOfData, est: est_mod.Estimate, lang: str = "en") -> pd.DataFrame:
    """Published levels and averages against the estimate, each difference explained.

    ``estimate``: the comparable quantity built from the estimate's inputs (NaN where
    none can be built); ``explanation`` names the reason for a gap (price basis, labour
    force vs employment, a level implying more workers than the labour force, definition
    or method breaks), in ``lang`` (catalogue keys ``nb03.why.*``), with the figures of
    the data it compares.
    """
    ann = est.annual.set_index("year")
    rows = []

    def add(what, pub, ids, value, *why):
        rows.append({"check": what, "published": pub, "estimate": value, "source_ids": ids,
                     "explanation": "; ".join(why)})  # fmt: skip

    def num(x, decimals):
        return i18n.format_number(x, lang, decimals)

    for pub, ids in _period_pub(data, 2011, 2015):
        old = ann.loc[2012:2015, "proxy" if "proxy" in ann else "estimate"]
        add("average 2011-15", pub, ids, methods.average_growth(old) if len(old) == 4 else np.nan,
            i18n.t("nb03.why.old_method", lang))  # fmt: skip
    a1620 = ann.loc[2016:2020]
    v1620 = (
        methods.average_growth(a1620["estimate"])
        if (a1620["flag"] == "ok").all() and len(a1620) == 5
        else np.nan
    )
    for pub, ids in _period_pub(data, 2016, 2020):
        add("average 2016-20", pub, ids, v1620,
            i18n.t("nb03.why.per_labour_force", lang, value=num(v1620, 2),
                   points=num(est_mod.UNEMPLOYMENT_SENSITIVITY, 1)))  # fmt: skip
    for pub, ids in _period_pub(data, 2012, 2022):
        lv = published_figures(data, [LEVEL], geos=[config.HANOI]).set_index("obs_id")["value"]
        first, last = lv.get("W3-HN-LPV-2011-01", np.nan), lv.get("W3-HN-LPV-2022-01", np.nan)
        both = np.isfinite(first) and np.isfinite(last)  # a view without one of them: "–"
        nom = 100 * methods.cagr(first, 2011, last, 2022) if both else np.nan
        add("average 2012-22", pub, ids, np.nan,
            i18n.t("nb03.why.not_reproducible", lang, first=num(first, 1), last=num(last, 1),
                   nominal=num(nom, 2), published=num(pub, 2)))  # fmt: skip
    emp = implied_employment(data)
    g2020, _, _ = grdp_level(data, 2020)
    lf2020 = est_mod.labour_figures(data).get("gso_2020")
    per_lf = g2020 / lf2020.value if lf2020 else np.nan
    k2022 = _chosen(data, "grdp_constant_2010_prices", 2022)
    for r in emp.itertuples():
        if r.flag == "inconsistent":
            why = [i18n.t("nb03.why.inconsistent", lang, workers=num(r.implied_employment_published, 0),
                          grdp=num(r.grdp_published, 0), labour_force=num(r.labour_force, 1))]  # fmt: skip
        elif r.flag == "consistent":
            why = [i18n.t("nb03.why.consistent", lang, workers=num(r.implied_employment, 1),
                          share=num(100 * r.implied_employment / r.labour_force, 1))]  # fmt: skip
        elif r.flag == "no_labour_force":
            why = [i18n.t("nb03.why.no_labour_force", lang, workers=num(r.implied_employment, 1))]
        else:
            why = [i18n.t("nb03.why.basis_unknown", lang)]
        value = per_lf if r.year == 2020 else np.nan
        if r.year == 2022 and r.obs_id == "HN-LPV-2022-02" and np.isfinite(k2022[0]):
            alt = emp[emp["obs_id"] == "W3-HN-LPV-2022-01"]
            if len(alt):
                value = k2022[0] / float(alt["implied_employment_published"].iloc[0])
                why.append(i18n.t("nb03.why.constant_price", lang, grdp=num(k2022[0], 0),
                                  other=num(alt["level"].iloc[0], 1), value=num(value, 1),
                                  level=num(r.level, 1)))  # fmt: skip
        if r.flag == "inconsistent" and r.year - 1 >= 2021:
            e_prev, _ = _chosen(data, "grdp_current_prices", r.year - 1)
            a = data.annual
            emp_prev = a[
                (a["geo"] == config.HANOI)
                & (a["indicator"] == "employed")
                & (a["year"] == r.year - 1)
            ]
            if len(emp_prev) and np.isfinite(e_prev):
                n = float(emp_prev["value"].iloc[0])
                why.append(i18n.t("nb03.why.previous_year", lang, year=r.year - 1, grdp=num(e_prev, 0),
                                  employed=num(n, 0), ratio=num(e_prev / n, 1)))  # fmt: skip
        add(f"level {r.year}", r.level, r.source_ids, value, *why)
    return pd.DataFrame(rows)
