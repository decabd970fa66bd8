"""Tables as a reader reads them: names for codes, words in the reader's language, years as text.

Every table the data notebooks show (notebooks 01 and 02) passes through :func:`show`:
indicator, unit and place codes become names, the words of the selection log
(vintage, authority, basis, the rule that ruled a value out, the reason a series breaks)
are translated, and headers are named through the i18n layer
(:mod:`hn4ir_analysis.views.i18n`).

Notes
-----
Method. Pure relabelling: no value is computed or changed here. Keys tried in order are
``tbl.<column>`` then ``nb01.col.<column>`` for headers, ``val.<word>`` for verdict words,
``nb01.word.<word>`` for the selection log's words, ``nb01.rule.*``/``nb01.reason*`` for
its reasons (:func:`hn4ir_analysis.data.select._reason` writes them) and
``nb01.break.*`` for method breaks; a word without a key is kept as written. Lists of
values written as text by :mod:`hn4ir_analysis.views.coverage` get Vietnamese separators.
"""

from __future__ import annotations

import re

import pandas as pd

from hn4ir_analysis.views.i18n import indicator_label, t

#: columns whose cells are verdict words that :func:`labelled` translates
WORD_COLUMNS = frozenset({"met", "median_meets", "scale", "ok"})


def label(key: str, lang: str, default):
    """``t(key, lang)``, or ``default`` when ``key`` has no phrase."""
    try:
        return t(key, lang)
    except ValueError:
        return default


