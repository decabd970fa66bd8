"""Year reached: the one answer to "at this pace, when does the indicator reach its target?".

Every page asks it through :func:`year_reached` (or :func:`for_target`): notebook 04's
same-release table (:func:`hn4ir_analysis.views.digital_targets.year_reached`), the front page and
notebook 05 (:func:`hn4ir_analysis.assess.whatif.pace`) and the what-if scenarios.

Notes
-----
Method. From the latest value ``v`` in year ``t``, moving at ``pace`` a year, the value in
year ``y`` is ``v + pace·(y − t)`` (``basis="points"``: linear, in the unit's points — the
basis for shares, as the releases and the plans speak) or ``v·(1 + pace/100)^(y − t)``
(``basis="compound"``: a compound rate, the basis of the Eurostat growth ratio and of
levels). A share is capped at 100. The year reached is the **first calendar year** whose
value reaches the threshold (``≥``; ``>`` for a strict target; ``≤``/``<`` when less is
better), searched up to :data:`HORIZON`; ``None`` beyond it or when the pace never gets
there. The threshold of "about X" is the lower edge of its ±5 % band, ``0.95·X`` — the
value from which the assessment counts it met; of a range, its lower end.

Example (Hanoi's digital-economy share, city release of 2025: 15.37 % in 2020, 17.34 %
in 2025, +0.394 points a year): ≥ 30 % in 2058, ≈ 35 % (33.25 %) in 2066, > 40 % in 2083;
at the compound rate of the same two values (2.44 %/yr) ≥ 30 % in 2048 and > 40 % in 2060.
"""

from __future__ import annotations

import math

from hn4ir_analysis.data.targets import APPROX_TOLERANCE

#: last year searched
HORIZON = 2100
BASES = ("points", "compound")


def threshold(comparison: str, low: float, high: float | None = None) -> float:
    """The value to reach: the stated one; the band's lower edge for "about"; a range's low end."""
    if comparison == "approx":
        return low * (1 - APPROX_TOLERANCE)
    return low


def value_at(latest: float, pace: float, years: int, basis: str = "points",
             cap: float | None = None) -> float:  # fmt: skip
    """The value ``years`` after the latest at ``pace`` a year (see module notes)."""
    if basis not in BASES:
        raise ValueError(f"basis must be one of {BASES}, not {basis!r}")
    out = latest + pace * years if basis == "points" else latest * (1 + pace / 100) ** years
    return min(out, cap) if cap is not None else out


def year_reached(latest_year: int, latest: float, target: float, pace: float, *,
                 basis: str = "points", strict: bool = False, decreasing: bool = False,
                 cap: float | None = None, horizon: int = HORIZON) -> int | None:  # fmt: skip
    """First calendar year ≥ ``latest_year`` whose value reaches ``target`` at ``pace`` a year.

    Parameters
    ----------
    latest_year, latest : int, float
        Where the series stands.
    target : float
        The threshold (:func:`threshold` of the target).
    pace : float
        Points a year (``basis="points"``) or per cent a year (``basis="compound"``).
    strict : bool
        ``>`` (or ``<``) rather than ``≥`` (``≤``).
    decreasing : bool
        Less is better (reach ``target`` from above).
    cap : float, optional
        Upper bound of the value (100 for a share).

    Returns
    -------
    int or None
        ``None`` when not reached by ``horizon``.
    """
    if any(x is None or (isinstance(x, float) and math.isnan(x)) for x in (latest, target, pace)):
        return None

    def ok(v: float) -> bool:
        if decreasing:
            return v < target if strict else v <= target
        return v > target if strict else v >= target

    for y in range(int(latest_year), int(horizon) + 1):
        if ok(value_at(latest, pace, y - int(latest_year), basis, cap)):
            return y
    return None


def for_target(comparison: str, low: float, high: float | None, latest_year: int, latest: float,
               pace: float, *, basis: str = "points", share: bool = False,
               horizon: int = HORIZON) -> int | None:  # fmt: skip
    """:func:`year_reached` for a target given by its comparison and bounds (a row or a
    :class:`~hn4ir_analysis.data.targets.Target`'s fields)."""
    return year_reached(latest_year, latest, threshold(comparison, low, high), pace, basis=basis,
                        strict=comparison in ("gt", "lt"), decreasing=comparison in ("le", "lt"),
                        cap=100.0 if share else None, horizon=horizon)  # fmt: skip


def points_pace(y0: int, v0: float, y1: int, v1: float) -> float:
    """Points a year between two values."""
    return (v1 - v0) / (y1 - y0)


def compound_pace(y0: int, v0: float, y1: int, v1: float) -> float:
    """Per cent a year (compound) between two positive values."""
    return 100 * ((v1 / v0) ** (1 / (y1 - y0)) - 1)
