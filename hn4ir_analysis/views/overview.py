"""The answer page's content: one line per distinct target, its one verdict and why.

:func:`overview` arranges the assessment table for the report's front page, the
target-year pages and the scorecard notebook: Plan 205-KH/TU's own quantitative targets
first, then its qualitative goals, then the other Hanoi targets by theme (one line per
distinct target, "restated in N documents", superseded thresholds as history), then
Vietnam's national targets. Each line carries the verdict of
:func:`hn4ir_analysis.assess.headline.headline`, a one-line reason with the numbers
behind it (:mod:`hn4ir_analysis.views.verdict_reason`), the what-if of
:mod:`hn4ir_analysis.views.whatif_lines` and the rows of each method for the detail;
:func:`csv_line` and :func:`csv_whatif` are the same lines for machines
(``verdicts.csv``, ``whatif.csv``). The words of a target are in
:mod:`hn4ir_analysis.views.target_words`, its small chart in :mod:`hn4ir_analysis.views.spark`.

Notes
-----
Grouping uses the targets API (:func:`hn4ir_analysis.data.targets.group_restated`,
:func:`~hn4ir_analysis.data.targets.in_force`): restatements share one verdict (the
lead target's rows); a group whose threshold was later reset for the same place,
indicator and year is listed under "superseded". Every word comes from
:mod:`hn4ir_analysis.views.i18n` (the document's own wording in the reader's language
where the indicator has no label); numbers are formatted in the reader's language.
"""

from __future__ import annotations

from hn4ir_analysis.assess.headline import headline
from hn4ir_analysis.data import targets as tg
from hn4ir_analysis.views import i18n
from hn4ir_analysis.views.target_words import name, when_text
from hn4ir_analysis.views.verdict_reason import method_rows, reason
from hn4ir_analysis.views.whatif_lines import whatif_base, whatif_rows, whatif_scenarios

#: target ids of Plan 205-KH/TU itself, the plan the project is about
PLAN_PREFIX = "KH205_"
#: verdict → colour class of the page
VERDICT_COLOUR = {
    "achieved": "green", "on_track": "green", "methods_disagree": "amber", "off_track": "red",
    "missed": "red", "insufficient_data": "grey", "not_quantifiable": "grey",
}  # fmt: skip
#: theme of an indicator: the first prefix that matches
THEMES = (
    ("productivity", ("labour_productivity", "tfp")),
    ("digital_economy", ("digital_econ", "st_innovation", "ecommerce")),
    ("infrastructure", ("fibre", "mobile_5g", "broadband")),
    ("government", ("online_", "full_online", "smart_cit", "party_state", "digital_government")),
    ("innovation", ("startup",)),
    ("structure", ("share_", "manufacturing_share")),
    ("growth", ("grdp", "services_growth", "population")),
)


def theme(indicator: str) -> str:
    return next((name for name, prefixes in THEMES if indicator.startswith(prefixes)), "other")


def _line(group: tg.TargetGroup, t: tg.Target, rows: list[dict], lang: str, history: list) -> dict:
    h = headline(rows)
    return {
        "target_id": t.target_id,
        "group_id": group.group_id,
        "name": name(t, lang),
        "when": when_text(t),
        "verdict_code": h.verdict,
        "verdict": i18n.t(f"ov.verdict.{h.verdict}", lang),
        "colour": VERDICT_COLOUR[h.verdict],
        "rule": h.rule,
        "reason": reason(t, h, lang),
        "documents": group.documents,
        "restated": len(group.documents),
        "methods": method_rows(rows, lang),
        "whatif_row": whatif_base(rows, h) if t.quantitative else None,
        "whatif": whatif_rows(t, whatif_base(rows, h), lang) if t.quantitative else [],
        "history": history,
        "headline": h,
        "target": t,
        "series": h.series,
        "evidence": (rows[0].get("notes") or "") if t.kind == "qualitative" and rows else "",
        "n_evidence": rows[0].get("n_obs") if t.kind == "qualitative" and rows else None,
    }


