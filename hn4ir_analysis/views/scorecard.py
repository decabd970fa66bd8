"""The target scorecard: verdicts side by side, fan-chart inputs, counts.

Used by ``notebooks/05-target-scorecard.ipynb`` and the report site. The numbers come
from :func:`hn4ir_analysis.assess.verdicts.assess`; this module only arranges them for reading.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from hn4ir_analysis.assess import calibration, trends
from hn4ir_analysis.assess.verdicts import COVID_STEP, METHOD_ORDER
from hn4ir_analysis.data.asof import LEVEL_OF_RATE, AsOfData, Segment
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
            lambda g: (g["category"] == "achieved").any() & (g["method"] == "ex_post").any()
        ).sum()
    )
    on = int(
        by_target.apply(
            lambda g: g["category"].isin(["on_track", "maintain", "sun", "achieved"]).any()
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


@dataclass(frozen=True)
class FanInput:
    """What a fan chart of one target needs: history, the chosen model's projection, the target level."""

    target: Target
    series: str
    history: Segment
    fit: trends.TrendResult
    target_low: float
    target_high: float | None


def fan_input(t: Target, data: AsOfData, series: str, *, confidence: float) -> FanInput | None:
    """The projection the model row of the assessment used, with the target in the same units.

    Growth targets are drawn on their level index (the target as the index level it
    implies), as the assessment judges them; ``None`` where no model could be fitted.
    """
    level = (
        LEVEL_OF_RATE.get(t.indicator, series)
        if t.kind in ("average_growth", "annual_growth")
        else series
    )
    if level is None:
        return None
    seg = data.segment(t.geo, level)
    if seg.n == 0 or seg.values.index[-1] >= t.target_year:
        return None
    transform = "logit" if t.kind == "share" else "log"
    fits = trends.fit_all(seg.values, horizon_end=t.target_year, confidence=confidence, transform=transform,
                          step_years=COVID_STEP)  # fmt: skip
    # the calibrated distribution, as the assessment's model row uses (assess.calibration)
    chosen, _ = calibration.apply(trends.select_model(fits), level, transform)
    if chosen is None:
        return None
    low, high = t.low, t.high
    if t.kind == "average_growth":
        base_year = t.period_start - 1
        if base_year not in seg.values.index:
            return None
        n = t.period_end - t.period_start + 1
        base = seg.values[base_year]
        low = base * (1 + t.low / 100) ** n
        high = base * (1 + t.high / 100) ** n if t.high is not None else None
    elif t.kind == "annual_growth":
        return None  # one year's rate has no level of its own to draw
    return FanInput(t, level, seg, chosen, low, high)


def source_line(fi: FanInput, observations: pd.DataFrame, max_producers: int = 3) -> str:
    """Who produced the values behind a chart, and which model projects them."""
    ids = {i for joined in fi.history.source_ids for i in joined.split(";") if i}
    producers = observations.loc[observations["obs_id"].isin(ids), "producer"].dropna()
    names = list(dict.fromkeys(sorted(producers, key=lambda p: (-(producers == p).sum(), p))))
    shown = "; ".join(names[:max_producers]) + ("; …" if len(names) > max_producers else "")
    return f"{shown}. Projection: {fi.fit.model} (hn4ir-analysis)"
