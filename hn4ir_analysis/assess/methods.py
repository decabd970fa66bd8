"""How trusted SDG trackers judge progress towards a level or share target.

Eurostat's growth ratio, the UNSD Progress Chart's projected level, UN ESCAP's
anticipated-progress gap and Destatis' weather symbols, each a pure function of plain
numbers returning a :class:`MethodResult`. Growth arithmetic (CAGR, average-growth targets)
lives in :mod:`hn4ir_analysis.growth_targets` and is re-exported here.

Notes
-----
Shared rules (``d`` = ``direction``: +1 when an increase is good, -1 when a decrease is):

* The target is checked first: a latest value meeting it in the good direction is
  ``"achieved"`` whatever the trend (Open SDG: such indicators score the top "regardless
  of the underlying trend").
* Data problems never raise: under two observations, base year == latest year, target ==
  base value, or values a model cannot use give ``"insufficient_data"``, reason in
  ``notes``. ``ValueError`` is for programming errors (``T <= t``, bad ``direction``,
  mismatched or duplicated years).
* Interpretation: where the target lies on the bad side of the base value (the base had
  already met it, then fell back), ratios are taken over ``|Y* - y0|`` and signed by
  ``d``, as Open SDG's ``R = d a / |r|`` does, so moving the good way always scores higher.
* The verdicts disagree near their cut-offs: always show ``score`` and ``projected``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from hn4ir_analysis.assess.schema import number
from hn4ir_analysis.growth_targets import average_growth as average_growth  # re-exported
from hn4ir_analysis.growth_targets import cagr as cagr
from hn4ir_analysis.growth_targets import required_average_growth as required_average_growth
from hn4ir_analysis.growth_targets import required_cagr as required_cagr

ACHIEVED, INSUFFICIENT = "achieved", "insufficient_data"
CATEGORIES: dict[str, list[str]] = {
    "eurostat": ["on_track", "moderate_progress", "limited_progress", "moving_away"],
    "unsd": ["on_track", "fair_progress", "limited_progress", "stagnation", "regression"],
    "escap": ["maintain", "accelerate", "reverse"],
    "destatis": ["sun", "sun_cloud", "cloud", "thunderstorm"],
}


@dataclass(frozen=True)
class MethodResult:
    """One method's verdict on one target: category, headline number, projection, why."""

    method: str
    category: str
    score: float | None
    projected: float | None
    notes: str = ""


def severity(method: str, category: str) -> int:
    """Rank a category: 0 = best of ``CATEGORIES[method]``, ``"achieved"`` -1, no data 100."""
    if method not in CATEGORIES:
        raise ValueError(f"unknown method {method!r}; expected one of {sorted(CATEGORIES)}")
    if category in (ACHIEVED, INSUFFICIENT):
        return -1 if category == ACHIEVED else 100
    if category not in CATEGORIES[method]:
        raise ValueError(f"unknown category {category!r} for method {method!r}")
    return CATEGORIES[method].index(category)


def most_negative(results: list[MethodResult]) -> MethodResult:
    """The worst verdict among one method's results for several targets of one indicator.

    Notes
    -----
    Destatis judges an indicator with several targets (a range's two bounds, two target
    years) against each and the most negative verdict stands (rule as given in the
    project's ``assessment-methods.md``; not re-checked in Destatis' text). As
    ``"insufficient_data"`` ranks worst, one unjudgeable target makes the whole verdict
    unjudgeable: a conservative reading. Ties keep the first result.
    """
    if not results or len({r.method for r in results}) > 1:
        raise ValueError("most_negative needs one or more results, all of one method")
    return max(results, key=lambda r: severity(r.method, r.category))


def _bare(method: str, category: str, notes: str) -> MethodResult:
    return MethodResult(method, category, None, None, notes)


def _pre(
    method, y0, t0, yt, t, target, T, d, *, base_check=True, strict=False
) -> MethodResult | None:
    """Shared first steps: argument checks, achieved, data checks; None = go on.

    ``strict``: the target is ``gt``/``lt`` — a value exactly at the threshold has not met
    it, as :meth:`hn4ir_analysis.data.targets.Target.is_met` says.
    """
    if d not in (1, -1):
        raise ValueError(f"direction must be +1 or -1, got {d!r}")
    if T <= t or t < t0:
        raise ValueError(f"years must satisfy base {t0} <= latest {t} < target {T}")
    if any(not math.isfinite(v) for v in (y0, yt, target)):
        return _bare(method, INSUFFICIENT, "a value or the target is missing (NaN).")
    gap = d * (yt - target)
    if gap > 0 or (gap == 0 and not strict):
        return _bare(method, ACHIEVED, f"{number(yt)} in {t} already meets {number(target)}.")
    if t == t0:
        return _bare(method, INSUFFICIENT, f"a single year of data ({t}).")
    if base_check and target == y0:
        return _bare(method, INSUFFICIENT, "target equals the base value.")
    return None


