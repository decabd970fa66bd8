"""Notebook 06, sections 4c–5c: out-of-time calibration, skill candidates, reliability of p_met.

Each function turns a backtest table into the sentence or figure a reader sees, in
``lang`` (words: the ``nb06.*`` keys of the catalogues); the numbers come from the
tables of ``hn4ir backtest`` (``data/processed/backtest_*.csv``).
"""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis.assess import (
    calibration_notes,
    calibration_oot,
    reliability,
    skill,
    skill_models,
)
from hn4ir_analysis.views import i18n
from hn4ir_analysis.views.backtest_tables import label

#: the id of the reliability section of notebook 06 (in its heading, ``nb06.s5c``), linked
#: from the front page
RELIABILITY_ANCHOR = "reliability-p-met"


def _pct(x: float, lang: str) -> str:
    return i18n.format_number(100 * x, lang, 1) + "%"


def _num(x: float, lang: str, d: int = 2) -> str:
    return i18n.format_number(x, lang, d)


def count(n: int, lang: str) -> str:
    """A count in prose, grouped as the tables group it: 3,720 (en), 3.720 (vi)."""
    return i18n.format_number(int(n), lang, 0)


def oot_summary(errors: pd.DataFrame, lang: str) -> str:
    """Out-of-time coverage on the panels, per class, beside the province-out figure and the un-adapted one."""
    cov = calibration_oot.coverage_table(errors)
    tot = cov[(cov["scope"] == "panel") & (cov["horizon"] == "all")]
    every = tot[tot["series_class"] == "all"].iloc[0]
    classes = "; ".join(i18n.t("nb06.oot_class", lang, cls=label(r.series_class, lang), cov=_pct(r.coverage_oot, lang),
                               n=count(r.n_oot, lang)) for r in tot[tot["series_class"] != "all"].itertuples())  # fmt: skip
    plain = calibration_oot.grid(errors, gammas=(0.0,), betas=(calibration_oot.BETA,)).iloc[0]
    return i18n.t("nb06.oot_result", lang, all=_pct(every["coverage_oot"], lang), n=count(every["n_oot"], lang),
                  classes=classes, province=_pct(every["coverage_province_out"], lang),
                  plain=_pct(plain["coverage"], lang),
                  plain_worst=f"{label(plain['worst_class'], lang)} {_pct(plain['worst'], lang)}")  # fmt: skip


def h5_statement(factors: pd.DataFrame, lang: str, cls: str = "growth_index") -> str:
    """Horizon 5 of ``cls``: extrapolated from which horizon, by how much, and the coverage measured there."""
    sub = factors[factors["series_class"] == cls].set_index("horizon")
    if 5 not in sub.index or "extrapolated" not in str(sub.loc[5, "source_class"]):
        return ""
    hl = int(str(sub.loc[5, "source_class"]).split(" h")[1].split(" ")[0])
    n, own = int(sub.loc[hl, "n_oot"]), calibration_notes.own_cells(sub.loc[hl])
    text = i18n.t("nb06.oot_h5", lang, hl=hl, ratio=_num(sub.loc[5, "factor"] / sub.loc[hl, "factor"], lang),
                  cov=_pct(sub.loc[hl, "coverage_oot"], lang), n=n)  # fmt: skip
    if own is None:
        return text  # every cell had the class's own factor (or a table without the count)
    if own == 0:
        return text + i18n.t("nb06.oot_h5_pooled", lang, n=n, hl=hl)
    return text + i18n.t("nb06.oot_h5_own_part", lang, own=own, n=n, hl=hl)


def grdp_bias(errors: pd.DataFrame, lang: str) -> str:
    """The mean error of the selected model's GRDP-index forecasts on the panel (why no correction)."""
    g = errors[
        (errors["scope"] == "panel")
        & (errors["model"] == "selected")
        & (errors["panel"] == "grdp_real_index")
    ]
    if g.empty:
        return ""
    return i18n.t("nb06.grdp_bias", lang, bias=_num(g["error"].mean(), lang, 1), origins=g["origin"].nunique(),
                  first=int(g["origin"].min()), last=int(g["origin"].max()))  # fmt: skip


