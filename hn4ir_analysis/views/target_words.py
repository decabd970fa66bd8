"""How a target and its numbers read: threshold, unit, year, name, series, values.

The words of one target that the answer page (:func:`hn4ir_analysis.views.overview.overview`),
the reason line (:mod:`hn4ir_analysis.views.verdict_reason`) and the what-if table
(:mod:`hn4ir_analysis.views.whatif_lines`) share: ``≈ 30 % of GRDP``, ``7–7.5 %/yr``,
``2026–2030``, the target in plain words.

Notes
-----
Every word comes from :mod:`hn4ir_analysis.views.i18n` (the document's own wording in the
reader's language where the indicator has no label); numbers are formatted in the reader's
language (Vietnamese: decimal comma).
"""

from __future__ import annotations

import math

from hn4ir_analysis.data import targets as tg
from hn4ir_analysis.data.target_catalogue import SYMBOLS
from hn4ir_analysis.views import i18n


def is_missing(x) -> bool:
    """``None`` or NaN: a value the page writes as missing."""
    return x is None or (isinstance(x, float) and math.isnan(x))


def num(x, lang: str, decimals: int | None = None) -> str:
    """A number for a reader: 1,587,379 · 17.3 · 0.58 (decimals from the size unless given)."""
    if is_missing(x):
        return i18n.MISSING
    x = float(x)
    if decimals is None:
        decimals = 0 if abs(x) >= 1000 or x.is_integer() else 1 if abs(x) >= 10 else 2
    return i18n.format_number(x, lang, decimals)


def short(x, lang: str) -> str:
    """A threshold as written: 7.5, 30, 1,600,000 (no more decimals than it has, at most 2)."""
    if is_missing(x):
        return i18n.MISSING
    decimals = next(d for d in range(3) if round(float(x), d) == round(float(x), 2))
    return i18n.format_number(float(x), lang, decimals)


def unit_text(t: tg.Target, lang: str) -> str:
    """The unit a reader reads (%/yr for average growth, % of GRDP, USD …)."""
    if t.kind == "average_growth":
        return i18n.t("ov.pct_per_year", lang)
    if t.kind == "annual_growth":
        return "%"
    if t.unit == "pct_of_grdp" and t.geo == "VN":
        return i18n.t("units.pct_of_gdp", lang)  # a country's share is of GDP (issue 16 §7)
    return i18n.unit_label(t.unit, lang) if t.unit in i18n.UNITS else ""


def _with_unit(value: str, unit: str) -> str:
    return f"{value} {unit}".strip() if not unit.startswith("%") else f"{value} {unit}"


def threshold_text(t: tg.Target, lang: str) -> str:
    """``≈ 30 % of GRDP``, ``7–7.5 %/yr``, ``> 40 % of GRDP``."""
    sym = SYMBOLS.get(t.comparison)
    if t.comparison == "between":
        value = f"{short(t.low, lang)}–{short(t.high, lang)}"
    elif sym and t.low is not None:
        value = f"{sym} {short(t.low, lang)}"
    else:
        return ""
    return _with_unit(value, unit_text(t, lang))


def when_text(t: tg.Target) -> str:
    if t.kind == "average_growth" and t.period_start:
        return f"{t.period_start}–{t.period_end}"
    return str(t.target_year)


def name(t: tg.Target, lang: str) -> str:
    """The target in plain words: indicator, threshold, year; or the document's wording."""
    if t.indicator in i18n.INDICATORS and t.quantitative:
        label = i18n.indicator_label(t.indicator, lang, with_unit=False)
        return f"{label} {threshold_text(t, lang)}, {when_text(t)}"
    if lang == "vi" and not (t.wording_vi or "").strip():
        return _name_from_indicator(t, lang)  # no Vietnamese wording: never the English one
    text = (t.wording_vi if lang == "vi" else t.wording_en) or t.wording_en
    text = text[0].upper() + text[1:] if text else text
    return text if len(text) <= 140 else text[:137].rstrip() + "…"


def _name_from_indicator(t: tg.Target, lang: str) -> str:
    """The target named by its indicator's description (``indicators.csv``), threshold and year."""
    from hn4ir_analysis.views.evidence_words import default_labels

    label = default_labels(lang).get(t.indicator) or t.indicator.replace("_", " ")
    if t.quantitative and t.low is not None:
        return f"{label} {threshold_text(t, lang)}, {when_text(t)}"
    return f"{label} ({when_text(t)})"


def series_name(series: str | None, lang: str) -> str:
    """A measurement series in words (``digital_econ_share_gso`` → "GSO method")."""
    if not series:
        return ""
    key = f"nb04.series.{series}"
    if i18n.has(key):
        return i18n.t(key, lang)
    if series in i18n.INDICATORS:
        return i18n.indicator_label(series, lang, with_unit=False)
    return i18n.t("ov.series_other", lang)


def value_text(t: tg.Target, x, lang: str) -> str:
    return _with_unit(num(x, lang), unit_text(t, lang))
