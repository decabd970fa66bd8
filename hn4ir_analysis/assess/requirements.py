"""What 2026-30 requires: one table for Hanoi's 2030 growth and productivity targets.

:func:`table` gives, per target of :data:`TARGET_IDS`, the average growth needed in the
years left of its period, and the other side of ``1 + g_Y = (1 + g_P)(1 + g_E)``: the
productivity growth a GRDP target implies, or the GRDP growth a productivity target
needs, under employment growth at both ends of the labour-force range the data give;
then what Hanoi achieved in 2021-25 and the contribution of total factor productivity
(TFP) to its past growth as the city states it. Every row carries its source ids.

Notes
-----
Method. Needed growth: :func:`hn4ir_analysis.growth_targets.required_average_growth`
(the arithmetic of the what-if, :mod:`hn4ir_analysis.assess.whatif`) on the years of the
period already observed (table V03.10 for GRDP; none for a 2026-30 period as of 2025)
against the target's lower bound (``gt`` and ``ge`` alike). Employment growth: the
2020-25 labour-force growth range of the headline constructions of
:func:`hn4ir_analysis.assess.productivity.estimate` (rounding included: 0.10-1.65 %/yr as
of 2025); labour force stands in for employment, which Hanoi does not count. TFP: the
``tfp_contribution`` observations for Hanoi (city statements; the 2025 statement does not
say whether it covers 2025 alone or 2021-25). Targets: the adopted documents; drafts and
second-hand restatements of the same figure are left out.
"""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.assess import productivity
from hn4ir_analysis.data.asof import AsOfData, prepare
from hn4ir_analysis.data.target_catalogue import SYMBOLS
from hn4ir_analysis.growth_targets import required_average_growth

AS_OF = 2025
TARGET_IDS = (
    "DH18_2030_grdp_growth", "QH1569_2030_grdp_growth", "NQ15_2030_grdp_growth",
    "KH205_2030_labour_productivity", "NQ18TU_2030_labour_productivity",
    "NQ15_2030_labour_productivity",
)  # fmt: skip
COLUMNS = [
    "item", "target_id", "period", "target", "years_left", "value", "at_employment_low",
    "at_employment_high", "employment_low", "employment_high", "unit", "source_ids",
]  # fmt: skip


def _target_text(t) -> str:
    op = SYMBOLS.get(t.comparison)
    return f"{t.low:g}-{t.high:g}" if t.comparison == "between" else f"{op} {t.low:g}"


def _other(g: float, e: float, grdp: bool) -> float:
    """GRDP target g: productivity growth (1+g)/(1+e)-1; productivity target: (1+g)(1+e)-1."""
    return (
        100 * ((1 + g / 100) / (1 + e / 100) - 1)
        if grdp
        else 100 * ((1 + g / 100) * (1 + e / 100) - 1)
    )


def table(data: AsOfData | None = None) -> pd.DataFrame:
    """The requirements table (module notes); ``data`` defaults to :func:`prepare` (2025)."""
    data = data or prepare(AS_OF)
    est = productivity.estimate(data)
    e_lo, e_hi = est.lf_growth_interval()
    lf_ids = [i for s in est.headline["source_ids"] for i in s.split(";") if "-GRDPG" not in i
              and not i.startswith("GSO-V03.10")]  # fmt: skip
    lf_ids = ";".join(dict.fromkeys(lf_ids))
    targets = {t.target_id: t for t in data.targets}
    seg = data.segment(config.HANOI, "grdp_growth")
    gy = seg.values
    rows = []
    for tid in TARGET_IDS:
        t = targets[tid]
        grdp = t.indicator == "grdp_growth_avg"
        s, e = t.period_start, t.period_end
        seen = [y for y in range(s, e + 1) if y <= data.as_of]
        observed = [float(gy[y]) for y in seen] if grdp else []
        if len(observed) != len(seen):
            continue  # productivity targets of a period already begun: no annual series
        need = required_average_growth(observed, e - s + 1, t.low)
        ids = [t.source_id, *(seg.source_ids[y] for y in seen)] if grdp else [t.source_id]
        rows.append({"item": "needed_grdp" if grdp else "needed_productivity", "target_id": tid,
                     "period": f"{max(s, data.as_of + 1)}-{e}", "target": _target_text(t),
                     "years_left": e - max(s - 1, data.as_of), "value": need,
                     "at_employment_low": _other(need, e_lo, grdp),
                     "at_employment_high": _other(need, e_hi, grdp),
                     "employment_low": e_lo, "employment_high": e_hi, "unit": "pct",
                     "source_ids": ";".join([*ids, lf_ids])})  # fmt: skip
    achieved = {"item": "achieved_grdp", "period": "2021-2025", "value": est.grdp_avg,
                "unit": "pct", "source_ids": ";".join(est.grdp_ids)}  # fmt: skip
    lo, hi = est.range()
    prod = {"item": "achieved_productivity", "period": "2021-2025", "value": float("nan"),
            "at_employment_low": hi, "at_employment_high": lo, "employment_low": e_lo,
            "employment_high": e_hi, "unit": "pct", "source_ids": ";".join(est.source_ids())}  # fmt: skip
    rows += [achieved, prod]
    obs = data.observations
    tfp = obs[(obs["geo"] == config.HANOI) & (obs["indicator"] == "tfp_contribution")]
    for r in tfp.sort_values("period").itertuples():
        rows.append({"item": "tfp_contribution", "period": str(r.period), "value": float(r.value),
                     "unit": "pct_of_growth", "source_ids": r.obs_id})  # fmt: skip
    return pd.DataFrame(rows, columns=COLUMNS)
