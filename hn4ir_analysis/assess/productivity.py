"""Hanoi's labour-productivity growth estimated from real GRDP growth and the labour force.

Hanoi publishes no annual productivity series and no count of employed persons, but
``1 + g_Y = (1 + g_P)(1 + g_L)`` turns real GRDP growth ``g_Y`` (statistics office table
V03.10) and labour-force growth ``g_L`` into growth of output **per member of the labour
force** ``g_P``. :func:`estimate` builds that quantity year by year (:func:`annual_table`)
and for the 2021-25 plan period in every way the data allow (:func:`constructions`), each
with an interval that carries the rounding of the survey figures and the revision risk of
the latest GRDP estimate. The headline is the range the constructions span.

Notes
-----
Method.

* Labour force 2015-2020: statistics office table V02.34 (pre-2021 definition); 2021:
  the same table on the ICLS-19 definition (own-use producers no longer employed), so
  2020→2021 is a definition break, not growth; 2019, 2024, 2025: the Hanoi Employment
  Service Centre survey (one release, printed as 4.12, 4.15 and "about 4.2" million).
* Constructions of the 2021-25 average (``LF_2020`` → ``LF_2025``, 5 years):
  ``unbridged`` (GSO 2020 → survey 2025 as printed); ``bridged_trend`` (2020 rescaled to the
  2021 definition by the overlap ratio ``LF_2021 / (LF_2020 (1+g))``, ``g`` the 2015-20
  labour-force trend: the old-definition 2021 value is that trend's extrapolation);
  ``bridged_flat`` (the same with ``g = 0``: no labour-force growth in the Covid year);
  ``survey_release`` (the survey's own 2019 → 2025 growth, one release); and, outside
  the headline because it covers 2022-25 only, ``new_definition`` (GSO 2021 → 2025).
* Interval: each figure is ± half a unit of its last printed digit (4.15 million ± 5
  thousand, 4.2 million ± 50 thousand; :func:`rounding_halfwidth`), GRDP growth of a year
  whose vintage is an estimate ± ``grdp_halfwidth`` points; the estimate is monotone in
  each input, so the corners give the bounds.
* Labour force is not employment: if the unemployment rate changed by ``Δu`` points over
  the five years, growth per employed person differs by about ``Δu / 5`` points a year
  (:data:`UNEMPLOYMENT_SENSITIVITY`).

How to read: a construction's ``estimate`` is its central value, ``low``/``high`` what the
rounding and the GRDP estimate allow. A target is missed on this evidence only if every
construction's ``high`` is below it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.data.asof import AsOfData
from hn4ir_analysis.data.numbers import parse_figure
from hn4ir_analysis.growth_targets import average_growth

LF, GY = "labour_force", "grdp_growth"
BREAK_YEAR = 2021  # ICLS-19 labour-force definition (data README §4.6)
PERIOD = (2021, 2025)
#: GRDP growth of an estimate vintage may move by this many points (2025: 8.16 vs 8.5)
GRDP_HALFWIDTH = 0.5
#: change of the 5-year average (points a year) per 1-point rise of the unemployment rate
UNEMPLOYMENT_SENSITIVITY = 0.2
FINAL = {"official", "revised", "preliminary"}


@dataclass(frozen=True)
class Figure:
    """One labour-force figure: year, value (thousand), half-width, source id, definition."""

    year: int
    value: float
    halfwidth: float
    obs_id: str
    definition: str  # "pre2021" or "icls19"


@dataclass(frozen=True)
class Estimate:
    """The estimate as of one year (see module notes)."""

    as_of: int
    annual: pd.DataFrame
    constructions: pd.DataFrame
    grdp_avg: float
    grdp_ids: list[str] = field(default_factory=list)

    @property
    def headline(self) -> pd.DataFrame:
        return self.constructions[self.constructions["in_headline"]]

    def range(self) -> tuple[float, float]:
        """Lowest and highest central value of the headline constructions."""
        h = self.headline
        return float(h["estimate"].min()), float(h["estimate"].max())

    def interval(self) -> tuple[float, float]:
        """Lowest ``low`` and highest ``high`` of the headline constructions."""
        h = self.headline
        return float(h["low"].min()), float(h["high"].max())

    def source_ids(self) -> list[str]:
        ids = list(self.grdp_ids) + [i for s in self.headline["source_ids"] for i in s.split(";")]
        return list(dict.fromkeys(i for i in ids if i))

    def lf_growth_interval(self) -> tuple[float, float]:
        """Range of 2020-25 labour-force growth (per cent a year) over the headline, rounding included."""
        h = self.headline
        return float(h["lf_growth_low"].min()), float(h["lf_growth_high"].max())


def rounding_halfwidth(as_published: str, unit: str, quote: str | None = None) -> float:
    """Half a unit of the last digit printed, in ``unit``: ``"4,15 triệu người"`` → 5.0."""
    token = re.search(r"\d[\d.,]*\d|\d", str(as_published))
    if token is None:
        return 0.0
    digits = int(re.sub(r"\D", "", token.group()))
    try:
        value = parse_figure(str(as_published), unit, quote)
    except ValueError:
        return 0.0
    return 0.5 * abs(value) / digits if digits else 0.0


def _grdp(data: AsOfData, halfwidth: float) -> pd.DataFrame:
    seg = data.segment(config.HANOI, GY)
    half = [0.0 if v in FINAL else halfwidth for v in seg.vintages]
    return pd.DataFrame(
        {"g": seg.values, "half": half, "ids": seg.source_ids, "vintage": seg.vintages}
    )


def labour_figures(data: AsOfData, rounding: dict[str, float] | None = None) -> dict[str, Figure]:
    """The labour-force figures the constructions use, keyed ``gso_<year>`` / ``survey_<year>``.

    ``gso``: the chosen annual values (current basis); ``survey``: every figure of the
    release of the latest chosen value (same ``source_url``). ``rounding`` (obs id →
    half-width, thousand) overrides :func:`rounding_halfwidth`.
    """
    rounding = rounding or {}
    ann = data.annual[(data.annual["geo"] == config.HANOI) & (data.annual["indicator"] == LF)
                      & (data.annual["basis"] == "current")].sort_values("year")  # fmt: skip
    obs = data.observations[(data.observations["geo"] == config.HANOI) & (data.observations["indicator"] == LF)]  # fmt: skip
    by_id = obs.set_index("obs_id")

    def fig(oid: str, year: int, value: float) -> Figure:
        r = by_id.loc[oid] if oid in by_id.index else None
        hw = rounding.get(
            oid,
            rounding_halfwidth(r["as_published"], r["unit"], r["quote"]) if r is not None else 0.0,
        )
        return Figure(year, value, hw, oid, "icls19" if year >= BREAK_YEAR else "pre2021")

    out: dict[str, Figure] = {}
    for r in ann.itertuples():
        out[f"gso_{r.year}" if r.year <= BREAK_YEAR else f"survey_{r.year}"] = fig(r.source_ids, int(r.year), float(r.value))  # fmt: skip
    if len(ann) and int(ann["year"].iloc[-1]) > BREAK_YEAR:
        last = ann.iloc[-1]["source_ids"]
        url = by_id.loc[last, "source_url"] if last in by_id.index else None
        for r in obs[obs["source_url"] == url].itertuples():
            out[f"survey_{int(r.period)}"] = fig(r.obs_id, int(r.period), float(r.value))
    return out


def _grow(l0, l1, years) -> float:
    return 100 * ((l1 / l0) ** (1 / years) - 1)


def annual_table(data: AsOfData, *, rounding=None, grdp_halfwidth: float = GRDP_HALFWIDTH,
                 start: int = 2011) -> pd.DataFrame:  # fmt: skip
    """Growth of real GRDP per labour-force member, year by year, where both series allow.

    ``flag``: ``ok``; ``old_basis`` (GRDP growth on Hanoi's pre-2016 local method, shown
    for completeness only); ``break`` (2021: labour force across the definition change);
    ``no_lf`` (no labour-force figure for the year or the year before); ``no_grdp``.
    """
    gd = _grdp(data, grdp_halfwidth)
    hn = data.annual[(data.annual["geo"] == config.HANOI) & (data.annual["indicator"] == GY)]
    old = hn[hn["basis"] == "old_basis"].set_index("year")["value"]
    ids = hn.set_index("year")["source_ids"]
    figs = labour_figures(data, rounding)
    lf = {f.year: f for k, f in figs.items()
          if (k.startswith("gso") and f.year <= BREAK_YEAR) or (k.startswith("survey") and f.year > BREAK_YEAR)}  # fmt: skip
    rows = []
    for y in range(start, data.as_of + 1):
        g = gd["g"].get(y, old.get(y, np.nan))
        half = gd["half"].get(y, 0.0)
        f0, f1 = lf.get(y - 1), lf.get(y)
        flag = ("no_grdp" if not np.isfinite(g) else "break" if y == BREAK_YEAR else
                "no_lf" if f0 is None or f1 is None else "old_basis" if y not in gd.index else "ok")  # fmt: skip
        row = {"year": y, "grdp_growth": g, "lf_growth": np.nan, "estimate": np.nan, "low": np.nan,
               "high": np.nan, "flag": flag, "source_ids": ""}  # fmt: skip
        if flag in ("ok", "old_basis"):
            row["lf_growth"] = _grow(f0.value, f1.value, 1)
            row["estimate"] = 100 * ((1 + g / 100) / (f1.value / f0.value) - 1)
            row["low"] = 100 * (
                (1 + (g - half) / 100) / ((f1.value + f1.halfwidth) / (f0.value - f0.halfwidth)) - 1
            )
            row["high"] = 100 * (
                (1 + (g + half) / 100) / ((f1.value - f1.halfwidth) / (f0.value + f0.halfwidth)) - 1
            )
            row["source_ids"] = ";".join(filter(None, [str(ids.get(y, "")), f0.obs_id, f1.obs_id]))
        rows.append(row)
    return pd.DataFrame(rows)


#: each construction's assumptions in English from its ``assumption_args`` (pages: nb03.assume.*)
ASSUMPTIONS = {
    "unbridged": "GSO {start} (pre-2021 definition) to the survey's {end} figure as printed: no definition "
                 "change assumed (the survey's 2019 figure, 4.12 million, matches GSO's pre-2021 4,118.3 thousand)",
    "bridged_trend": "{start} rescaled to the ICLS-19 definition by the 2021 overlap ratio {ratio:.4f} = LF 2021 "
                     "(new) / LF 2021 (old definition, from {start} at labour force {trend_from}-{start} trend "
                     "({trend:.2f}%/yr))",
    "bridged_flat": "{start} rescaled to the ICLS-19 definition by the 2021 overlap ratio {ratio:.4f} = LF 2021 "
                    "(new) / LF 2021 (old definition, from {start} at no labour-force growth (Covid year))",
    "new_definition": "ICLS-19 definition only: GSO {start} to the survey's {end}; covers {covered_from}-{end}, "
                      "not the whole period (outside the headline)",
    "survey_release": "the survey's own {first}-{end} growth (one release) as the {start}-{end} pace",
}  # fmt: skip


def _construction(
    key, f0, f1, bridge, bridge_hw, gd, years, args: dict, in_headline, extra=()
) -> dict:
    """One construction: ``(1+g_Y)/(1+g_L) − 1`` over ``years`` with its rounding/estimate corners.

    ``bridge`` rescales ``f0`` to the definition of ``f1``; ``bridge_hw`` (low, high) are
    the bridge ratios at the corners of the figures it was made from; ``args`` fill
    :data:`ASSUMPTIONS` ``[key]``.
    """
    part = gd.loc[list(years)]
    g = average_growth(part["g"])
    g_lo = average_growth(part["g"] - part["half"])
    g_hi = average_growth(part["g"] + part["half"])
    n = f1.year - f0.year
    lf_mid = _grow(f0.value * bridge, f1.value, n)
    lf_hi = _grow((f0.value - f0.halfwidth) * bridge_hw[0], f1.value + f1.halfwidth, n)
    lf_lo = _grow((f0.value + f0.halfwidth) * bridge_hw[1], f1.value - f1.halfwidth, n)
    est = lambda gy, gl: 100 * ((1 + gy / 100) / (1 + gl / 100) - 1)  # noqa: E731
    ids = list(
        dict.fromkeys(
            [*(i for s in part["ids"] for i in s.split(";")), f0.obs_id, f1.obs_id, *extra]
        )
    )
    return {"construction": key, "period": f"{years[0]}-{years[-1]}", "lf_start_year": f0.year,
            "lf_start": f0.value * bridge, "lf_end_year": f1.year, "lf_end": f1.value,
            "grdp_growth": g, "lf_growth": lf_mid, "lf_growth_low": lf_lo, "lf_growth_high": lf_hi,
            "estimate": est(g, lf_mid), "low": est(g_lo, lf_hi), "high": est(g_hi, lf_lo),
            "in_headline": in_headline, "assumptions": ASSUMPTIONS[key].format(**args),
            "source_ids": ";".join(ids), "assumption_args": dict(args)}  # fmt: skip


def constructions(data: AsOfData, *, rounding=None, grdp_halfwidth: float = GRDP_HALFWIDTH,
                  period: tuple[int, int] = PERIOD) -> pd.DataFrame:  # fmt: skip
    """Every construction of the ``period`` average the data allow (module notes), one row each.

    Needs real GRDP growth for every year of the period and labour-force figures for the
    year before it and its last year; constructions whose inputs are missing are left out
    (an empty frame when none can be made, e.g. as of 2024).
    """
    s, e = period
    gd = _grdp(data, grdp_halfwidth)
    figs = labour_figures(data, rounding)
    years = list(range(s, e + 1))
    if not set(years) <= set(gd.index):
        return pd.DataFrame()
    g0, end = figs.get(f"gso_{s - 1}"), figs.get(f"survey_{e}")
    rows = []
    if g0 is not None and end is not None:
        rows.append(_construction("unbridged", g0, end, 1.0, (1.0, 1.0), gd, years,
                                  {"start": s - 1, "end": e}, True))  # fmt: skip
        new, first = figs.get(f"gso_{BREAK_YEAR}"), figs.get(f"gso_{s - 6}")
        if new is not None and first is not None:
            trend = (g0.value / first.value) ** (1 / 5)
            for key, gr, words in (("bridged_trend", trend, {"trend_from": s - 6, "trend": 100 * (trend - 1)}),
                                   ("bridged_flat", 1.0, {})):  # fmt: skip
                ratio = new.value / (g0.value * gr)
                lo = (new.value - new.halfwidth) / ((g0.value - g0.halfwidth) * gr)
                hi = (new.value + new.halfwidth) / ((g0.value + g0.halfwidth) * gr)
                rows.append(_construction(key, g0, end, ratio, (lo, hi), gd, years,
                                          {"start": s - 1, "ratio": ratio, **words}, True, (new.obs_id, first.obs_id)))  # fmt: skip
        if new is not None:
            rows.append(_construction("new_definition", new, end, 1.0, (1.0, 1.0), gd, years[1:],
                                      {"start": BREAK_YEAR, "end": e, "covered_from": s + 1}, False))  # fmt: skip
    sv = sorted(
        (f for k, f in figs.items() if k.startswith("survey_") and f.year < s), key=lambda f: f.year
    )
    if sv and end is not None:
        first = sv[0]
        rows.append(_construction("survey_release", first, end, 1.0, (1.0, 1.0), gd, years,
                                  {"first": first.year, "end": e, "start": s - 1}, True))  # fmt: skip
    return pd.DataFrame(rows)


def estimate(data: AsOfData, *, rounding: dict[str, float] | None = None,
             grdp_halfwidth: float = GRDP_HALFWIDTH) -> Estimate:  # fmt: skip
    """Annual table and 2021-25 constructions as of ``data.as_of`` (see module notes)."""
    cons = constructions(data, rounding=rounding, grdp_halfwidth=grdp_halfwidth)
    gd = _grdp(data, grdp_halfwidth)
    years = [y for y in range(PERIOD[0], PERIOD[1] + 1) if y in gd.index]
    ids = [i for y in years for i in str(gd.loc[y, "ids"]).split(";") if i]
    g = average_growth(gd.loc[years, "g"]) if years else math.nan
    return Estimate(data.as_of, annual_table(data, rounding=rounding, grdp_halfwidth=grdp_halfwidth),
                    cons, g, ids)  # fmt: skip