def skill_result(cells: pd.DataFrame, lang: str) -> str:
    """The learned choice against naive on the panels and Hanoi, and whether the assessment keeps naive."""
    tot = skill_models.summary(cells.assign(all="all"), by=("scope", "all")).set_index("scope")
    if not {"panel", "hanoi"} <= set(tot.index):
        return ""
    p, h = tot.loc["panel"], tot.loc["hanoi"]
    ok_p, ok_h = p["choice_vs_naive"] <= 0.85, h["choice_vs_naive"] <= 1.0

    def goal(ok):
        return i18n.t("nb06.goal_met" if ok else "nb06.goal_not_met", lang)

    return i18n.t("nb06.skill_result", lang, panel=_num(p["choice_vs_naive"], lang, 3), n_panel=count(p["n"], lang),
                  panel_goal=goal(ok_p), hanoi=_num(h["choice_vs_naive"], lang, 3), n_hanoi=count(h["n"], lang),
                  hanoi_goal=goal(ok_h), keep=i18n.t("nb06.skill_met" if ok_p and ok_h else "nb06.skill_keep", lang))  # fmt: skip


def brier_fair(replay: pd.DataFrame, lang: str) -> str:
    """The fair reading of the Brier table: the mapping is ours, the sample is small, the reference is hindsight.

    The counts are those of the official trackers' row with the most distinct targets and
    of the model's row of :func:`skill.brier_table`.
    """
    t = skill.brier_table(replay).set_index("method")
    official = t.drop(index="model", errors="ignore").sort_values("targets", ascending=False)
    if official.empty:
        return ""
    o = official.iloc[0]
    m = t.loc["model"] if "model" in t.index else o
    return i18n.t("nb06.brier_fair", lang, k=int(o["targets"]), a=int(o["targets_achieved"]), f=int(o["forecasts"]),
                  fa=int(o["achieved"]), km=int(m["targets"]), am=int(m["targets_achieved"]))  # fmt: skip


def reliability_figure(errors: pd.DataFrame, replay: pd.DataFrame, lang: str, raw_dir=None):
    """Two reliability diagrams (replayed targets; synthetic panel targets), counts beside the points.

    Returns ``(figure, synthetic_table, replay_table, synthetic_cases)``.
    """
    import matplotlib.pyplot as plt

    synth = reliability.synthetic_targets(errors, raw_dir)
    tables = (reliability.table(reliability.replayed(replay)), reliability.table(synth))
    fig, axes = plt.subplots(1, 2, figsize=(11, 5), sharey=True)
    for ax, tab, title in zip(
        axes, tables, ("nb06.rel_replay_title", "nb06.rel_synth_title"), strict=True
    ):
        ax.plot([0, 1], [0, 1], color="k", ls="--", lw=1, label=i18n.t("nb06.rel_perfect", lang))
        ax.plot(tab["mean_p"], tab["share_met"], marker="o", color="C0")
        for r in tab.itertuples():
            ax.annotate(
                str(int(r.n)),
                (r.mean_p, r.share_met),
                fontsize=7,
                xytext=(3, 3),
                textcoords="offset points",
            )
        ax.set_xlim(0, 1), ax.set_ylim(0, 1)
        ax.set_xlabel(i18n.t("nb06.rel_x", lang))
        ax.set_title(i18n.t(title, lang), fontsize=9)
    axes[0].set_ylabel(i18n.t("nb06.rel_y_met", lang))
    axes[0].legend(fontsize=8)
    return fig, tables[1], tables[0], synth


def band_statement(errors: pd.DataFrame, factors: pd.DataFrame, lang: str) -> str:
    """Which classes hold 75–85% out of time, and why the one that misses cannot be settled.

    Reads the stored out-of-time columns (no refit): a class's coverage from the factor table
    (:func:`calibration_unsettled.class_coverage`), its origins from ``covered_oot``.
    """
    from hn4ir_analysis.assess import calibration_unsettled as unsettled

    held, missed = [], []
    for cls in sorted(set(errors["panel"].map(calibration_oot.conformal.PANEL_CLASS).dropna())):
        got = unsettled.class_coverage(cls, factors)
        if got is not None:
            (held if unsettled.BAND[0] <= got[0] <= unsettled.BAND[1] else missed).append(
                (cls, *got)
            )
    if not missed:
        return ""
    cls, cov, n = missed[0]
    sel = errors[(errors["scope"] == "panel") & (errors["model"] == "selected")
                 & errors["covered_oot"].notna()]  # fmt: skip
    sel = sel[sel["panel"].map(calibration_oot.conformal.PANEL_CLASS) == cls]
    by = sel["covered_oot"].astype(bool).groupby([sel["origin"], sel["horizon"]]).mean()
    # whether the class's longest-horizon cells tested its own factor is said once, by
    # h5_statement beside the horizon-3 figure it qualifies
    return i18n.t("nb06.oot_band", lang, held=", ".join(label(c, lang) for c, *_ in held),
                  cls=label(cls, lang), cov=_pct(cov, lang), n=count(n, lang), k=sel["origin"].nunique(),
                  first=int(sel["origin"].min()), last=int(sel["origin"].max()),
                  lo=_pct(by.min(), lang), hi=_pct(by.max(), lang))  # fmt: skip