def _cut(value: float, cuts: Sequence[float], labels: Sequence[str]) -> str:
    """First label whose lower cut ``value`` reaches; the last label otherwise."""
    return next((lab for c, lab in zip(cuts, labels, strict=False) if value >= c), labels[-1])


def eurostat_growth_ratio(y0, t0, yt, t, target, T, direction=1, *, strict=False) -> MethodResult:
    """Eurostat / Open SDG growth ratio ``R = d a / |r|``: actual over required CAGR.

    Parameters
    ----------
    y0, t0 : float, int
        Base value and year (Eurostat short term: five years back; Open SDG: 2015).
    yt, t, target, T : float, int, float, int
        Latest value and year; target value and year.
    direction : {1, -1}
        +1 when an increase is good, -1 when a decrease is (ranks).

    Returns
    -------
    MethodResult
        ``score`` = R; ``projected`` = None (the method projects nothing).

    Notes
    -----
    ``a = (yt/y0)^(1/(t-t0)) - 1`` is the growth so far, ``r = (Y*/y0)^(1/(T-t0)) - 1``
    the growth a year the whole path needed; read R as the share of the required pace
    achieved. ``R >= 0.95`` on track (Eurostat "significant progress"); ``0.6-0.95``
    moderate progress; ``0-0.6`` limited ("insufficient") progress; ``< 0`` moving away.
    Values and target must be positive (Open SDG puts 0.001 for a zero; we refuse).

    Sources: Eurostat, *Sustainable development in the European Union - monitoring report
    on progress towards the SDGs in an EU context*, methodological annex
    (https://ec.europa.eu/eurostat/web/sdi; annex text not in the stored copies searched).
    Formula, ``d``, cuts 95/60/0 % and the "target achieved" override are confirmed in the
    Statistics Canada method adopted by Open SDG, which follows Eurostat (2021):
    https://open-sdg.readthedocs.io/en/latest/progress-methodology/.
    """
    pre = _pre("eurostat", y0, t0, yt, t, target, T, direction, strict=strict)
    if pre is not None:
        return pre
    if min(y0, yt, target) <= 0:
        return _bare("eurostat", INSUFFICIENT, "growth ratio needs positive values.")
    a, r = cagr(y0, t0, yt, t), required_cagr(y0, t0, target, T)
    R = direction * a / abs(r)
    cat = _cut(R, (0.95, 0.6, 0.0), CATEGORIES["eurostat"])
    note = f"{a:+.2%}/yr over {t0}-{t} vs {r:+.2%}/yr needed over {t0}-{T}: R = {R:.3f}."
    return MethodResult("eurostat", cat, R, None, note)


def unsd_progress(y0, t0, yt, t, target, T, direction=1, *, strict=False) -> MethodResult:
    """UNSD SDG Progress Chart: project at the observed CAGR, score the share of the way.

    Parameters as :func:`eurostat_growth_ratio`; ``score`` = S, ``projected`` = ŷT.

    Notes
    -----
    ``ŷT = yt (1 + a)^(T - t)``, ``a`` the CAGR from ``t0`` to ``t``, and
    ``S = d (ŷT - y0) / |Y* - y0|``: the share of the base-to-target distance the current
    pace covers by ``T`` (1 = on target). Bands: ``S >= 0.95`` on track (target met or
    almost met); ``0.5-0.95`` fair progress, acceleration needed; ``0.1-0.5`` limited
    progress; ``-0.1-0.1`` stagnation; ``< -0.1`` regression.

    Source: UNSD, *SDG Progress Chart - Technical Note* (https://unstats.un.org/sdgs/
    files/report/2023/Progress_Chart_Technical_Note_2023.pdf; not readable in the stored
    copies). Projection, ratio and the 0.95 and 0.10 cuts are confirmed by Eustat's
    adaptation of the 2023 note (github.com/EUSTAT-DES/site ``_pages/en/metodologia.md``,
    three bands). **The 0.5 and -0.1 cuts and five band names are NOT confirmed** (taken
    from the project's ``assessment-methods.md``). A CAGR of growth rates is meaningless:
    growth-rate targets go to :func:`required_average_growth`.
    """
    pre = _pre("unsd", y0, t0, yt, t, target, T, direction, strict=strict)
    if pre is not None:
        return pre
    if min(y0, yt) <= 0:
        return _bare("unsd", INSUFFICIENT, "CAGR projection needs positive values.")
    a = cagr(y0, t0, yt, t)
    proj = yt * (1.0 + a) ** (T - t)
    S = direction * (proj - y0) / abs(target - y0)
    cat = _cut(S, (0.95, 0.5, 0.1, -0.1), CATEGORIES["unsd"])
    note = (
        f"at {a:+.2%}/yr, {number(proj)} expected in {T} vs target {number(target)}: S = {S:.3f}."
    )
    return MethodResult("unsd", cat, S, proj, note)


