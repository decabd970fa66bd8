"""Growth arithmetic: CAGR, and targets on an average growth rate.

:func:`cagr` and :func:`required_cagr` serve the level methods of :mod:`hn4ir_analysis.assess.methods` and
return fractions (0.0772). A target on an *average growth rate* (labour productivity
+7-7.5 % a year over 2021-25) cannot be judged by those methods: a CAGR of a series of
growth rates means nothing (UNSD Progress Chart Technical Note). What can be said is how
the period has grown so far and how fast its remaining years must grow for the average to
reach the target. Those helpers take and return **per cent** (6.8 means +6.8 %).

Notes
-----
The period average is geometric: ``n`` years of growth ``g_i`` average
``(prod(1 + g_i/100))^(1/n) - 1``, the CAGR of the underlying level over the period,
which is how "grow 7 % a year on average" compounds. An arithmetic mean of the rates
differs slightly when the rates vary. Once the period is over, the observed average is
the verdict: achieved or missed, by how much, and on which data vintage (an estimate is
not an official figure), which the caller states.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def implied_level(base: float, growth_pct: float, n_years: int) -> float:
    """The level ``n_years`` after ``base`` at ``growth_pct`` per cent a year:
    ``base (1 + g/100)^n``, what an average-growth target implies for the level it builds."""
    return base * (1.0 + growth_pct / 100.0) ** n_years


def cagr(y0: float, t0: int, y1: float, t1: int) -> float:
    """Compound annual growth rate ``(y1/y0)^(1/(t1-t0)) - 1``, as a fraction (0.0772)."""
    if t1 == t0 or not (y0 > 0 and y1 > 0):
        raise ValueError(f"cagr needs two years and positive values, got {y0!r}, {y1!r}")
    return (y1 / y0) ** (1.0 / (t1 - t0)) - 1.0


def required_cagr(latest: float, t: int, target: float, T: int) -> float:
    """Growth a year needed from ``latest`` in year ``t`` to reach ``target`` in ``T``."""
    if T <= t:
        raise ValueError(f"target year {T} must be after year {t}")
    return cagr(latest, t, target, T)


def _factors(rates_pct: Sequence[float]) -> list[float]:
    factors = [1.0 + float(g) / 100.0 for g in rates_pct]
    if any(not math.isfinite(f) or f <= 0 for f in factors):
        raise ValueError(f"growth rates must be finite and above -100 %, got {list(rates_pct)}")
    return factors


def average_growth(rates_pct: Sequence[float]) -> float:
    """Geometric average of annual growth rates, in per cent.

    Parameters
    ----------
    rates_pct : sequence of float
        Annual growth rates in per cent, e.g. ``[5.5, 6.8, 6.0]``.

    Returns
    -------
    float
        ``(prod(1 + g_i/100))^(1/k) - 1``, times 100; ``6.10`` for the example.

    Notes
    -----
    The constant rate that, compounded over the ``k`` years, gives the same cumulative
    growth as the observed rates. Read it as "the period so far grew x % a year".
    """
    factors = _factors(rates_pct)
    if not factors:
        raise ValueError("average_growth needs at least one rate")
    return (math.prod(factors) ** (1.0 / len(factors)) - 1.0) * 100.0


def required_average_growth(
    observed_pct: Sequence[float], n_years: int, target_avg_pct: float
) -> float:
    """Growth needed in each remaining year for the period average to reach the target.

    Parameters
    ----------
    observed_pct : sequence of float
        Growth rates (per cent) already observed, first years of the period.
    n_years : int
        Length of the target period (5 for 2021-25).
    target_avg_pct : float
        Target geometric average over the whole period, in per cent.

    Returns
    -------
    float
        ``((1 + g*)^n / prod(1 + g_i))^(1/m) - 1`` in per cent, ``m = n - k`` remaining
        years. With ``[5.5, 6.8, 6.0]``, ``n = 5``: 8.37 for a 7 % target, 9.64 for 7.5 %.

    Raises
    ------
    ValueError
        When no year remains (``m <= 0``: the period is over, judge the observed average
        instead) or a rate is at or below -100 %.

    Notes
    -----
    Compare the answer with the rates the economy has actually shown: a required rate far
    above any observed one means the target is out of reach without a break in trend.
    A negative answer means the target is already secured even with some decline.
    """
    factors = _factors(observed_pct)
    m = int(n_years) - len(factors)
    if m <= 0:
        raise ValueError(
            f"no year left: {len(factors)} observed of a {n_years}-year period; "
            "use average_growth on the observed rates"
        )
    goal = _factors([target_avg_pct])[0] ** n_years
    return ((goal / math.prod(factors)) ** (1.0 / m) - 1.0) * 100.0