def labelled(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The frame in ``lang``: column names (keys ``tbl.<column>``) and the verdict words of
    :data:`WORD_COLUMNS` (keys ``val.<word>``, e.g. ``yes``, ``exceeded``); others kept."""
    out = frame.copy()
    for c in WORD_COLUMNS & set(out.columns):
        out[c] = [
            "; ".join(label(f"val.{w}", lang, w) for w in v.split("; "))
            if isinstance(v, str)
            else v
            for v in out[c]
        ]
    return out.rename(columns={c: label(f"tbl.{c}", lang, c) for c in out.columns})


#: columns whose cells are words of the selection log, shown through ``nb01.word.<word>``
_LOG_WORDS = ("vintage", "authority", "basis")
#: columns holding years: shown as text, never "2,022"
_YEAR_COLUMNS = ("year", "prev_year", "first", "last", "published")
_PLACES = {"HN": "hanoi", "VN": "vietnam"}


def _indicator(code, lang: str, with_unit: bool):
    """The reader's name of an indicator: its i18n label, else the first clause of its description
    in ``indicators.csv`` (issue 16 §7: "share product taxes" was the code without underscores);
    an unknown code loses its underscores, never shown raw."""
    from hn4ir_analysis.views.evidence_words import default_labels

    if not isinstance(code, str):
        return code
    name = indicator_label(code, lang, with_unit=with_unit)
    if name != code:
        return name
    return default_labels(lang).get(code) or code.replace("_", " ")


def for_reader(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``frame`` as a reader reads it in ``lang``: indicator, unit and place codes as names,
    the selection log's words (vintage, authority, basis) translated, years as text, headers
    through :func:`labelled` (then ``nb01.col.<column>``).

    Notes
    -----
    For :func:`hn4ir_analysis.views.notebook.table`, which hides the index and right-aligns
    numbers: a year kept numeric would print with a thousands separator. Cells of free text
    (``reason``, ``break_before``, ``note``) come from the data in English and are kept.
    """
    out = frame.copy()
    if "indicator" in out.columns:
        # with its unit unless a unit column says it: GRDP in VND and in USD share a name
        unit = "unit" not in out.columns
        out["indicator"] = [_indicator(c, lang, unit) for c in out["indicator"]]
    if "unit" in out.columns:
        out["unit"] = [
            label(f"unit.{u}", lang, u) if isinstance(u, str) else u for u in out["unit"]
        ]
    if "geo" in out.columns:
        out["geo"] = [label(_PLACES[g], lang, g) if g in _PLACES else g for g in out["geo"]]
    for c in set(_LOG_WORDS) & set(out.columns):
        out[c] = [label(f"nb01.word.{w}", lang, w) if isinstance(w, str) else w for w in out[c]]
    for c in set(_YEAR_COLUMNS) & set(out.columns):
        out[c] = [str(int(y)) if pd.notna(y) and not isinstance(y, str) else y for y in out[c]]
    if lang == "vi":  # values written as text by views.coverage (_fmt): Vietnamese separators
        swap = str.maketrans({",": ".", ".": ","})
        for c, sep in (
            ("sequence", " → "),
            ("old_basis", ", "),
            ("current", ", "),
            ("unknown", ", "),
        ):
            if c in out.columns:  # lists of values: "8.03, 8.2" -> "8,03; 8,2"
                new = sep if sep != ", " else "; "
                out[c] = [new.join(x.translate(swap) for x in v.split(sep)) if isinstance(v, str) else v
                          for v in out[c]]  # fmt: skip
    for c in {"vs_national_releases", "note"} & set(out.columns):  # words of data.select
        mixed = t("nb01.mixed_releases", lang)
        out[c] = [v.replace("values from different releases", mixed) if isinstance(v, str) else v
                  for v in out[c]]  # fmt: skip
    for c in {"kind", "geo_kind"} & set(out.columns):
        out[c] = [label(f"nb01.word.{w}", lang, w) if isinstance(w, str) else w for w in out[c]]
    if "break_before" in out.columns:
        out["break_before"] = [
            break_text(b, lang) if isinstance(b, str) else b for b in out["break_before"]
        ]
    if "reason" in out.columns:
        out["reason"] = [reason_text(r, lang) if isinstance(r, str) else r for r in out["reason"]]
    if "model" in out.columns:  # trend models: "ARIMA with drift", not arima_drift
        from hn4ir_analysis.views.backtest_tables import label as model_label

        out["model"] = [model_label(m, lang) if isinstance(m, str) else m for m in out["model"]]
    out = labelled(out, lang)
    return out.rename(columns={c: label(f"nb01.col.{c}", lang, c) for c in out.columns})


_REASON = re.compile(
    r"^(?P<rule>[a-z ]+) \((?P<mine>[^ ]+) vs (?P<theirs>[^ ]+) of (?P<id>[^ )]+)\)$"
)
# the later release: an id, or "id, date" when the selection log dates it
_SUPERSEDED = re.compile(r"^(?P<rule>[a-z ]+) \(superseded by (?P<id>[^()]+)\)$")


_BASIS_CHANGE = re.compile(r"^basis changes \((?P<a>\w+) → (?P<b>\w+)\)$")


def break_text(text: str, lang: str) -> str:
    """A ``break_before`` note in ``lang``, part by part (parts joined by "; "): "basis changes
    (old_basis → current)" through ``nb01.break.basis``, known fixed notes through
    ``nb01.break.<text>``; an unknown part is kept as written."""
    parts = []
    for part in text.split("; "):
        if m := _BASIS_CHANGE.match(part):
            word = lambda w: label(f"nb01.word.{w}", lang, w)  # noqa: E731
            parts.append(t("nb01.break.basis", lang, a=word(m["a"]), b=word(m["b"])))
        else:
            parts.append(label(f"nb01.break.{part}", lang, part))
    return "; ".join(parts)


def segment_note(segment, lang: str) -> str:
    """What a trend :class:`~hn4ir_analysis.data.asof.Segment` left out, in ``lang``: the years
    of unknown basis (``seg.unknown``) and the break it starts after (``seg.break_mark``,
    through :func:`break_text`); ``""`` when nothing was left out. ``segment.note`` says the
    same in English for the assessment table."""
    from hn4ir_analysis.views.target_words import short  # a figure as published: 3,910 · 8,499.04

    parts = []
    if segment.unknown:
        listed = ", ".join(
            f"{year}: {short(value, lang)} ({ids})" for year, value, ids in segment.unknown
        )
        parts.append(t("seg.unknown", lang, listed=listed))
    if segment.dropped_before is not None:
        why = break_text(segment.break_mark, lang)
        parts.append(t("seg.used_from", lang, year=segment.dropped_before, why=why))
    return " ".join(parts)


def reason_text(reason: str, lang: str) -> str:
    """The selection log's ``reason`` in ``lang``: "lower basis (old basis vs current of HN-…)".

    The log writes ``<rule> (<this value's> vs <chosen value's> of <chosen id>)``
    (:func:`hn4ir_analysis.data.select._reason`); rule and words go through
    ``nb01.rule.*``/``nb01.word.*``, ids are kept. Other wording is returned unchanged.
    """
    word = lambda w: label(f"nb01.word.{w}", lang, w)  # noqa: E731
    if m := _REASON.match(reason):
        return t("nb01.reason", lang, rule=label(f"nb01.rule.{m['rule']}", lang, m["rule"]),
                 mine=word(m["mine"]), theirs=word(m["theirs"]), id=m["id"])  # fmt: skip
    if m := _SUPERSEDED.match(reason):
        return t("nb01.reason_superseded", lang, rule=label(f"nb01.rule.{m['rule']}", lang, m["rule"]),
                 id=m["id"])  # fmt: skip
    return reason


def show(frame: pd.DataFrame, *, lang: str, units: dict | None = None, decimals: dict | None = None,
         **kwargs) -> None:  # fmt: skip
    """:func:`for_reader` then :func:`hn4ir_analysis.views.notebook.table`; ``units`` and
    ``decimals`` are keyed by the frame's own column names (renamed here with the headers)."""
    from hn4ir_analysis.views import notebook

    shown = for_reader(frame, lang)
    names = dict(zip(frame.columns, shown.columns, strict=True))
    notebook.table(shown, lang=lang, units={names[c]: u for c, u in (units or {}).items() if c in names},
                   decimals={names[c]: d for c, d in (decimals or {}).items() if c in names}, **kwargs)  # fmt: skip
