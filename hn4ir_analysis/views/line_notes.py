"""What each answer line says before its reason (issue 16 §3, §4): one call for every page.

:func:`annotate` adds to the lines of :func:`hn4ir_analysis.views.overview.overview`:

* ``standing`` / ``standing_text``: in force, history or draft (:mod:`.standing`);
* ``evidence_words``: a qualitative goal's evidence in words (:mod:`.evidence_words`);
* ``lead``: for Hanoi's digital-economy share of the lead year (2030), the share expected
  then and the years the thresholds are reached under every reading of the city's release
  (:mod:`.digital_sensitivity`); for Hanoi's productivity targets, the 2021-25 range and
  which end the verdict uses (:mod:`.productivity_range`); for Hanoi's five-year average
  real GRDP growth targets, how many five-year windows of the provincial panel reached that
  growth (:func:`.peers.base_rate_sentence`, ``feasibility.csv``'s thresholds only).

The report site calls it for the front and year pages; notebook 05 calls it after
``overview.overview`` so that its scorecard table (``answer_tables.answer_frame``) says the same.
"""

from __future__ import annotations

import re

from hn4ir_analysis import config
from hn4ir_analysis.views import (
    digital_sensitivity,
    evidence_words,
    peers,
    productivity_range,
    standing,
)


def all_lines(answer: dict) -> list[dict]:
    """Every line of an answer, in page order."""
    lines = [*answer["plan"], *answer["plan_goals"], *answer["hanoi_goals"]]
    return lines + [x for p in ("hanoi", "vietnam") for ls in answer[p].values() for x in ls]


def annotate(lines, data, lang: str, as_of: int) -> None:
    """Add ``standing``, ``standing_text`` and, where one applies, ``lead`` (plain text), in place."""
    lines = all_lines(lines) if isinstance(lines, dict) else list(lines)
    standing.mark(lines, lang)
    share = [x for x in lines if x["target"].indicator == digital_sensitivity.digital.TARGET
             and x["target"].geo == "HN" and x["target"].target_year == digital_sensitivity.LEAD_YEAR]  # fmt: skip
    if share:
        table = digital_sensitivity.sensitivity(data, as_of)
        lead = digital_sensitivity.lead_sentence(table, lang).replace("**", "")
        for x in share:
            x["lead"] = lead
    names = evidence_words.labels(data.indicators, lang)
    for x in lines:
        if x.get("evidence"):
            x["evidence_words"] = evidence_words.evidence_text(x["evidence"], lang, names)
    notes = productivity_range.notes_for(data, [x["target"] for x in lines], lang)
    for x in lines:
        if notes.get(x["target"].target_id):
            x["lead"] = notes[x["target"].target_id]
    _add_base_rate(lines, lang, as_of)


def _five_years(t) -> bool:
    start, end = getattr(t, "period_start", None), getattr(t, "period_end", None)
    return start is not None and end is not None and not (start != start or end != end) \
        and int(end) - int(start) + 1 == 5  # fmt: skip


def _add_base_rate(lines: list[dict], lang: str, as_of: int) -> None:
    """The base rate beside Hanoi's five-year average real GRDP growth targets whose
    threshold is one of ``feasibility.csv``'s (7 … 12 %/yr), e.g. the 2026-30 ≥ 11 %/yr;
    from the panel's years up to ``as_of`` only (a look back sees no later window)."""
    from hn4ir_analysis.assess import feasibility

    wanted = [x for x in lines if x["target"].geo == config.HANOI
              and x["target"].indicator == "grdp_growth_avg" and x["target"].kind == "average_growth"
              and _five_years(x["target"])]  # fmt: skip
    if not wanted:
        return
    panel = feasibility.panel()
    panel = panel[panel["year"] <= as_of]
    table, windows = feasibility.table(panel), feasibility.windows(panel, 5)
    five = table[(table["indicator"] == "grdp_growth") & (table["window_years"] == 5)]
    for x in wanted:
        threshold = float(x["target"].low)
        if threshold not in set(five["threshold"]):
            continue
        text = peers.base_rate_sentence(table, windows, lang, threshold=threshold)
        text = re.sub(r"\\(.)", r"\1", text).replace("**", "")  # plain text: the page escapes
        x["lead"] = " ".join(filter(None, [x.get("lead"), text]))
