"""Whether a line of the answer is a target in force, history, or a draft (issue 16 §4).

A line of :func:`hn4ir_analysis.views.overview.overview` carries its target and, when a
later adopted document reset the threshold, ``history`` (the target in force). This
module names the line's standing so that every page shows it beside the verdict:

``in_force``
    the threshold of the latest adopted document for that place, indicator and year;
``history``
    an adopted document's threshold that a later adopted document reset: shown for the
    record, not a live verdict;
``draft``
    a draft document's target or scenario (``data/raw/document_status.csv``): never in
    force, whatever its date.
"""

from __future__ import annotations

from hn4ir_analysis.views import i18n

STANDINGS = ("in_force", "history", "draft")


def standing(line: dict) -> str:
    """``in_force``, ``history`` or ``draft`` for one answer line (module notes)."""
    if getattr(line["target"], "draft", False):
        return "draft"
    return "history" if line.get("history") else "in_force"


def standing_text(line: dict, lang: str) -> str:
    """The standing in words of ``lang`` (``in force`` / ``lịch sử: …`` / ``dự thảo: …``)."""
    return i18n.t(f"standing.{standing(line)}", lang)


def mark(lines, lang: str) -> None:
    """Add ``standing`` (code) and ``standing_text`` (words) to each line, in place."""
    for line in lines:
        line["standing"] = standing(line)
        line["standing_text"] = standing_text(line, lang)
