"""What if: the growth a target needs from the latest year, and what given paces give.

:func:`needed`, :func:`scenarios` and :func:`pace` work on one row of the assessment table
(:data:`hn4ir_analysis.assess.schema.COLUMNS`) of a quantitative target. The row's value
columns are in its unit (the table's contract): for a growth target ``latest_value`` is
the growth so far (or the recent pace) in %/yr, never a level.

Notes
-----
Method, by kind of target:

* **Average growth over s..e** (GRDP, productivity): a scenario is a growth rate ``g``
  %/yr for each year of the period not yet observed. The period average is
  ``((1+so_far)^k · (1+g)^(n−k))^(1/n) − 1`` with ``k`` observed years of the ``n``
  (``k = 0`` when the period has not started: the average is ``g`` itself). The growth
  so far is the row's ``latest_value`` when the row's base year is ``s − 1``.
* **One year's growth**: met when ``g`` itself meets the target.
* **Levels**: ``g`` %/yr compounded from the latest value.
* **Shares**: ``g`` percentage points a year added to the latest share (what readers and
  the plans use), capped at 100; the relative rate it amounts to is given beside.

``status``: ``met``, ``exceeded`` (above a range or "about" band of an indicator that is
better higher: more than asked for, not a miss — docs/assessment-methods.md) or
``not_met``. The year reached comes from :func:`hn4ir_analysis.assess.reach.year_reached`
(points for shares, the compound rate for levels), the one rule of every page.

How to read: "if the indicator moved g a year from now on, it would be X in the target
year: met / not met; reached in year Y (or not before 2100)". Arithmetic, not a forecast:
the model's probability (``p_met``) is the forecast.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from hn4ir_analysis.assess import reach
from hn4ir_analysis.data.targets import APPROX_TOLERANCE

#: default scenario growth rates, per cent a year (GRDP / productivity range of the plans)
GROWTH_SCENARIOS = (5.0, 6.5, 8.0, 10.0)
#: default scenarios for shares: percentage points a year
SHARE_SCENARIOS = (0.5, 1.0, 2.5, 4.5)
#: last year searched for "year reached"
HORIZON = reach.HORIZON
#: machine codes of a scenario's outcome (``whatif.csv``)
STATUSES = ("met", "exceeded", "not_met")
PCT_PER_YEAR, POINTS_PER_YEAR = "pct_per_year", "points_per_year"


def _nan(x) -> bool:
    return x is None or type(x).__name__ == "NAType" or (isinstance(x, float) and math.isnan(x))


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


def status(row: dict, value: float, direction: str = "none") -> str:
    """``met``, ``exceeded`` (above a range/"about" band, ``direction == "increase_good"``)
    or ``not_met``."""
    if meets(row, value):
        return "met"
    over = value > bounds(row)[1]
    if row["comparison"] in ("between", "approx") and direction == "increase_good" and over:
        return "exceeded"
    return "not_met"


def unit_of(row: dict) -> str:
    """The unit of a scenario's value: %/yr for growth targets, else the row's unit."""
    return (
        PCT_PER_YEAR
        if row["kind"] in ("average_growth", "annual_growth")
        else row.get("unit") or ""
    )


def _period(row: dict) -> tuple[int, int]:
    T = int(row["target_year"])
    s = row.get("period_start")
    e = row.get("period_end")
    return (int(s) if not _nan(s) else T - 4), (int(e) if not _nan(e) else T)


def _so_far(row: dict) -> tuple[int, float] | None:
    """(observed years in the period, growth factor so far) of an average-growth row; None
    when years are observed but the row does not carry their average."""
    s, e = _period(row)
    t = row.get("latest_year")
    k = 0 if _nan(t) else max(0, min(int(t), e) - s + 1)
    if k == 0:
        return 0, 1.0
    if (
        _nan(row.get("latest_value"))
        or _nan(row.get("base_year"))
        or int(row["base_year"]) != s - 1
    ):
        return None
    return k, (1 + float(row["latest_value"]) / 100) ** k


def usable(row: dict) -> bool:
    """Whether the row holds what the arithmetic needs."""
    if row.get("kind") in (None, "qualitative") or _nan(row.get("low")):
        return False
    if row["kind"] == "annual_growth":
        return True
    if row["kind"] == "average_growth":
        t = row.get("latest_year")
        return _so_far(row) is not None and (_nan(t) or int(t) < _period(row)[1])
    return not _nan(row.get("latest_value")) and not _nan(row.get("latest_year"))


@dataclass(frozen=True)
class Scenario:
    """One what-if line: the indicator moves by ``rate`` (``rate_unit``) a year from now on."""

    rate: float
    rate_unit: str  # pct_per_year | points_per_year
    value: float  # in the target year, in ``unit``
    unit: str  # pct_per_year for growth targets, else the row's unit
    status: str  # met | exceeded | not_met
    year_reached: int | None  # None: not by HORIZON, or not meaningful (average growth)
    relative: float | None = None  # shares: the relative growth of the share, %/yr

    @property
    def met(self) -> bool:
        """Met or exceeded (the target's side)."""
        return self.status != "not_met"


def scenario(row: dict, g: float, direction: str = "none") -> Scenario:
    """The target-year value, met or not, and the year reached, if it moved ``g`` a year."""
    kind, T = row["kind"], int(row["target_year"])
    if kind == "annual_growth":
        st = status(row, g, direction)
        return Scenario(g, PCT_PER_YEAR, g, PCT_PER_YEAR, st, T if st != "not_met" else None)
    if kind == "average_growth":
        s, e = _period(row)
        n = e - s + 1
        k, factor = _so_far(row)
        avg = 100 * ((factor * (1 + g / 100) ** (n - k)) ** (1 / n) - 1)
        return Scenario(g, PCT_PER_YEAR, avg, PCT_PER_YEAR, status(row, avg, direction), None)
    t, v = int(row["latest_year"]), float(row["latest_value"])
    share = kind == "share"
    basis = "points" if share else "compound"
    value = reach.value_at(v, g, max(0, T - t), basis, 100.0 if share else None)
    year = reach.for_target(row["comparison"], row["low"], row.get("high"), t, v, g, basis=basis,
                            share=share)  # fmt: skip
    rel = 100 * ((value / v) ** (1 / (T - t)) - 1) if share and T > t and v > 0 else None
    return Scenario(g, POINTS_PER_YEAR if share else PCT_PER_YEAR, value, unit_of(row),
                    status(row, value, direction), year, rel)  # fmt: skip


def scenarios(row: dict, rates=None, direction: str = "none") -> list[Scenario]:
    """:func:`scenario` for each rate (default :data:`SHARE_SCENARIOS` points a year for
    shares, else :data:`GROWTH_SCENARIOS` %/yr); empty when the row lacks what it needs."""
    if not usable(row):
        return []
    if rates is None:
        rates = SHARE_SCENARIOS if row["kind"] == "share" else GROWTH_SCENARIOS
    return [scenario(row, float(g), direction) for g in rates]


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


def needed_points(row: dict) -> float | None:
    """Points a year a share needs from the latest year to the threshold
    (:func:`hn4ir_analysis.assess.reach.threshold`); ``None`` for other kinds or a passed year."""
    if row.get("kind") != "share" or not usable(row):
        return None
    t, T = int(row["latest_year"]), int(row["target_year"])
    if T <= t:
        return None
    return (
        reach.threshold(row["comparison"], row["low"], row.get("high")) - float(row["latest_value"])
    ) / (T - t)


@dataclass(frozen=True)
class Pace:
    """How fast the indicator moved from the base year to the latest year."""

    growth: float  # per cent a year (CAGR base → latest)
    points: float  # change a year in the unit (percentage points for shares)
    #: first year meeting the threshold at that pace (:func:`reach.year_reached`: points a
    #: year for a share, the CAGR otherwise); None: not by HORIZON
    year_reached: int | None
    #: shares: the year at the compound rate (the Eurostat ratio's basis), for comparison
    year_reached_compound: int | None = None


def average_pace(row: dict) -> float | None:
    """The growth so far (period under way) or the recent pace (period not started) of an
    average-growth row, per cent a year: its ``latest_value`` (the table's contract)."""
    if row.get("kind") != "average_growth" or _nan(row.get("latest_value")):
        return None
    return float(row["latest_value"])


def pace(row: dict) -> Pace | None:
    """The pace base → latest and the year the target is reached at it (level and share
    targets with a base and a latest value in different years; else ``None``)."""
    if row.get("kind") not in ("level", "share"):
        return None
    keys = ("base_year", "base_value", "latest_year", "latest_value", "low")
    if any(_nan(row.get(k)) for k in keys):
        return None
    b, vb, t, vt = int(row["base_year"]), float(row["base_value"]), int(row["latest_year"]), float(row["latest_value"])  # fmt: skip
    if t <= b or vb <= 0 or vt <= 0:
        return None
    g, pts = reach.compound_pace(b, vb, t, vt), reach.points_pace(b, vb, t, vt)
    share = row["kind"] == "share"
    args = (row["comparison"], row["low"], row.get("high"), t, vt)
    compound = reach.for_target(*args, g, basis="compound", share=share)
    if share:
        return Pace(g, pts, reach.for_target(*args, pts, basis="points", share=True), compound)
    return Pace(g, pts, compound)
