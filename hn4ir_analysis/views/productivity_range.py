"""Hanoi's productivity growth 2021-25 as the range it is, and which end a verdict uses (issue 16 §3).

The estimate (:mod:`hn4ir_analysis.assess.productivity`) is a range over its headline
constructions (5.06-6.20 %/yr as of 2025; 4.72-6.53 with the rounding of the survey
figures and the 2025 GRDP estimate). Pages used to quote one end or the other; every
page now shows the range and says which end its verdict rests on:

* **2021-25, period over** (``ex_post``): the whole interval is compared with the target:
  missed only if even its highest bound misses, achieved only if even its lowest meets;
  the row's value is the most favourable central construction (the higher end), so that
  "missed" is never a matter of picking a low construction.
* **2026-30, ahead** (official methods): the recent pace at both ends; where they
  disagree the less favourable verdict stands (as Destatis does), i.e. the lower end
  for a target above the range.

Notes
-----
Pure text: the numbers come from :meth:`Estimate.range` and :meth:`Estimate.interval`
through the i18n formatter; the rule is the one of
:mod:`hn4ir_analysis.assess.productivity_rows` (module notes there).
"""

from __future__ import annotations

from hn4ir_analysis.assess import productivity as est_mod
from hn4ir_analysis.views.i18n import format_number, t

INDICATORS = ("labour_productivity_growth_avg", "labour_productivity_growth")


def applies(target) -> bool:
    """Whether ``target`` is a Hanoi productivity-growth target judged on the estimate."""
    return target.geo == "HN" and target.indicator in INDICATORS


def range_note(est: est_mod.Estimate, target, lang: str) -> str:
    """One sentence: the 2021-25 range, its interval, and which end ``target``'s verdict uses."""
    if est.constructions.empty:
        return ""
    (lo, hi), (ilo, ihi) = est.range(), est.interval()
    f = lambda x: format_number(x, lang, 2)  # noqa: E731
    over = (
        target.period_end if target.kind == "average_growth" else target.target_year
    ) <= est.as_of
    if over and target.kind != "average_growth":
        return ""  # one year's rate is judged on that year's own figures, not the 2021-25 range
    key = "prange.ex_post" if over else "prange.ahead"
    return t(key, lang, lo=f(lo), hi=f(hi), ilo=f(ilo), ihi=f(ihi), end=f(hi if over else lo))


def notes_for(data, targets, lang: str) -> dict[str, str]:
    """``{target_id: range_note}`` for the productivity targets among ``targets``."""
    wanted = [tg for tg in targets if applies(tg)]
    if not wanted:
        return {}
    est = est_mod.estimate(data)
    return {tg.target_id: range_note(est, tg, lang) for tg in wanted}
