"""Notebook 03's tables as a reader reads them, in English or Vietnamese.

The tables of :mod:`hn4ir_analysis.views.productivity`, :mod:`~.productivity_checks`,
:mod:`~.productivity_paths` and the estimate (:mod:`hn4ir_analysis.assess.productivity`)
carry codes (flags, constructions, verdict categories), booleans and numeric years.
:func:`reader_frame` turns them into words of the page's language; :func:`show` shows
the result with :func:`hn4ir_analysis.views.notebook.table` (text left, numbers right, no
index column).

Notes
-----
Headers come from ``nb34.col.<column>`` (shared with notebook 04), else
``nb03.col.<column>`` (the catalogues); a column with neither
keeps its name, so a new column shows up (and :func:`tests.reader_text.leaks` flags it)
rather than disappearing. Booleans read "yes"/"no" (not the scorecard's "met"/"not met":
here they answer questions such as "in the headline?"). Years stay text ("2021", not
"2,021"). A construction's ``assumptions`` are worded from its ``assumption_args`` in
the page's language (:func:`assumptions`); the package's own English text is the same.
"""

from __future__ import annotations

import re

import pandas as pd

from hn4ir_analysis.views import i18n, notebook
from hn4ir_analysis.views.digital import coded_value, doc_code
from hn4ir_analysis.views.productivity import localize

#: column → key prefix (or function) of code values translated here (beyond
#: ``productivity.CODED``), read by :func:`~hn4ir_analysis.views.digital.coded_value`
CODED = {"construction": "nb03.construction", "grdp_how": "nb03.grdp_how", "kind": "nb03.kind",
         "geo": i18n.place_name}  # fmt: skip
_RATE = re.compile(r"^(-?\d+(?:\.\d+)?) %/yr$")
_FASTEST = re.compile(r"^fastest year \((\d{4})\)$")
_CHECK = re.compile(r"^(average|level) (.+)$")


def _scenario(value, lang: str):
    """A growth scenario of :func:`~.productivity_paths.what_it_takes` in ``lang``."""
    if not isinstance(value, str):
        return value
    if m := _RATE.match(value):
        return i18n.t("nb03.scenario.rate", lang, rate=i18n.format_number(float(m.group(1)), lang, 1).removesuffix(",0").removesuffix(".0"))  # fmt: skip
    if m := _FASTEST.match(value):
        return i18n.t("nb03.scenario.fastest", lang, year=m.group(1))
    if value.startswith("labour force 2020-25, "):
        return i18n.t(f"nb03.scenario.lf_{value.rsplit(' ', 1)[1]}", lang)
    return value


def assumptions(construction: str, args: dict, lang: str) -> str:
    """The assumptions of a labour-force construction (:func:`~hn4ir_analysis.assess.productivity.constructions`)
    in ``lang`` (``nb03.assume.<construction>``): the ratio to 4 decimals, the trend to 2."""
    digits = {"ratio": 4, "trend": 2}
    words = {
        k: i18n.format_number(v, lang, digits[k]) if k in digits else v for k, v in args.items()
    }
    return i18n.t(f"nb03.assume.{construction}", lang, **words)


def _shown(frame: pd.DataFrame, drop) -> list[str]:
    """The columns of ``frame`` a reader sees, in order: not ``drop``, not the arguments
    that :func:`assumptions` words."""
    return [c for c in frame.columns if c not in drop and c != "assumption_args"]


def reader_frame(
    frame: pd.DataFrame, lang: str, drop=("source_ids",), localizer=localize
) -> pd.DataFrame:
    """``frame`` with words for codes and booleans, years as text and headers in ``lang``.

    ``localizer`` translates the notebook's own codes and ``nb34.col`` headers
    (:func:`hn4ir_analysis.views.productivity.localize`; notebook 04 passes
    :func:`hn4ir_analysis.views.digital.localize`).
    """
    out = frame.copy()
    if "assumption_args" in out:  # a construction's assumptions, worded from its figures
        out["assumptions"] = [assumptions(c, a, lang) for c, a in zip(out["construction"], out["assumption_args"], strict=True)]  # fmt: skip
    out = out[_shown(frame, drop)]
    if "published" in out and pd.api.types.is_numeric_dtype(out["published"]):
        out = out.rename(columns={"published": "published_value"})  # a figure, not a date
    for col in out.columns:
        if pd.api.types.is_bool_dtype(out[col]):
            out[col] = [i18n.t("nb03.yes" if v else "nb03.no", lang) for v in out[col]]
        elif (col == "year" or col.endswith("_year") or col.startswith("year_")) and pd.api.types.is_integer_dtype(out[col]):  # fmt: skip
            out[col] = [str(v) if pd.notna(v) else i18n.MISSING for v in out[col]]
    for col, prefix in CODED.items():
        if col in out:
            out[col] = [coded_value(prefix, v, lang) for v in out[col]]
    if "vintage" in out:
        out["vintage"] = [coded_value("nb03.vintage", v, lang) for v in out["vintage"]]
    for col in ("scenario", "path"):
        if col in out:
            out[col] = [_scenario(v, lang) for v in out[col]]
    if "target_id" in out:  # KH205_2025_labour_productivity → "KH205, 2025"
        out["target_id"] = [f"{doc_code(v)}, {v.split('_')[1]}" for v in out["target_id"]]
        out = out.rename(columns={"target_id": "target"})
    if "check" in out:
        out["check"] = [i18n.t(f"nb03.check.{m.group(1)}", lang, years=m.group(2)) if (m := _CHECK.match(str(v))) else v
                        for v in out["check"]]  # fmt: skip
    if "method" in out:
        out["method"] = [coded_value("method", v, lang) for v in out["method"]]
    if "category" in out:
        out["category"] = [coded_value("verdict", v, lang) for v in out["category"]]
    if "target" in out and out["target"].dtype != float:
        out["target"] = [plain(v, lang) if isinstance(v, str) else v for v in out["target"]]
    out = localizer(out, lang)
    for prefix in ("nb03.col", "nb04.col"):
        out = out.rename(columns=i18n.headers(out.columns, prefix, lang))
    return out


def show(frame: pd.DataFrame, lang: str, *, decimals: dict | None = None, units: dict | None = None,
         drop=("source_ids",), localizer=localize, **kw) -> None:  # fmt: skip
    """Show ``frame`` for reading (:func:`reader_frame`, then :func:`notebook.table`).

    ``decimals`` and ``units`` (unit text, already in ``lang``) are keyed by the frame's own
    column names (before translation).
    """
    shown = reader_frame(frame, lang, drop=drop, localizer=localizer)
    names = dict(zip(_shown(frame, drop), shown.columns, strict=True))
    notebook.table(shown, lang=lang, decimals={names[c]: d for c, d in (decimals or {}).items() if c in names},
                   units={names[c]: u for c, u in (units or {}).items() if c in names}, **kw)  # fmt: skip


def plain(text: str, lang: str) -> str:
    """Data-derived text with its series and unit codes replaced by their names.

    Notes written by the assessment engine (English) name series by code
    (``digital_econ_share_gso``) and units as ``pct_of_grdp``; a reader sees the
    measurement's name and "%". Longest codes first, so a prefix never cuts a longer code.
    """
    text = text.replace(" pct_of_grdp", "%")
    codes = sorted(
        (k.split(".", 2)[2] for k in i18n.KEYS if k.startswith("nb04.series.")),
        key=len,
        reverse=True,
    )
    for code in codes:
        text = re.sub(
            rf"(?<![\w/.]){re.escape(code)}(?![\w/.])", i18n.t(f"nb04.series.{code}", lang), text
        )
    return text
