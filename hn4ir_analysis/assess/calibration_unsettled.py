"""A model probability whose calibration the backtest cannot settle is shown as a range.

The assessment widens a model's paths with the out-of-time factors of the series' class
(:mod:`hn4ir_analysis.assess.calibration`). Where that class's own factors did not hold
75–85% of the backtest's outcomes out of time (:data:`BAND`, issue 19), the backtest cannot
tell them from the pooled factors of all classes, which did hold on the panels as a whole.
:func:`alternative` gives the fit widened with the pooled factors instead; the model row
then reports ``p_met`` (own class, as before) and ``p_met_low``/``p_met_high`` (both
calibrations), and the headline lets the model decide only when both ends agree.

Notes
-----
A class's out-of-time coverage is read from the factor table the assessment uses
(``backtest_calibration.csv``: ``coverage_oot`` and ``n_oot`` per horizon, written by
:func:`calibration_oot.add_columns`), weighted by cells over the horizons measured for the
class's source (extrapolated horizons have no cells). On the shipped backtest the real
GRDP-index class held 86.3% of 372 cells (three origins, see
:mod:`hn4ir_analysis.assess.calibration_band`); labour force, population and the pooled
factors held. How to read the range: both ends are honest readings of the same backtest;
the truth is not known to lie between them, but a verdict that changes across them is
not one the data support.
"""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis.assess import calibration

#: out-of-time 80% coverage a class's own factors must hold to stand alone (issue 19)
BAND = (0.75, 0.85)


def source_of(cls: str, table: pd.DataFrame) -> str:
    """The class whose measured factors ``cls`` uses (``per_capita`` → ``growth_index``)."""
    sub = table[table["series_class"] == cls]
    if sub.empty:
        return "pooled"
    return str(sub.sort_values("horizon")["source_class"].iloc[0]).split(" ")[0]


def class_coverage(src: str, table: pd.DataFrame) -> tuple[float, int] | None:
    """Cells-weighted out-of-time coverage of ``src``'s measured horizons, or None if unknown."""
    if "coverage_oot" not in table or "n_oot" not in table:
        return None
    sub = table[table["series_class"] == src]
    measured = sub["source_class"].astype(str) == src + " h" + sub["horizon"].astype(int).astype(
        str
    )
    sub = sub[measured & sub["coverage_oot"].notna() & (sub["n_oot"] > 0)]
    n = int(sub["n_oot"].sum())
    if n == 0:
        return None
    return float((sub["coverage_oot"] * sub["n_oot"]).sum() / n), n


def alternative(fit, series: str, transform: str, table: pd.DataFrame | None = None):
    """``(fit widened with the pooled factors, note)`` when the class's own calibration missed
    :data:`BAND` out of time; else None (the class held, uses the pooled factors already, or
    there is no table)."""
    table = calibration.active() if table is None else table
    if table is None or fit is None or not fit.ok:
        return None
    cls = calibration.series_class(series, transform)
    src = source_of(cls, table)
    held = class_coverage(src, table)
    if src == "pooled" or held is None or BAND[0] <= held[0] <= BAND[1]:
        return None
    horizons = fit.years - fit.last_year
    pooled = calibration.factors_for("pooled", horizons, table)
    if pooled is None:
        return None
    from hn4ir_analysis.assess import trends

    note = (f"Calibration unsettled: class {src} held {held[0]:.1%} of {held[1]} cells out of time "
            f"(band {BAND[0]:.0%}-{BAND[1]:.0%}); with the pooled factors (x{pooled[-1]:.2f} at horizon "
            f"{int(horizons[-1])}) p_met would be {{p_alt:.3f}}, so read p_met as {{p_low:.3f}}-{{p_high:.3f}}.")  # fmt: skip
    return trends.calibrate(fit, pooled, f"pooled factors, {calibration.DATA_NOTE}"), note