def overview(table_rows: list[dict], targets: list[tg.Target], lang: str, as_of: int) -> dict:
    """Lines of the answer page for the targets in ``table_rows`` (the assessment table).

    Returns ``{"plan": [...], "plan_goals": [...], "hanoi": {theme: [...]}, "hanoi_goals":
    [...], "vietnam": {theme: [...]}}``; each line is a dict (see :func:`_line`).
    """
    by_id: dict[str, list[dict]] = {}
    for r in table_rows:
        by_id.setdefault(r["target_id"], []).append(r)
    known = [t for t in targets if t.target_id in by_id]
    groups = tg.group_restated(known)
    out = {"plan": [], "plan_goals": [], "hanoi": {}, "hanoi_goals": [], "vietnam": {}}
    for g in sorted(
        groups, key=lambda g: (g.lead.target_year, theme(g.lead.indicator), g.group_id)
    ):
        lead = g.lead
        # documents known by the end of as_of + 1, as the assessment (verdicts._label_groups) and
        # asof.visible read them: one answer to "which target is in force" (issue 16 §4)
        force = tg.in_force(known, lead.geo, lead.indicator, lead.target_year, as_of=str(as_of + 1))
        later = force is not None and tg.restatement_key(force) != g.key and lead.quantitative
        history = [{"name": name(force, lang), "document": force.document_code}] if later else []
        plan = [m for m in g.members if m.target_id.startswith(PLAN_PREFIX)]
        for m in plan:
            line = _line(g, m, by_id[m.target_id], lang, history)
            out["plan" if m.quantitative else "plan_goals"].append(line)
        if plan:
            continue
        line = _line(g, lead, by_id[lead.target_id], lang, history)
        line["superseded"] = later
        if lead.place == "Vietnam":
            out["vietnam"].setdefault(theme(lead.indicator), []).append(line)
        elif not lead.quantitative:
            out["hanoi_goals"].append(line)
        else:
            out["hanoi"].setdefault(theme(lead.indicator), []).append(line)
    order = [name for name, _ in THEMES] + ["other"]
    for key in ("hanoi", "vietnam"):
        out[key] = {k: out[key][k] for k in order if k in out[key]}
    out["plan"].sort(key=lambda line: (line["target"].target_year, line["target"].indicator))
    return out


def counts(lines: list[dict]) -> list[tuple[str, str, int]]:
    """``[(colour, verdict code, n), ...]`` of a list of lines, in :data:`VERDICT_COLOUR` order."""
    found: dict[str, int] = {}
    for line in lines:
        found[line["verdict_code"]] = found.get(line["verdict_code"], 0) + 1
    order = list(VERDICT_COLOUR)
    return [
        (VERDICT_COLOUR[v], v, n)
        for v, n in sorted(found.items(), key=lambda kv: order.index(kv[0]))
    ]


def csv_line(line: dict, lang: str) -> dict:
    """One line of ``verdicts.csv``: stable column names and codes in every language; the
    ``*_text`` columns repeat the target, verdict and reason in the page's words."""
    t = line["target"]
    return {
        "target_id": t.target_id, "place": t.place, "target_year": t.target_year,
        "verdict_code": line["verdict_code"], "rule": line["rule"], "documents": " ".join(line["documents"]),
        "target_text": line["name"], "verdict_text": line["verdict"], "why_text": line["reason"],
    }  # fmt: skip


#: the columns of ``whatif.csv``, the same in every language (codes, dot decimals)
WHATIF_CSV = ("target_id", "scenario", "scenario_unit", "value_in_target_year", "unit", "met",
              "year_reached")  # fmt: skip


def csv_whatif(line: dict, lang: str | None = None) -> list[dict]:
    """The scenario rows of a line for ``whatif.csv``: machine columns :data:`WHATIF_CSV`,
    codes not words (``met``: ``met``/``exceeded``/``not_met``; units ``pct_per_year``,
    ``points_per_year`` or the target's unit code), plain numbers; ``lang`` is not used —
    the file is identical in both languages (the HTML table carries the labels)."""
    return [
        {"target_id": line["target_id"], "scenario": round(s.rate, 10), "scenario_unit": s.rate_unit,
         "value_in_target_year": round(s.value, 10), "unit": s.unit, "met": s.status,
         "year_reached": s.year_reached}
        for s in whatif_scenarios(line["target"], line["whatif_row"])
    ]  # fmt: skip