def _series(method, years, values, target, T, d, base_check=True, strict=False):
    """Sorted finite arrays and the shared checks; returns (yrs, vals, verdict or None)."""
    yrs, vals = np.asarray(years, dtype=float), np.asarray(values, dtype=float)
    if yrs.shape != vals.shape or yrs.ndim != 1:
        raise ValueError("years and values must be 1-d and of equal length")
    keep = np.isfinite(vals) & np.isfinite(yrs)
    order = np.argsort(yrs[keep], kind="stable")
    yrs, vals = yrs[keep][order], vals[keep][order]
    if np.any(np.diff(yrs) == 0):
        raise ValueError("duplicate years: select one value per year first")
    if yrs.size == 0:
        return yrs, vals, _bare(method, INSUFFICIENT, "no observations.")
    ends = (float(vals[0]), int(yrs[0]), float(vals[-1]), int(yrs[-1]))
    return yrs, vals, _pre(method, *ends, target, T, d, base_check=base_check, strict=strict)


def escap_anticipated(
    years, values, target, T, direction=1, *, weighted=True, bounded_pct=False, strict=False
) -> MethodResult:
    """UN ESCAP anticipated progress: the gap the extrapolated trend leaves in ``T``.

    Parameters
    ----------
    years, values : sequence
        Series from the base year (first value = ``y0``) to the latest; NaN dropped.
    target, T, direction
        As :func:`eurostat_growth_ratio`.
    weighted : bool
        True: weighted least-squares slope of ``log(value)`` on the year, weights
        ``year_i - year_0 + 1``. False: the first-to-latest CAGR (the worked example).
    bounded_pct : bool
        Trend ``logit(value/100)`` instead, so a share stays inside (0, 100).

    Returns
    -------
    MethodResult
        ``score`` = G, ``projected`` = ŷT.

    Notes
    -----
    ``G = d (Y* - ŷT) / |Y* - y0|``: the share of the base-to-target distance still
    missing in ``T`` if the trend holds. ``G <= 0`` maintain progress (target met);
    ``0 < G <= 1`` accelerate; ``G > 1`` reverse the trend (``T`` further from the target
    than the base). ``ŷT = g^-1(g(yt) + b (T - t))``, ``g`` = log or logit, ``b`` the slope;
    with two points both options give the plain CAGR extrapolation.

    Sources: ESCAP, *Progress assessment methodology*
    (https://data.unescap.org/resource-guides/progress-assessment-methodology);
    Bidarbakht Nia (2017), *A weighted extrapolation method for measuring the SDGs
    progress*, ESCAP Statistics Division Working Paper SD/WP/04 (unescap.org/resources/
    working-paper-series-sdwp04march-2017-weighted-extrapolation-method-measuring-sdgs);
    UNECE: "time-weighted linear regression ... gives more importance to more recent data"
    (https://w3.unece.org/sdg2022/technical-notes.html); the three labels as on ECA's
    dashboard (https://iprt.uneca.org/eca-progress/ProgressAssessment.html). Not confirmed
    in the stored text: the cuts 0 and 1 (from the project's ``assessment-methods.md``) and
    the paper's weights, so the linear weights, the anchoring at ``yt`` and the logit
    option are our choices.
    """
    yrs, vals, pre = _series("escap", years, values, target, T, direction, strict=strict)
    if pre is not None:
        return pre
    if np.any(vals <= 0) or (bounded_pct and np.any(vals >= 100)):
        why = "values strictly in (0, 100)" if bounded_pct else "positive values"
        return _bare("escap", INSUFFICIENT, f"the trend model needs {why}.")
    y0, t0, yt, t = vals[0], int(yrs[0]), vals[-1], int(yrs[-1])
    # trend variable relative to the latest value: exactly 0 for a constant series
    if bounded_pct:
        lg = np.log(vals / (100.0 - vals))
        z = lg - lg[-1]
    else:
        z = np.log(vals / yt)
    x = yrs - t
    if weighted:
        w = yrs - yrs[0] + 1.0
        xm, zm = np.average(x, weights=w), np.average(z, weights=w)
        b = float(np.sum(w * (x - xm) * (z - zm)) / np.sum(w * (x - xm) ** 2))
    else:
        b = float(z[0] / x[0])  # (g(yt) - g(y0)) / (t - t0)
    if bounded_pct:
        proj = 100.0 / (1.0 + math.exp(-(float(lg[-1]) + b * (T - t))))
    else:
        proj = float(yt) * math.exp(b * (T - t))
    G = direction * (target - proj) / abs(target - y0)
    cat = "maintain" if G <= 0 else "accelerate" if G <= 1 else "reverse"
    how = ("weighted " if weighted else "") + ("logit" if bounded_pct else "log") + " trend"
    note = f"{how} {t0}-{t} gives {number(proj)} in {T} vs target {number(target)}: G = {G:.3f}."
    return MethodResult("escap", cat, float(G), proj, note)


