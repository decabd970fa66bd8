"""Progress methods that fit a trend over the whole series: UN ESCAP and Destatis.

UN ESCAP's anticipated-progress gap (weighted log/logit trend) and Destatis' weather
symbols (the last five years' average change), each a pure function of plain numbers
returning a :class:`~hn4ir_analysis.assess.method_result.MethodResult`; re-exported by
:mod:`hn4ir_analysis.assess.methods`.

Notes
-----
Shared rules as in :mod:`hn4ir_analysis.assess.method_result` (target met first: ``"achieved"``;
data problems give ``"insufficient_data"``, never raise). ESCAP: ``G = d (Y* - ŷT) / |Y* - y0|``
with cuts 0 and 1 (ESCAP, *Progress assessment methodology*; Bidarbakht Nia 2017, ESCAP
SD/WP/04). Destatis: score ``(Y* - ŷT) / (Y* - yt)`` with cuts 5 % and 20 % (Destatis,
*Status of indicators - Methodology*, dns-indikatoren.de/en/status). Full sources in each
function's Notes.
"""

from __future__ import annotations

import math

import numpy as np

from hn4ir_analysis.assess.method_result import INSUFFICIENT, MethodResult, _bare, _pre
from hn4ir_analysis.assess.schema import number
from hn4ir_analysis.growth_targets import cagr


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
