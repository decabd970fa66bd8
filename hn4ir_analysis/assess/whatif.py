"""What if: the growth a target needs from the latest year, and what given growth rates give.

:func:`needed` and :func:`scenarios` work on one row of the assessment table
(:data:`hn4ir_analysis.assess.verdicts.COLUMNS`) of a quantitative target; they read
``kind``, ``comparison``, ``low``, ``high``, ``target_year``, ``base_year``,
``base_value``, ``latest_year``, ``latest_value`` and ``required_growth`` and nothing else,
so they work on any row the table holds (productivity rows added later included).
:func:`pace` says how fast the indicator moved from the base year to the latest year and
in which year it reaches the target at that pace.

Notes
-----
Method. Levels and shares grow geometrically: ``g`` per cent a year from the latest value
``v`` in year ``t`` gives ``v·(1+g/100)^(T−t)`` in the target year ``T``; the target is
reached in the first year ``y`` with ``v·(1+g/100)^(y−t)`` meeting the threshold (searched
up to :data:`HORIZON`). A share is capped at 100 % (a share cannot exceed the whole).
An *average growth* target over ``s..e`` is judged, as in the assessment, on the
average of the whole period: the years observed so far (the row's ``latest_value``, the
average so far, over ``latest_year − s + 1`` years) compounded with ``g`` in each year
left (:func:`hn4ir_analysis.growth_targets.average_growth` arithmetic). A single-year
growth target is met when ``g`` itself meets it. ``meets`` is
:meth:`hn4ir_analysis.data.targets.Target.meets`' rule on the row's bounds (±5 % for
"about").

How to read: a scenario row says "if the indicator grew g % a year from now on, it would
be X in the target year: met / not met; reached in year Y (or not before 2100)". It is
arithmetic, not a forecast: the model's probability (``p_met``) is the forecast.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from hn4ir_analysis.data.targets import APPROX_TOLERANCE

#: default scenario growth rates, per cent a year (GRDP / productivity range of the plans)
GROWTH_SCENARIOS = (5.0, 6.5, 8.0, 10.0)
#: default scenarios for shares of GRDP: relative growth of the share, per cent a year
SHARE_SCENARIOS = (5.0, 10.0, 15.0, 20.0)
#: last year searched for "year reached"
HORIZON = 2100


def _nan(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def bounds(row: dict) -> tuple[float, float]:
    """The interval of values that meet the row's target (open ends as ±inf)."""
    lo, hi, comparison = row["low"], row.get("high"), row["comparison"]
    if comparison in ("ge", "gt"):
        return lo, math.inf
    if comparison in ("le", "lt"):
        return -math.inf, lo
    if comparison == "between":
        return lo, hi
    if comparison == "approx":
        return lo * (1 - APPROX_TOLERANCE), lo * (1 + APPROX_TOLERANCE)
    raise ValueError(f"{row.get('target_id')}: no bounds for a {comparison!r} target")


def meets(row: dict, value: float) -> bool:
    """Whether ``value`` meets the row's target (strict for ``gt``/``lt``)."""
    lo, hi = bounds(row)
    if row["comparison"] == "gt":
        return value > lo
    if row["comparison"] == "lt":
        return value < lo
    return lo <= value <= hi


def _reached(row: dict, value: float) -> bool:
    """Reached in the sense of "got there": for a range or "about", the lower bound counts
    (going on past it is a later question), for ``le``/``lt`` falling to it."""
    lo, _ = bounds(row)
    if row["comparison"] in ("le", "lt"):
        return meets(row, value)
    return value > lo if row["comparison"] == "gt" else value >= lo


def _grow(row: dict, value: float, g: float, years: int) -> float:
    out = value * (1 + g / 100) ** years
    return min(out, 100.0) if row["kind"] == "share" else out


def usable(row: dict) -> bool:
    """Whether the row holds what the arithmetic needs (a latest value and year)."""
    if row.get("kind") in (None, "qualitative") or _nan(row.get("low")):
        return False
    if row["kind"] == "annual_growth":
        return True
    return not _nan(row.get("latest_value")) and not _nan(row.get("latest_year"))


@dataclass(frozen=True)
class Scenario:
    """One what-if line: growth ``growth`` %/yr from the latest year on."""

    growth: float
    value: float  # in the target's unit (level, share, or %/yr for growth targets)
    met: bool
    year_reached: int | None  # None: not by HORIZON (or not meaningful)