def destatis_weather(
    years, values, target, T, direction=1, *, rate=False, strict=False
) -> MethodResult:
    """Destatis weather symbol: the last five years' average change carried on to ``T``.

    Parameters as :func:`escap_anticipated`; ``projected`` = ŷT, ``score`` = the share of
    the distance still to go (``Y* - yt``) by which ŷT misses the target (< 0: overshoot).

    Notes
    -----
    ``Δ = (yt - ys) / (t - s)`` over the observations of years ``t-5 .. t`` (``s`` the
    earliest; with six annual points, the mean of the last five annual changes);
    ``ŷT = yt + Δ (T - t)``; ``score = (Y* - ŷT) / (Y* - yt)``. ``score < 0.05`` sun;
    ``0.05-0.20`` sun with cloud; ``> 0.20`` but moving the good way cloud; not moving the
    good way (``d Δ <= 0``, i.e. ``score >= 1``) thunderstorm. Interpretations: fewer than
    four values in that window is insufficient data; a linear level method accepts zero or
    negative values, and "target == base value" does not stop it.

    Source: Destatis, German Sustainable Development Strategy indicators, *Status of
    indicators - Methodology* (https://dns-indikatoren.de/en/status): mean of the last
    five annual changes from the six latest data points; cuts at 5 % and 20 % of "the
    difference between the target value and the current value".

    ``rate=True`` is for a level built from growth rates (the real GRDP index behind a
    growth target): the average change is then the average *growth* of the last five
    years, ``g = (yt/ys)^(1/(t-s)) - 1``, carried on as ``ŷT = yt (1+g)^(T-t)`` — the
    Destatis rule for targets on rates (the indicator page for economic output
    judges the average annual rate of change of the last five years), not a linear
    extrapolation of the index, which would understate a steady growth rate (Hanoi's
    index 2020-25: +10.32 points a year = 4.92 %/yr in 2030 against 6.54 %/yr observed).
    ``strict``: see :func:`_pre`.
    """
    yrs, vals, pre = _series("destatis", years, values, target, T, direction, False, strict)
    if pre is not None:
        return pre
    yt, t = float(vals[-1]), int(yrs[-1])
    win = yrs >= t - 5
    if win.sum() < 4:
        note = f"needs at least 4 values in {t - 5}-{t}; found {int(win.sum())}."
        return _bare("destatis", INSUFFICIENT, note)
    ys, s = float(vals[win][0]), int(yrs[win][0])
    if rate:
        if min(ys, yt) <= 0:
            return _bare("destatis", INSUFFICIENT, "an average growth needs positive values.")
        g = cagr(ys, s, yt, t)
        delta, proj = yt * g, yt * (1.0 + g) ** (T - t)
    else:
        delta = (yt - ys) / (t - s)
        proj = yt + delta * (T - t)
    if target == yt:  # a strict (gt/lt) target exactly at its threshold: no distance left
        score = -1.0 if direction * delta > 0 else 1.0
    else:
        score = (target - proj) / (target - yt)
    if score <= 0.20:
        cat = "sun" if score < 0.05 else "sun_cloud"
    else:
        cat = "cloud" if direction * delta > 0 else "thunderstorm"
    pace = f"{g:+.2%}/yr (average growth)" if rate else f"{delta:+.4g}/yr"
    note = (
        f"{pace} over {s}-{t} gives {number(proj)} in {T} vs target {number(target)}: "
        f"{score:.1%} of the remaining distance missed."
    )
    return MethodResult("destatis", cat, score, proj, note)
