"""An unsettled calibration (assess.calibration_unsettled): p_met as a range, and a model that
decides a verdict only when both readings agree."""

from __future__ import annotations

import pandas as pd
import pytest

from hn4ir_analysis.assess import calibration, schema
from hn4ir_analysis.assess import calibration_unsettled as U
from hn4ir_analysis.assess import headline as H


@pytest.fixture(scope="module")
def table():
    return pd.read_csv(calibration.path())


def test_class_coverage_is_the_cells_weighted_oot_coverage_of_its_measured_horizons(table):
    # the closing note's figures: growth index 86.3 % of 372 cells; labour force 82.0 % of 1,550
    cov, n = U.class_coverage("growth_index", table)
    assert n == 372 and cov == pytest.approx(0.863, abs=5e-4)
    cov, n = U.class_coverage("labour_force", table)
    assert n == 1550 and cov == pytest.approx(0.820, abs=5e-4)
    assert U.source_of("per_capita", table) == "growth_index"
    assert U.source_of("share", table) == "pooled"


def test_alternative_only_where_the_class_missed_the_band(table):
    from hn4ir_analysis.assess import trends

    values = pd.Series([100 * 1.07**i for i in range(8)], index=range(2018, 2026))
    fit = trends.select_model(trends.fit_all(values, horizon_end=2030, confidence=0.8,
                                             transform="log", n_sims=200, seed=1))  # fmt: skip
    alt = U.alternative(fit, "grdp_real_index", "log", table)
    assert alt is not None and "class growth_index held 86.3% of 372 cells" in alt[1]
    pooled = calibration.factors_for("pooled", [5], table)[0]
    own = calibration.factors_for("growth_index", [5], table)[0]
    assert pooled > own  # the pooled reading is the wider one on the shipped backtest
    held = table.assign(coverage_oot=0.8)
    assert U.alternative(fit, "grdp_real_index", "log", held) is None


@pytest.mark.parametrize(
    ("p", "rng", "verdict"),
    [(0.06, (0.06, 0.30), "off_track"), (0.06, (0.06, 0.40), "methods_disagree"),
     (0.70, (0.60, 0.70), "methods_disagree"), (0.70, (0.70, 0.90), "on_track")],
)  # fmt: skip
def test_the_model_breaks_a_tie_only_if_both_ends_are_decisive(p, rng, verdict):
    rows = [{"target_id": "T", "method": m, "category": c, "series": "s", "p_met": None}
            for m, c in (("eurostat", "on_track"), ("unsd", "limited_progress"))]  # fmt: skip
    rows.append({"target_id": "T", "method": "model", "category": "x", "series": "s",
                 "p_met": p, "p_met_low": rng[0], "p_met_high": rng[1]})  # fmt: skip
    h = H.headline(rows)
    assert h.verdict == verdict and h.p_range == rng


def test_the_contract_refuses_a_range_that_does_not_hold_p():
    from hn4ir_analysis.assess.verdicts import assess

    frame = assess(2030, 2025)
    row = frame[frame["target_id"] == "KH205_2030_labour_productivity"]
    model = row[row["method"] == "model"].iloc[0]
    # the shipped 2030 productivity probability: own calibration 0.06, pooled about 0.30
    assert model["p_met_low"] == model["p_met"] < 0.1 < 0.25 < model["p_met_high"] < H.P_OFF
    assert "Calibration unsettled" in model["notes"]
    bad = frame.copy()
    bad.loc[model.name, "p_met_low"] = model["p_met"] + 0.1
    with pytest.raises(schema.ContractError, match="p_met_low/p_met_high"):
        schema.validate(bad)
