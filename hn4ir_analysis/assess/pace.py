"""Average-growth targets for a period that has not started: recent pace vs required pace.

A target "GRDP growth ≥ 11 %/yr over 2026–30" judged with data to 2025 has no observed
year in its period. Every official method then compares the *recent* pace — the average
growth of the same series over its last five observed years, years stated — with the
*required* average ``g*`` over the target period; none blends a base from before the
period with the target years.

Notes
-----
With ``a`` the recent average growth (geometric, from the levels ``y0`` in ``t0`` and
``yt`` in ``t``, ``t - t0 <= 5``), ``â`` the weighted log-trend growth of the same window,
``n`` the length of the target period and ``F(x) = (1 + x)^n - 1`` the period's
cumulative growth at a pace ``x``:

* Eurostat growth ratio ``R = d a / |g*|`` (the observed over the required growth rate;
  cuts 0.95 / 0.6 / 0). Hanoi 2021–25: 6.54 / 11 = 0.59, limited progress.
* UNSD projected level: the period's level path at the recent pace against the target
  path from the same start, ``S = F(a) / F(g*)`` (bands 0.95 / 0.5 / 0.1 / −0.1).
* ESCAP anticipated progress: the same with the weighted trend, ``G = (F(g*) − F(â)) /
  F(g*)`` (``<= 0`` maintain, ``<= 1`` accelerate, else reverse).
* Destatis: the average growth of the last five years carried over the period (its rule
  for rates, see :func:`hn4ir_analysis.assess.methods.destatis_weather`), missing
  ``score = (F(g*) − F(a)) / F(g*)`` of the distance (< 5 % sun, <= 20 % sun with cloud,
  else cloud, or thunderstorm when the pace is not positive); at least four values.

Each ratio is taken between levels at the period start, which cancel: the rows carry the
window's levels so that the table reproduces ``a`` and every score.
"""

from __future__ import annotations

import math

import numpy as np

from hn4ir_analysis.assess import methods
from hn4ir_analysis.assess.methods import CATEGORIES, INSUFFICIENT, MethodResult
from hn4ir_analysis.assess.schema import number

#: length of the recent window (years of growth), as Eurostat's short term and Destatis
RECENT_YEARS = 5


def recent_window(years, levels, latest: int | None = None):
    """Years and levels of the last :data:`RECENT_YEARS` years of growth up to ``latest``."""
    yrs, vals = np.asarray(years, dtype=int), np.asarray(levels, dtype=float)
    t = int(yrs.max()) if latest is None else latest
    keep = (yrs >= t - RECENT_YEARS) & (yrs <= t) & np.isfinite(vals)
    return yrs[keep], vals[keep]


def pace_methods(years, levels, g_star: float, n: int, direction: int = 1, *,
                 strict: bool = False, label: str = "") -> dict[str, MethodResult]:  # fmt: skip
    """The four official verdicts on an average-growth target whose period has not started.

    Parameters
    ----------
    years, levels : sequence
        The level series the rates build (real GRDP index), any length; only the last
        five years of growth are used.
    g_star : float
        Required average growth over the target period, per cent a year (the bound to
        reach: the lower end of a range, 95 % of an "about" value).
    n : int
        Years in the target period.
    direction : {1, -1}
    strict : bool
        ``gt``/``lt``: a pace exactly at ``g_star`` does not meet it.
    label : str
        Words naming the period in the notes (``"2026-2030"``).

    Returns
    -------
    dict
        method → :class:`MethodResult`; ``projected`` is the average growth a year over
        the target period that the method expects (per cent).
    """
    yrs, vals = recent_window(years, levels)
    out = {}
    if len(yrs) < 2 or np.any(vals <= 0):
        why = f"the recent pace needs two positive levels in {RECENT_YEARS} years; found {len(yrs)}"
        return {m: MethodResult(m, INSUFFICIENT, None, None, why + ".") for m in CATEGORIES}
    t0, t, y0, yt = int(yrs[0]), int(yrs[-1]), float(vals[0]), float(vals[-1])
    a = methods.cagr(y0, t0, yt, t)
    g = g_star / 100
    pace = (f"recent pace {a:+.2%}/yr in {t0 + 1}-{t} (levels {t0}-{t}: {number(y0)} → {number(yt)}) vs "
            f"{g:+.2%}/yr required over {label or f'the {n}-year period'}")  # fmt: skip
    if g <= 0 or not math.isfinite(g):
        return {m: MethodResult(m, INSUFFICIENT, None, None, "required growth not positive.")
                for m in CATEGORIES}  # fmt: skip
    F = lambda x: (1 + x) ** n - 1  # noqa: E731  (cumulative growth over the period)
    met = direction * (a - g) > 0 or (a == g and not strict)
    R = direction * a / abs(g)
    out["eurostat"] = MethodResult("eurostat", "on_track" if met else methods._cut(
        R, (0.95, 0.6, 0.0), CATEGORIES["eurostat"]), R, None, f"{pace}: R = {R:.3f}.")  # fmt: skip
    S = direction * F(a) / abs(F(g))
    out["unsd"] = MethodResult("unsd", "on_track" if met else methods._cut(
        S, (0.95, 0.5, 0.1, -0.1), CATEGORIES["unsd"]), S, 100 * a,
        f"{pace}: at the recent pace the period grows {F(a):.1%} vs {F(g):.1%} needed, S = {S:.3f}.")  # fmt: skip
    # ESCAP: weighted log-linear trend of the same window (weights rise with the year)
    w = yrs - yrs[0] + 1.0
    x, z = yrs - t, np.log(vals / yt)
    xm, zm = np.average(x, weights=w), np.average(z, weights=w)
    b = float(np.sum(w * (x - xm) * (z - zm)) / np.sum(w * (x - xm) ** 2))
    ah = math.exp(b) - 1
    G = direction * (F(g) - F(ah)) / abs(F(g))
    cat = "maintain" if G <= 0 and (G < 0 or not strict) else "accelerate" if G <= 1 else "reverse"
    out["escap"] = MethodResult("escap", cat, G, 100 * ah,
        f"weighted log trend {t0}-{t}: {ah:+.2%}/yr vs {g:+.2%}/yr required over "
        f"{label or 'the period'}: G = {G:.3f}.")  # fmt: skip
    if len(yrs) < 4:
        out["destatis"] = MethodResult("destatis", INSUFFICIENT, None, None,
            f"needs at least 4 values in {t - RECENT_YEARS}-{t}; found {len(yrs)}.")  # fmt: skip
    else:
        score = (F(g) - F(a)) / F(g) if direction > 0 else (F(a) - F(g)) / abs(F(g))
        if score <= 0.20:
            dcat = "sun" if score < 0.05 else "sun_cloud"
        else:
            dcat = "cloud" if direction * a > 0 else "thunderstorm"
        out["destatis"] = MethodResult("destatis", dcat, score, 100 * a,
            f"{pace} (Destatis rule for rates: average growth of the last five years carried "
            f"on): {score:.1%} of the distance missed.")  # fmt: skip
    return out
