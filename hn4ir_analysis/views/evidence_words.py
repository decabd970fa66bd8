"""The evidence of a qualitative goal in a reader's words (issue 16 §7).

:func:`hn4ir_analysis.assess.evidence.summarise` writes a technical summary
(``dti_digital_gov_rank 2022: 40 rank; ihanoi_accounts 2024: 1.04372e+06 count;
4 dated milestone(s); gap: …``). :func:`evidence_text` turns each part into words of the
page's language: the indicator's name from ``indicators.csv`` (its Vietnamese or English
description, first clause), a rank as "rank 40" / "hạng 40", a count written out
(1,043,720 / 1.043.720), other values with their unit label; the milestones and the
known gaps as phrases. A part it does not recognise goes through
:func:`hn4ir_analysis.views.reader_notes.reader_note` (codes as labels), never raw.

Notes
-----
Data-derived text (the descriptions) is returned as plain text: callers escape it for
HTML (templates autoescape) or Markdown.
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.assess.evidence import KNOWN_GAPS
from hn4ir_analysis.assess.schema import UNIT_WORDS
from hn4ir_analysis.views import i18n

# a part as :func:`hn4ir_analysis.assess.evidence.summarise` writes it: the value written out
# ("1,043,724"), then the unit as a word of :data:`hn4ir_analysis.assess.schema.UNIT_WORDS`
# ("%", "% of GRDP") or a unit code ("count", "rank"), or nothing
_PART = re.compile(
    r"^(?P<code>[a-z][a-z0-9_]*) (?P<year>\d{4}): (?P<value>[-+]?[0-9][0-9,]*(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)"
    r"(?: (?P<unit>.+))?$"
)
_UNIT_OF_WORD = {word: code for code, word in UNIT_WORDS.items() if word}
_MILESTONES = re.compile(r"^(?P<n>\d+) dated milestone\(s\)$")
_GAP = re.compile(r"^gap: (?P<text>.*)$")
_GAP_KEY = {text: key for key, text in KNOWN_GAPS.items()}
_OTHER_UNITS = {"mbps": "Mbps"}


def short_label(description: str) -> str:
    """The first clause of an indicator description, without parentheses or a trailing unit."""
    s = re.sub(
        r"\s*\([^)]*\)", "", str(description).strip()
    )  # parentheses first: they may hold ';'
    s = re.split(r"[;]|\.(?:\s|$)", s)[0]
    s = re.sub(r"\s*\(.*$", "", s)  # an unclosed parenthesis
    s = re.sub(r",\s*(%|Mbps|billion USD|million VND|count|number|of \d+)$", "", s.strip())
    return s.strip().rstrip(".")


def labels(indicators, lang: str) -> dict[str, str]:
    """``{indicator code: short label in lang}`` from the ``indicators`` table."""
    col = "description_vi" if lang == "vi" else "description_en"
    return {
        r.indicator: short_label(getattr(r, col) or r.indicator) for r in indicators.itertuples()
    }


def _value(value: float, unit: str, lang: str) -> str:
    if unit == "rank":
        return i18n.t("evid.rank", lang, n=i18n.format_number(value, lang, 0))
    if unit == "count":
        return i18n.format_number(value, lang, 0)
    decimals = 0 if float(value).is_integer() else 2
    text = i18n.format_number(value, lang, decimals)
    unit_text = i18n.unit_label(unit, lang) if unit in i18n.UNITS else _OTHER_UNITS.get(unit, unit)
    return f"{text} {unit_text}".strip() if unit_text != "%" else f"{text} %"


def part_text(part: str, names: dict[str, str], lang: str) -> str:
    """One ``; ``-separated part of a summary, in words."""
    from hn4ir_analysis.views.reader_notes import reader_note

    part = part.strip()
    if m := _PART.match(part):
        code = m["code"]
        name = (i18n.indicator_label(code, lang, with_unit=False) if code in i18n.INDICATORS
                else names.get(code, code.replace("_", " ")))  # fmt: skip
        unit = _UNIT_OF_WORD.get(m["unit"] or "", m["unit"] or "none")
        value = float(m["value"].replace(",", ""))
        return f"{name}, {m['year']}: {_value(value, unit, lang)}"
    if m := _MILESTONES.match(part):
        return i18n.t("evid.milestones", lang, n=int(m["n"]))
    if m := _GAP.match(part):
        key = _GAP_KEY.get(m["text"])
        gap = i18n.t(f"evid.gap.{key}", lang) if key else m["text"]
        return i18n.t("evid.gap", lang, text=gap)
    return reader_note(part, lang)


@functools.cache
def default_labels(lang: str) -> dict[str, str]:
    """:func:`labels` of the project's ``data/raw/hn4ir/indicators.csv`` (read once)."""
    path = config.RAW_DIR / config.HN4IR_DIR_NAME / "indicators.csv"
    return labels(pd.read_csv(path, dtype=str, keep_default_na=False), lang)


def evidence_text(notes: str, lang: str, names: dict[str, str] | None = None) -> str:
    """A whole evidence summary in words of ``lang`` (module notes); ``""`` stays ``""``.

    ``names`` (indicator → label) defaults to :func:`default_labels`.
    """
    if not notes:
        return ""
    names = default_labels(lang) if names is None else names
    return "; ".join(part_text(p, names, lang) for p in str(notes).split("; ") if p.strip())
