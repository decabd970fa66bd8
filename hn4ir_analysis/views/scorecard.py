"""The assessment table for reading: verdicts side by side, counts, targets, rows.

The numbers come from :func:`hn4ir_analysis.assess.verdicts.assess`; this module only
arranges them: each method's verdict per target (:func:`verdict_matrix`), a one-sentence
summary, counts per category, the targets of a year, and the table as row dicts
(:func:`table_rows`, what :func:`hn4ir_analysis.views.overview.overview` and the report
site read). The scorecard's other parts: its tables of the answer in words
(:mod:`hn4ir_analysis.views.answer_tables`), its fan-chart panels
(:mod:`hn4ir_analysis.views.fan_panels`) and its what-if table
(:mod:`hn4ir_analysis.views.whatif_table`).
"""

from __future__ import annotations

import math

import pandas as pd

from hn4ir_analysis.assess.verdicts import METHOD_ORDER
from hn4ir_analysis.data.targets import Target
from hn4ir_analysis.views import i18n

FORWARD_METHODS = ["eurostat", "unsd", "escap", "destatis", "model"]


def verdict_matrix(frame: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """One row per target × series: each method's verdict word, the model's p_met and the growth needed.

    Parameters
    ----------
    frame : DataFrame
        The assessment table (``assess.COLUMNS``).
    lang : {"en", "vi"}

    Returns
    -------
    DataFrame
        Columns ``target_id``, ``series``, one per method present (localised verdicts),
        ``p_met`` and ``required_growth`` (per cent a year).
    """
    words = frame.assign(word=[i18n.verdict(c, lang) for c in frame["category"]])
    wide = words.pivot_table(
        index=["target_id", "series"], columns="method", values="word", aggfunc="first"
    )
    methods = sorted(wide.columns, key=METHOD_ORDER.get)
    wide = wide[methods]
    wide.columns = [i18n.t(f"method_short.{m}", lang) for m in methods]
    wide = wide.fillna("")
    numeric = frame.assign(
        p_met=pd.to_numeric(frame["p_met"]), required_growth=pd.to_numeric(frame["required_growth"])
    )
    extra = numeric.groupby(["target_id", "series"]).agg(
        p_met=("p_met", "max"), required_growth=("required_growth", "max")
    )
    out = wide.join(extra).reset_index()
    out = out.rename(columns={
        "target_id": i18n.column("target_id", lang), "series": i18n.column("series", lang),
        "p_met": i18n.column("p_met", lang), "required_growth": i18n.column("required_growth", lang),
    })  # fmt: skip
    return out


def headline(frame: pd.DataFrame, lang: str = "en") -> str:
    """One sentence: how many quantitative targets are achieved, on track, likely."""
    quant = frame[frame["method"] != "evidence"]
    by_target = quant.groupby("target_id")
    met = int(
        by_target.apply(
            lambda g: (
                g["category"].isin(["achieved", "exceeded"]).any()
                & (g["method"] == "ex_post").any()
            )
        ).sum()
    )
    on = int(
        by_target.apply(
            lambda g: (
                g["category"].isin(["on_track", "maintain", "sun", "achieved", "exceeded"]).any()
            )
        ).sum()
    )
    likely = int(
        by_target.apply(lambda g: g["category"].isin(["likely", "very_likely"]).any()).sum()
    )
    return i18n.t("nb05.summary", lang, met=met, n=by_target.ngroups, on=on, likely=likely)


def verdict_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """How many verdicts of each category each method gave (rows: method, columns: category)."""
    return frame.pivot_table(
        index="method", columns="category", values="target_id", aggfunc="count", fill_value=0
    )


def targets_table(targets: list[Target], lang: str = "en") -> pd.DataFrame:
    """The targets of a year: id, document, wording in ``lang``, what counts as met."""
    rows = [
        {
            i18n.column("target_id", lang): t.target_id,
            i18n.t("document", lang): t.document[:60],
            i18n.t("wording", lang): (t.wording_vi if lang == "vi" else t.wording_en)[:110],
            i18n.t("goal", lang): t.describe(lang) if t.quantitative else "–",
        }
        for t in sorted(targets, key=lambda t: t.target_id)
    ]
    return pd.DataFrame(rows)


def table_rows(table) -> list[dict]:
    """The assessment table as a list of row dicts, missing values as ``None`` (what
    :func:`hn4ir_analysis.views.overview.overview` and the report site read)."""
    if table is None:
        return []
    return [
        {
            k: None if (v is None or (isinstance(v, float) and math.isnan(v))) else v
            for k, v in r.items()
        }
        for r in table.to_dict(orient="records")
    ]
