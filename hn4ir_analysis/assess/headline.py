"""One verdict per target: the documented rule that combines the methods of the assessment.

The assessment table (:func:`hn4ir_analysis.assess.verdicts.assess`) gives up to six
verdicts per target and measurement series (ex post, Eurostat, UNSD, ESCAP, Destatis,
the model). A reader needs one word. :func:`headline` gives it, by this rule:

1. **The period is over** — a row of method ``ex_post`` with ``achieved``, ``exceeded``
   (counted as achieved: above the range of an indicator that is better higher) or
   ``missed`` decides. If the target is measured by several series and their ex post verdicts
   differ, the verdict is ``methods_disagree`` (the measurements disagree).
2. **Otherwise the official methods** (Eurostat, UNSD, ESCAP, Destatis) each fall on one
   side: *on track* (Eurostat "significant progress / on track", UNSD and ESCAP
   "on track / maintain", Destatis "sun") or *off track* (every other verdict they give:
   moderate or limited progress, acceleration needed, moving away, clouds, storm).
   Methods with too little data do not vote. When every voting method, on every
   measurement series, falls on the same side → ``on_track`` or ``off_track``.
3. **They disagree** → the model's probability of meeting the target breaks the tie when
   it is decisive: ``p_met ≥ 0.66`` (IPCC "likely") → ``on_track``, ``p_met < 0.33``
   ("unlikely") → ``off_track``; otherwise ``methods_disagree``. Where the backtest cannot
   settle the model's calibration (``p_met_low``/``p_met_high``, see
   :mod:`hn4ir_analysis.assess.calibration_unsettled`) both ends must be decisive on the
   same side. The model never overrides agreeing official methods; its likelihood word is
   shown beside the verdict.
4. **No official method voted** → the model alone, with the same thresholds, when it has
   a probability (``rule`` says ``model_only``); else ``insufficient_data`` ("too little
   data"). A target with only ``evidence`` rows is ``not_quantifiable``.

Before any step, rows whose two values come from different releases (their notes say
"values from different releases") are set aside when rows of one release judge the same
target: a pace read across two releases is not a verdict to quote.

Notes
-----
Method: the sides follow the trackers' own readings (Eurostat SDG report, UNSD Progress
Chart technical note, UN ESCAP Asia-Pacific SDG Progress Report, Destatis indicator
report): only their top category means "at the required pace". The thresholds of step 3
are the IPCC calibrated language (Mastrandrea et al. 2010) the model row already uses.
Source: the rows of the assessment table; no number is recomputed here.

How to read: ``Headline.verdict`` is the word; ``rule`` says which step decided;
``votes`` lists each voting method's side (the per-method detail); ``p_met`` and
``likelihood`` come from the model row of the deciding series where it has one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from hn4ir_analysis.assess.level_rows import LIKELIHOOD, OFFICIAL
from hn4ir_analysis.data.select import MIXED_RELEASES

#: the verdicts :func:`headline` gives, best first
VERDICTS = (
    "achieved", "on_track", "methods_disagree", "off_track", "missed", "insufficient_data",
    "not_quantifiable",
)  # fmt: skip
#: official categories that mean "at the required pace"; every other category they give is off track
ON_TRACK = frozenset({"on_track", "maintain", "sun", "significant_progress"})
#: ex post categories read as "achieved" by the headline (``exceeded``: above the range of an
#: indicator that is better higher, more than the target asked for)
ACHIEVED_SIDE = {"achieved": "achieved", "exceeded": "achieved"}
#: p_met at or above which the model calls a target on track (IPCC "likely")
P_ON = 0.66
#: p_met below which the model calls a target off track (IPCC "unlikely")
P_OFF = 0.33
#: the words "the rule", for the page and the README (keys of :mod:`hn4ir_analysis.views.i18n`)
RULE_STEPS = ("ex_post", "official_agree", "model_tiebreak", "insufficient")


def _nan(x) -> bool:
    return x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x))


def side(category: str | None) -> str | None:
    """``on_track`` / ``off_track`` for an official method's category, ``None`` if it did not judge."""
    if category in (None, "insufficient_data", "not_quantifiable") or _nan(category):
        return None
    return "on_track" if category in ON_TRACK else "off_track"


def likelihood(p: float | None) -> str | None:
    """IPCC likelihood word of a probability (``None`` for none)."""
    if _nan(p):
        return None
    return next(code for bound, code in LIKELIHOOD if p >= bound)


