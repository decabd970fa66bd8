"""Technical notes as a reader reads them: codes as labels, numbers written out.

:func:`reader_note` turns an assessment row's ``notes`` or an evidence summary into the
page's words: indicator, unit and model codes as their labels, ``18.55 pct`` as
``18.55 %``, ``1.04372e+06`` in the page's number style.

Notes
-----
Labels from :mod:`hn4ir_analysis.views.i18n` (indicators, units) and
:func:`hn4ir_analysis.views.backtest_tables.label` (trend models); a code with no label is
written with spaces for its underscores.
"""

from __future__ import annotations

import re

from hn4ir_analysis.views import i18n

_CODE = re.compile(r"(?<![\w/.])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/.])")
_UNIT_AFTER_NUMBER = re.compile(r"(?<=\d )(pct|count|rank|score|index|usd)\b")
_EXP = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[eE][+-]\d+(?![\w.])")


def _code_word(code: str, lang: str) -> str:
    from hn4ir_analysis.views import backtest_tables

    if code in i18n.INDICATORS:
        return i18n.indicator_label(code, lang, with_unit=False)
    if code in i18n.UNITS:
        return i18n.unit_label(code, lang)
    word = backtest_tables.label(code, lang)  # trend models (ets_damped …)
    return word if word != code else code.replace("_", " ")


def reader_note(text: str, lang: str) -> str:
    """A technical note (assessment ``notes``, evidence summary) as a reader reads it: indicator,
    unit and model codes as their labels (other codes with spaces for underscores; a unit code
    right after a number too: ``18.55 pct`` → ``18.55 %``), numbers in
    scientific notation (``1.04372e+06``) written out in the page's style."""

    def number(m):
        x = float(m.group(0))
        return i18n.format_number(x, lang, 0 if abs(x) >= 1000 else 2)

    text = _CODE.sub(lambda m: _code_word(m.group(0), lang), _EXP.sub(number, str(text)))
    return _UNIT_AFTER_NUMBER.sub(lambda m: i18n.unit_label(m.group(0), lang), text)
