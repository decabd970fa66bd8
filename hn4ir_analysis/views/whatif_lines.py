"""The what-if of one target: the row it starts from and its scenarios in words.

Each line of the answer page (:func:`hn4ir_analysis.views.overview.overview`) carries the
scenario table of its target; the scorecard's what-if table
(:mod:`hn4ir_analysis.views.whatif_table`) and ``whatif.csv``
(:func:`hn4ir_analysis.views.overview.csv_whatif`) read the same scenarios.

Notes
-----
The arithmetic is :func:`hn4ir_analysis.assess.whatif.scenarios` (constant growth, or
points a year for a share, from the latest value), with the indicator's direction for
"exceeded"; no scenario once the period is over (an ex-post verdict).
"""

from __future__ import annotations

from hn4ir_analysis.assess import whatif
from hn4ir_analysis.assess.headline import Headline
from hn4ir_analysis.data import targets as tg
from hn4ir_analysis.views import i18n
from hn4ir_analysis.views.target_words import num, value_text


def whatif_base(rows: list[dict], h: Headline) -> dict | None:
    """The assessment row the what-if starts from (``None`` once the period is over)."""
    if h.rule == "ex_post":
        return None
    if h.row and whatif.usable(h.row):
        return h.row
    return next((r for r in rows if r.get("method") != "ex_post" and whatif.usable(r)), None)


def whatif_scenarios(t: tg.Target, base: dict | None, rates=None) -> list[whatif.Scenario]:
    """The scenarios of a target (:func:`hn4ir_analysis.assess.whatif.scenarios`, with the
    indicator's direction for "exceeded"); empty without a starting row."""
    return [] if base is None else whatif.scenarios(base, rates, t.direction)


def whatif_rows(t: tg.Target, base: dict | None, lang: str, rates=None) -> list[dict]:
    """The scenario table of a target, in words (empty without a starting row)."""
    out = []
    for s in whatif_scenarios(t, base, rates):
        sign = "+" if s.rate_unit == whatif.POINTS_PER_YEAR and s.rate > 0 else ""
        value = value_text(t, s.value, lang)
        if t.kind == "average_growth":
            value = f"{value} ({i18n.t('wi.period_average', lang)})"
        out.append({
            "growth": f"{sign}{num(s.rate, lang, 1)} {i18n.t(f'wi.unit.{s.rate_unit}', lang)}",
            "value": value,
            "relative": "" if s.relative is None else f"{num(s.relative, lang, 1)} {i18n.t('wi.unit.pct_per_year', lang)}",
            "met": i18n.t(f"wi.status.{s.status}", lang),
            "year": str(s.year_reached) if s.year_reached else f"> {whatif.HORIZON}" if t.kind in ("level", "share") else "–",
        })  # fmt: skip
    return out
