"""Ex post verdicts: achieved, exceeded or missed, by how much, on which vintage.

:func:`ex_post` is used by every row builder once a target's year or period is over
(:mod:`hn4ir_analysis.assess.level_rows`, :mod:`hn4ir_analysis.assess.growth_rows`).

Notes
-----
Rules (docs/assessment-methods.md): a range or "about" target of an indicator that is
better higher (catalogue direction ``increase_good``), overshot, is ``exceeded``; an
outcome that is not a final figure carries the series' usual revision
(:mod:`hn4ir_analysis.assess.revision`) and, within it of the threshold, says "achieved
(or missed) on the estimate; within the usual revision". Numbers in notes are written out
with their units (:func:`hn4ir_analysis.assess.schema.number`).
"""

from __future__ import annotations

import math

from hn4ir_analysis.assess.schema import number, unit_word, with_unit
from hn4ir_analysis.data.target_catalogue import threshold_text
from hn4ir_analysis.data.targets import APPROX_TOLERANCE, Target

FINAL_VINTAGES = {"official", "revised"}
#: ex post outcomes in which the target was met: "exceeded" is met with more than asked for
MET_OUTCOMES = ("achieved", "exceeded")
#: the ex post outcomes a forecast is scored against (met or not); the others are undecided
SETTLED_OUTCOMES = (*MET_OUTCOMES, "missed")


def overshoot(t: Target, value: float) -> bool:
    """Above the range (or the "about" band) of a target whose indicator is better higher:
    more than the target asked for, ``exceeded`` rather than missed (docs/assessment-methods.md)."""
    if t.comparison not in ("between", "approx") or t.direction != "increase_good":
        return False
    return value > t.bounds()[1]


def describe(t: Target) -> str:
    """The target in a note: ``≥ 8,000 bn VND``, ``7.5–8 %/yr (2021–2025)``, numbers written out."""
    word = unit_word(t.unit, t.kind)
    return threshold_text(t, number, word, " " if word else "")


def ex_post(
    t: Target, outcome: float, vintage: str, ids: str, revision: float | None = None
) -> dict:
    """Achieved, exceeded or missed, by how much, on which vintage.

    ``revision``: the usual revision of this series' figures of ``vintage`` (largest
    absolute change from such a figure to the final one, :mod:`hn4ir_analysis.assess.revision`);
    an outcome on a non-final vintage within it of the threshold says so (the verdict stands
    on the estimate). See docs/assessment-methods.md.
    """
    met = t.is_met(outcome)
    category = "achieved" if met else "exceeded" if overshoot(t, outcome) else "missed"
    lo, hi = t.bounds()
    note = (
        "Above the range (exceeded): more than the target asked for. "
        if category == "exceeded"
        else ""
    )
    ref = t.low
    margin = (outcome - ref) / abs(ref) if ref else math.nan
    note += (f"{with_unit(outcome, t.unit, t.kind)} against {describe(t)}: "
             f"{with_unit(outcome - ref, t.unit, t.kind, sign=True)} ({margin:+.1%}).")  # fmt: skip
    final = vintage in FINAL_VINTAGES
    if not final:
        note += f" Vintage: {vintage or 'not stated'}, not a final official figure."
    gap = min(abs(outcome - b) for b in (lo, hi) if math.isfinite(b))
    if not final and revision is not None and not math.isnan(revision):
        word = "achieved" if category != "missed" else "missed"
        if gap <= revision:
            note += (f" {word.capitalize()} on the estimate; within the usual revision: "
                     f"{with_unit(gap, t.unit, t.kind)} from the threshold, past revisions of this "
                     f"series up to {with_unit(revision, t.unit, t.kind)}.")  # fmt: skip
        else:
            note += (f" Outside the usual revision: {with_unit(gap, t.unit, t.kind)} from the threshold, "
                     f"past revisions of this series up to {with_unit(revision, t.unit, t.kind)}.")  # fmt: skip
    return dict(category=category, score=margin, notes=note, source_ids=ids,
                latest_vintage=vintage, revision=revision)  # fmt: skip


def within_revision(row: dict) -> bool:
    """Whether an ex post row's outcome (an estimate) lies within its usual revision of the
    threshold (the rule of :func:`ex_post`; reads ``notes``-free columns only)."""
    rev, v = row.get("revision"), row.get("latest_value")
    if row.get("method") != "ex_post" or rev is None or v is None:
        return False
    if any(isinstance(x, float) and math.isnan(x) for x in (rev, v)):
        return False
    if row.get("latest_vintage") in FINAL_VINTAGES:
        return False
    lo, hi = row["low"], row.get("high")
    bounds = (
        [lo * (1 - APPROX_TOLERANCE), lo * (1 + APPROX_TOLERANCE)]
        if row["comparison"] == "approx"
        else [lo]
    )
    if (
        row["comparison"] == "between"
        and hi is not None
        and not (isinstance(hi, float) and math.isnan(hi))
    ):
        bounds.append(hi)
    return min(abs(float(v) - b) for b in bounds) <= float(rev)
