"""The verdict every progress method returns, and the rules all methods share.

:class:`MethodResult`, the categories of each method (:data:`CATEGORIES`), their ranking
(:func:`severity`, :func:`most_negative`) and the first checks every method runs
(:func:`_pre`: argument checks, target already met, too little data). The methods
themselves: :mod:`hn4ir_analysis.assess.methods` (two-point: Eurostat, UNSD) and
:mod:`hn4ir_analysis.assess.methods_series` (trend over a series: ESCAP, Destatis).

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

from hn4ir_analysis.assess.schema import number

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
