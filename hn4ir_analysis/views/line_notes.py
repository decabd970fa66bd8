"""What each answer line says before its reason (issue 16 §3, §4): one call for every page.

:func:`annotate` adds to the lines of :func:`hn4ir_analysis.views.overview.overview`:

* ``standing`` / ``standing_text``: in force, history or draft (:mod:`.standing`);
* ``evidence_words``: a qualitative goal's evidence in words (:mod:`.evidence_words`);
* ``lead``: for Hanoi's digital-economy share of the lead year (2030), the share expected
  then and the years the thresholds are reached under every reading of the city's release
  (:mod:`.digital_sensitivity`); for Hanoi's productivity targets, the 2021-25 range and
  which end the verdict uses (:mod:`.productivity_range`).

The report site calls it for the front and year pages; notebook 05 calls it after
``overview.overview`` so that its scorecard table (``answer_tables.answer_frame``) says the same.
"""

from __future__ import annotations

from hn4ir_analysis.views import digital_sensitivity, evidence_words, productivity_range, standing


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