def scenario(row: dict, g: float) -> Scenario:
    """The target-year value, met or not, and the year reached, if it grew ``g`` %/yr."""
    kind, T = row["kind"], int(row["target_year"])
    if kind == "annual_growth":
        return Scenario(g, g, meets(row, g), T if meets(row, g) else None)
    t, v = int(row["latest_year"]), float(row["latest_value"])
    if kind == "average_growth":
        s = int(row["base_year"]) + 1 if not _nan(row.get("base_year")) else T - 4
        n, k = T - s + 1, max(0, t - s + 1)
        so_far = (1 + v / 100) ** k
        avg = 100 * ((so_far * (1 + g / 100) ** (n - k)) ** (1 / n) - 1)
        return Scenario(g, avg, meets(row, avg), T if meets(row, avg) else None)
    value = _grow(row, v, g, max(0, T - t))
    year = next((y for y in range(t, HORIZON + 1) if _reached(row, _grow(row, v, g, y - t))), None)
    return Scenario(g, value, meets(row, value), year)


def scenarios(row: dict, rates=None) -> list[Scenario]:
    """:func:`scenario` for each rate (default :data:`SHARE_SCENARIOS` for shares, else
    :data:`GROWTH_SCENARIOS`); empty when the row lacks a latest value."""
    if not usable(row):
        return []
    if rates is None:
        rates = SHARE_SCENARIOS if row["kind"] == "share" else GROWTH_SCENARIOS
    return [scenario(row, float(g)) for g in rates]


def needed(row: dict) -> float | None:
    """Growth a year (per cent) needed from the latest year: the row's ``required_growth``
    where the assessment computed it, else the CAGR from the latest value to the threshold;
    ``None`` when the target year has passed or the row has no latest value."""
    if not _nan(row.get("required_growth")) and row["kind"] != "annual_growth":
        return float(row["required_growth"])
    if not usable(row) or row["kind"] in ("annual_growth", "average_growth"):
        return None
    t, T = int(row["latest_year"]), int(row["target_year"])
    v, goal = float(row["latest_value"]), bounds(row)[0]
    if T <= t or v <= 0 or not math.isfinite(goal) or goal <= 0:
        return None
    return 100 * ((goal / v) ** (1 / (T - t)) - 1)


@dataclass(frozen=True)
class Pace:
    """How fast the indicator moved from the base year to the latest year."""

    growth: float  # per cent a year (CAGR base → latest)
    points: float  # change a year in the unit (percentage points for shares)
    #: first year meeting the threshold at that pace (points a year for a share, the CAGR
    #: otherwise); None: not by HORIZON
    year_reached: int | None


def average_pace(row: dict) -> float | None:
    """Average growth a year (per cent) between the row's base and latest levels: for an
    average-growth target, the average so far (period under way) or the recent pace (period
    not started). ``None`` without two positive levels in different years."""
    keys = ("base_year", "base_value", "latest_year", "latest_value")
    if row.get("kind") != "average_growth" or any(_nan(row.get(k)) for k in keys):
        return None
    b, vb, t, vt = int(row["base_year"]), float(row["base_value"]), int(row["latest_year"]), float(row["latest_value"])  # fmt: skip
    if t <= b or vb <= 0 or vt <= 0:
        return None
    return 100 * ((vt / vb) ** (1 / (t - b)) - 1)


def pace(row: dict) -> Pace | None:
    """The CAGR base → latest and the year the target is reached at it (level and share
    targets with a base and a latest value in different years; else ``None``)."""
    if row.get("kind") not in ("level", "share"):
        return None
    keys = ("base_year", "base_value", "latest_year", "latest_value", "low")
    if any(_nan(row.get(k)) for k in keys):
        return None
    b, vb, t, vt = int(row["base_year"]), float(row["base_value"]), int(row["latest_year"]), float(row["latest_value"])  # fmt: skip
    if t <= b or vb <= 0 or vt <= 0:
        return None
    g = 100 * ((vt / vb) ** (1 / (t - b)) - 1)
    pts = (vt - vb) / (t - b)
    if row["kind"] == "share":
        # a share moves by points: reached at the same +pts a year the reader is shown
        def at(y):
            return min(vt + pts * (y - t), 100.0)
    else:

        def at(y):
            return _grow(row, vt, g, y - t)

    year = next((y for y in range(t, HORIZON + 1) if _reached(row, at(y))), None)
    return Pace(g, pts, year)
