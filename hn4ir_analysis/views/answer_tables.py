"""The scorecard's tables of the answer, in words: one verdict per target, each method's
verdict, the qualitative goals, and the notes behind them.

Read from the lines of :func:`hn4ir_analysis.views.overview.overview` (Plan 205 first, then
Hanoi by theme, then Vietnam: :func:`answer_lines`); :func:`verdict_colours` colours the
verdict column as the report site does.
"""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis.views import i18n, standing
from hn4ir_analysis.views.overview import VERDICT_COLOUR
from hn4ir_analysis.views.reader_notes import reader_note


def answer_lines(answer: dict, year: int | None = None) -> list[tuple[str, dict]]:
    """``[(section key, line), ...]``: Plan 205 first, then Hanoi by theme, then Vietnam."""
    out = [("plan", line) for line in answer["plan"]]
    out += [(f"theme.{th}", line) for th, lines in answer["hanoi"].items() for line in lines]
    out += [("vietnam", line) for lines in answer["vietnam"].values() for line in lines]
    return [(k, line) for k, line in out if year is None or line["target"].target_year == year]


def _section(key: str, lang: str) -> str:
    return i18n.t(f"ov.{key}" if key.startswith("theme.") else f"nb05.section.{key}", lang)


def answer_frame(answer: dict, lang: str, year: int | None = None) -> pd.DataFrame:
    """One row per distinct target: section, target in words, verdict, why, documents."""
    rows = [
        {i18n.t("nb05.col.section", lang): _section(key, lang),
         i18n.t("ov.col.target_plain", lang): line["name"],
         i18n.t("ov.col.verdict", lang): line["verdict"],
         i18n.t("standing.col", lang): standing.standing_text(line, lang),  # issue 16 §4
         i18n.t("ov.col.why", lang): " ".join(filter(None, [line.get("lead"), line["reason"]])),
         i18n.t("ov.col.documents", lang): len(line["documents"])}
        for key, line in answer_lines(answer, year)
    ]  # fmt: skip
    return pd.DataFrame(rows)


def methods_frame(answer: dict, lang: str, year: int | None = None) -> pd.DataFrame:
    """Each method's verdict per distinct target (the detail behind the one verdict)."""
    rows = []
    for _key, line in answer_lines(answer, year):
        judged = [m for m in line["methods"] if m["category"] != "insufficient_data"]
        for m in judged or line["methods"][:1]:  # methods without data: one line says so
            if not judged:
                m = {**m, "method": "–", "series": "", "p": None, "latest": i18n.MISSING, "latest_year": None,
                     "projected": i18n.MISSING}  # fmt: skip
            rows.append({
                i18n.t("ov.col.target_plain", lang): line["name"],
                i18n.t("ov.col.method", lang): m["method"],
                i18n.t("ov.col.series", lang): m["series"],
                i18n.t("ov.col.verdict", lang): m["verdict"],
                i18n.t("ov.col.p", lang): m["p"] or "",
                i18n.t("ov.col.latest", lang): m["latest"] + (f" ({m['latest_year']})" if m["latest_year"] else ""),
                i18n.t("ov.col.projected", lang): m["projected"],
            })  # fmt: skip
    return pd.DataFrame(rows)


def method_notes(answer: dict, year: int | None = None, lang: str = "en") -> str:
    """The technical notes and model names of every method row, as plain text (codes as labels,
    see :func:`reader_note`)."""
    out = []
    for _key, line in answer_lines(answer, year):
        notes = [f"  {m['method']}: {reader_note(m['notes'], lang)}"
                 + (f" [{reader_note(m['model'], lang)}]" if m["model"] else "")
                 for m in line["methods"] if m["notes"]]  # fmt: skip
        if notes:
            out += [line["name"], *notes]
    return "\n".join(out)


def goal_notes(answer: dict, lang: str, year: int | None = None) -> str:
    """The evidence summary of each qualitative goal, one line each (codes as labels)."""
    lines = [*answer["plan_goals"], *answer["hanoi_goals"]]
    from hn4ir_analysis.views.evidence_words import evidence_text  # issue 16 §7: words, not codes

    return "\n".join(f"{line['name']}: {line.get('evidence_words') or evidence_text(line['evidence'], lang)}"
                     for line in lines if year is None or line["target"].target_year == year)  # fmt: skip


def goals_frame(answer: dict, lang: str, year: int | None = None) -> pd.DataFrame:
    """Plan 205's qualitative goals (and other documents') with the number of evidence items."""
    lines = [*answer["plan_goals"], *answer["hanoi_goals"]]
    return pd.DataFrame([
        {i18n.t("ov.col.target_plain", lang): line["name"],
         i18n.t("ov.col.evidence", lang): i18n.t("ov.evidence_n", lang, n=line["n_evidence"] or 0)}
        for line in lines if year is None or line["target"].target_year == year
    ])  # fmt: skip


def verdict_colours(lang: str) -> dict:
    """``{column: {verdict word: colour}}`` for :func:`hn4ir_analysis.views.notebook.table`."""
    css = {"green": "#c8ecc9", "amber": "#ffe3a3", "red": "#f8c0c0", "grey": "#e4e4e4"}
    words = {i18n.t(f"ov.verdict.{v}", lang): css[c] for v, c in VERDICT_COLOUR.items()}
    words.update({i18n.verdict(v, lang): css[c] for v, c in _CATEGORY_COLOUR.items()})
    return {i18n.t("ov.col.verdict", lang): words}


#: the method categories by colour, as on the report site
_CATEGORY_COLOUR = {
    **dict.fromkeys(["achieved", "exceeded", "on_track", "maintain", "sun", "very_likely", "likely"], "green"),
    **dict.fromkeys(["moderate_progress", "fair_progress", "accelerate", "sun_cloud", "cloud", "about_as_likely"], "amber"),
    **dict.fromkeys(["limited_progress", "moving_away", "regression", "reverse", "thunderstorm", "missed",
                     "stagnation", "unlikely", "very_unlikely"], "red"),
    **dict.fromkeys(["insufficient_data", "not_quantifiable"], "grey"),
}  # fmt: skip
