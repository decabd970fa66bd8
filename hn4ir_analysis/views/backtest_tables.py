"""The backtest tables of notebook 06 (method reliability) for a reader, in English and Vietnamese.

The notebook shows these phrases with ``display(Markdown(i18n.t(key, lang)))``, so a reader of
the Vietnamese report reads Vietnamese. The words are the ``nb06.*`` keys of the catalogues (:mod:`hn4ir_analysis.views.i18n`);
:func:`reader_frame` turns a backtest table into one a reader
can read (codes to labels, shares to percent, booleans to words).

Notes
-----
How to read: the helpers only relabel and rescale; every figure comes from the tables of
:mod:`hn4ir_analysis.assess.backtest`, ``calibration``, ``pooled_drift`` and ``skill``.
"""

from __future__ import annotations

#: columns holding codes that :func:`reader_frame` turns into labels
_CODE_COLUMNS = ("scope", "panel", "series_class", "model", "horizon")
#: columns holding shares (0–1) shown in percent
PERCENT = ("coverage", "coverage_raw", "coverage_cal", "share_right", "p_met")


def label(code, lang: str) -> str:
    """A code of the backtest tables (scope, panel, series class, model) as a reader's word."""
    from hn4ir_analysis.views import i18n

    return i18n.t_or(f"nb06.code.{code}", lang, str(code))


def indicator_label(code: str, lang: str) -> str:
    """An indicator's name without unit (the shared table first, then this module's labels)."""
    from hn4ir_analysis.views import i18n

    return (
        i18n.indicator_label(code, lang, with_unit=False)
        if code in i18n.INDICATORS
        else label(code, lang)
    )


def method_label(code: str, lang: str) -> str:
    """A verdict method (``eurostat``, ``model`` …) by its short name."""
    from hn4ir_analysis.views import i18n

    return i18n.t(f"method_short.{code}", lang)


def reader_frame(frame, lang: str, *, percent=PERCENT):
    """A backtest table for reading: code columns to labels, ``method`` to its short name,
    shares in ``percent`` times 100, headers through ``nb06.col.*`` (others, e.g. horizons,
    as they are). Returns ``(frame, units)`` for :func:`hn4ir_analysis.views.notebook.table`."""

    out = frame.copy()
    units = {}
    for col in out.columns:
        if col in _CODE_COLUMNS:
            out[col] = [label(v, lang) for v in out[col]]
        elif col == "method":
            out[col] = [method_label(v, lang) for v in out[col]]
        elif col in percent:
            out[col] = out[col] * 100
            units[col] = "%"
    names = {c: _header(c, lang) for c in out.columns}
    out = out.rename(columns=names)
    return out, {names[c]: u for c, u in units.items()}


def _header(col, lang: str) -> str:
    from hn4ir_analysis.views import i18n

    if isinstance(col, int) or str(col).isdigit():
        return i18n.t("nb06.h_col", lang, h=col)  # a horizon, in years
    if i18n.has(f"nb06.col.{col}"):
        return i18n.t(f"nb06.col.{col}", lang)
    if str(col).endswith("_vs_naive"):  # a pooled-drift ratio column: its rule's name
        return i18n.t_or(f"nb06.drift.{str(col)[: -len('_vs_naive')]}", lang, str(col))
    return str(col)


def conclusion(row, lang: str) -> str:
    """One sentence on a method's row of :func:`hn4ir_analysis.assess.skill.brier_table`,
    in ``lang`` (the case is decided by :func:`hn4ir_analysis.assess.skill.conclusion_case`)."""
    from hn4ir_analysis.assess import skill
    from hn4ir_analysis.views import i18n

    case = skill.conclusion_case(row)
    head = i18n.t("nb06.brier_head", lang, method=method_label(row["method"], lang), n=int(row["forecasts"]),
                  k=int(row["targets"]), a=int(row.get("targets_achieved", row["achieved"])),
                  fa=int(row["achieved"]))  # fmt: skip

    def signed(x):
        return ("+" if x >= 0 else "") + i18n.format_number(x, lang, 2)

    if case in ("few", "all_missed"):
        return i18n.t(f"nb06.brier.{case}", lang, head=head, coin=signed(row["skill_vs_coin"]))
    return i18n.t("nb06.brier.scored", lang, head=head, brier=i18n.format_number(row["brier"], lang, 3),
                  off=signed(row["skill_vs_off_track"]), coin=signed(row["skill_vs_coin"]),
                  verdict=i18n.t(f"nb06.brier.{case}", lang))  # fmt: skip


def replay_detail(replay, lang: str):
    """The replayed verdicts that could be judged, one row each, for reading: indicator, target
    year, as-of year, method, verdict, model probability (%), outcome, and whether the call was
    right (as a word)."""
    from hn4ir_analysis.views import i18n

    d = replay[replay["right"].notna()]
    cols = {
        "indicator": [indicator_label(c, lang) for c in d["indicator"]],
        "target_year": d["target_year"].astype(int).astype(str),
        "as_of": d["as_of"].astype(int).astype(str),
        "method": [method_label(m, lang) for m in d["method"]],
        "category": [i18n.verdict(c, lang) for c in d["category"]],
        "p_met": (100 * d["p_met"]).to_numpy(),
        "outcome": [i18n.verdict(c, lang) for c in d["outcome"]],
        "right_call": [i18n.t("nb06.right" if bool(r) else "nb06.wrong", lang) for r in d["right"]],
    }
    import pandas as pd

    return pd.DataFrame({i18n.t(f"nb06.col.{k}", lang): list(v) for k, v in cols.items()})