@dataclass(frozen=True)
class Headline:
    """The one verdict of a target and what it rests on."""

    verdict: str
    rule: str  # ex_post | official_agree | model_tiebreak | model_only | disagree | insufficient | qualitative
    series: str | None = None  # the measurement the deciding row(s) used
    row: dict | None = None  # the deciding row (ex post) or the first voting row
    votes: dict = field(default_factory=dict)  # "method [series]" -> on_track/off_track
    p_met: float | None = None
    likelihood: str | None = None
    p_range: tuple[float, float] | None = None  # p_met under both calibrations, when unsettled


def _model(rows: list[dict]) -> dict | None:
    """The model row with a probability; with several series, the one nearest 0.5 (the least
    decisive speaks, so that one optimistic measurement does not decide alone)."""
    models = [r for r in rows if r.get("method") == "model" and not _nan(r.get("p_met"))]
    return (
        min(models, key=lambda r: (abs(r["p_met"] - 0.5), str(r.get("series")))) if models else None
    )


def _by_model(p: float, p_range: tuple[float, float] | None = None) -> str | None:
    """The model's side when decisive; with an unsettled calibration, only if both ends agree."""
    sides = {"on_track" if q >= P_ON else "off_track" if q < P_OFF else None
             for q in (p, *(p_range or ()))}  # fmt: skip
    return sides.pop() if len(sides) == 1 else None


def headline(rows: Iterable[dict]) -> Headline:
    """The one verdict of one target from its rows of the assessment table (see module docstring).

    Parameters
    ----------
    rows : iterable of dict
        Every row of one ``target_id`` (all series, all methods), as
        ``frame.to_dict(orient="records")`` gives them.

    Returns
    -------
    Headline
    """
    rows = list(rows)
    if not rows or all(r.get("method") == "evidence" for r in rows):
        return Headline("not_quantifiable", "qualitative")
    # A row whose two values come from different releases is no verdict to quote when a
    # series of one release judges the same target (data.select.MIXED_RELEASES).
    one_release = [r for r in rows if MIXED_RELEASES not in str(r.get("notes") or "")]
    rows = one_release or rows
    model = _model(rows)
    p = None if model is None else float(model["p_met"])
    p_range = None
    if model is not None and not _nan(model.get("p_met_low")) and not _nan(model.get("p_met_high")):
        p_range = (float(model["p_met_low"]), float(model["p_met_high"]))
    extra = {"p_met": p, "likelihood": likelihood(p), "p_range": p_range}
    # 1. ex post
    ex = [
        r
        for r in rows
        if r.get("method") == "ex_post" and r.get("category") in ("achieved", "exceeded", "missed")
    ]
    if ex:
        # exceeded (above a range where more is better) is on the achieved side
        words = {ACHIEVED_SIDE.get(r["category"], r["category"]) for r in ex}
        votes = {f"ex_post [{r['series']}]": r["category"] for r in ex}
        if len(words) == 1:
            return Headline(words.pop(), "ex_post", ex[0].get("series"), ex[0], votes)
        return Headline("methods_disagree", "ex_post", None, ex[0], votes)
    # 2. official methods
    voting = [r for r in rows if r.get("method") in OFFICIAL and side(r.get("category"))]
    several = len({r.get("series") for r in voting}) > 1
    votes = {
        (f"{r['method']} [{r['series']}]" if several else r["method"]): side(r["category"])
        for r in voting
    }
    sides = set(votes.values())
    series = voting[0].get("series") if voting and not several else None
    first = voting[0] if voting else None
    if len(sides) == 1:
        return Headline(sides.pop(), "official_agree", series, first, votes, **extra)
    # 3. tiebreak, 4. model alone or too little data
    decided = None if p is None else _by_model(p, p_range)
    if sides:
        if decided:
            return Headline(decided, "model_tiebreak", series, first, votes, **extra)
        return Headline("methods_disagree", "disagree", series, first, votes, **extra)
    if decided:
        return Headline(decided, "model_only", model.get("series"), model, votes, **extra)
    return Headline("insufficient_data", "insufficient", None, None, votes, **extra)


def headlines(frame) -> dict[str, Headline]:
    """``{target_id: Headline}`` for every target of an assessment table (a DataFrame)."""
    out: dict[str, list[dict]] = {}
    for r in frame.to_dict(orient="records"):
        out.setdefault(r["target_id"], []).append(
            {k: (None if _nan(v) else v) for k, v in r.items()}
        )
    return {tid: headline(rs) for tid, rs in out.items()}
