"""Notebook 06 sections 4c–5c (views.reliability_06): sentences from the tables, in both languages."""

from __future__ import annotations

import numpy as np
import pandas as pd
from test_calibration import _replay_rows, _synthetic_errors

from hn4ir_analysis import config
from hn4ir_analysis.assess import calibration as C
from hn4ir_analysis.assess import calibration_oot as O
from hn4ir_analysis.views import reliability_06 as r06


def _tables():
    short = _synthetic_errors(n_geos=30)
    short = short[~((short["panel"] == "grdp_real_index") & (short["horizon"] > 3))]
    return O.add_columns(C.cross_fit(short))


def test_h5_statement_says_extrapolated_by_how_much_and_h3_coverage():
    errors, factors = _tables()
    g = factors[factors["series_class"] == "growth_index"].set_index("horizon")
    ratio = g.loc[5, "factor"] / g.loc[3, "factor"]
    en, vi = r06.h5_statement(factors, "en"), r06.h5_statement(factors, "vi")
    assert "extrapolated from horizon 3" in en and f"×{ratio:.2f}" in en
    assert (
        f"{100 * g.loc[3, 'coverage_oot']:.1f}%" in en
        and f"of {int(g.loc[3, 'n_oot'])} cells" in en
    )
    assert "ngoại suy từ tầm 3 năm" in vi and f"×{ratio:.2f}".replace(".", ",") in vi
    # a class measured at horizon 5 has nothing to declare
    assert r06.h5_statement(factors, "en", cls="population") == ""


def test_oot_summary_reports_the_measured_coverage():
    errors, _ = _tables()
    cov = O.coverage_table(errors)
    tot = cov[(cov["scope"] == "panel") & (cov["series_class"] == "all")].iloc[0]
    text = r06.oot_summary(errors, "en")
    assert f"**{100 * tot['coverage_oot']:.1f}%** of {int(tot['n_oot']):,} panel outcomes" in text
    assert "," in r06.oot_summary(errors, "vi").split("**")[1]  # decimal comma


def test_brier_fair_counts_distinct_and_achieved_targets():
    rows = _replay_rows()
    en = r06.brier_fair(rows, "en")
    # eurostat judged A (achieved) and B (missed); C had no verdict
    assert (
        "**2 distinct targets, 1 of them achieved**" in en and "hindsight" in en and "mapping" in en
    )
    assert "2 mục tiêu riêng biệt, 1 mục tiêu đã đạt" in r06.brier_fair(rows, "vi")


def test_reliability_section_carries_the_anchor():
    from hn4ir_analysis.views import i18n

    for lang in ("en", "vi"):
        assert f'<a id="{r06.RELIABILITY_ANCHOR}"></a>' in i18n.t("nb06.s5c", lang)


def test_skill_result_keeps_naive_when_the_goal_is_missed():
    cells = pd.DataFrame(
        {"scope": ["panel"] * 2 + ["hanoi"] * 2, "err_naive": [1.0, -1.0, 1.0, 1.0]}
    )
    for n in ("theta", "ets_damped", "combo", "global"):
        cells[f"err_{n}"] = cells["err_naive"] * 2
    cells["err_choice"] = cells["err_naive"] * np.array([0.9, 0.9, 1.0, 1.0])
    text = r06.skill_result(cells, "en")
    assert "**0.900× the naive rule's on the panels**" in text and "not met" in text
    assert "keeps the naive rule's centre" in text


def test_brier_table_counts_targets_achieved_not_forecasts():
    from hn4ir_analysis.assess import skill

    rows = _replay_rows()
    extra = rows[(rows["target_id"] == "A") & (rows["method"] == "eurostat")].assign(as_of=2018)
    t = skill.brier_table(pd.concat([rows, extra], ignore_index=True)).set_index("method")
    assert t.loc["eurostat", "achieved"] == 2  # two scored forecasts of the achieved target A
    assert t.loc["eurostat", "targets_achieved"] == 1  # one achieved target


def test_h5_statement_says_the_horizon_3_cells_had_the_pooled_factor():
    """The shipped GRDP class's horizon-3 cells (62) all come from its first origin, which
    took the pooled factor (backtest_calibration.csv n_oot_own = 0): the horizon-5 paragraph
    says they do not test the class's own factor; a partial count is stated as such."""
    factors = pd.read_csv(config.PROCESSED_DIR / "backtest_calibration.csv")
    g = factors[factors["series_class"] == "growth_index"].set_index("horizon")
    assert (int(g.loc[3, "n_oot"]), int(g.loc[3, "n_oot_own"])) == (62, 0)
    en, vi = r06.h5_statement(factors, "en"), r06.h5_statement(factors, "vi")
    assert en.endswith("Those 62 horizon-3 cells all come from the class's first origin and had "
                       "the pooled factor: they do not test the class's own factor.")  # fmt: skip
    assert "62 ô ở tầm 3 năm đó đều thuộc mốc dự báo đầu tiên" in vi
    part = factors.assign(n_oot_own=factors["n_oot_own"].where(factors["horizon"] != 3, 40))
    assert "Of those 62 horizon-3 cells, 40 had the class's own factor" in r06.h5_statement(
        part, "en"
    )
    # a factor table written before the count existed: the paragraph as it was
    clause = r06.i18n.t("nb06.oot_h5_pooled", "en", n=62, hl=3)
    assert r06.h5_statement(factors.drop(columns="n_oot_own"), "en") == en.removesuffix(clause)


def test_counts_in_the_prose_are_grouped_as_in_the_tables():
    """The shipped backtest: 3,720 out-of-time panel outcomes (the table beside it reads 1,798)."""
    from hn4ir_analysis.assess import backtest_bench

    errors = backtest_bench.processed_tables()["backtest_errors.csv"]
    en, vi = r06.oot_summary(errors, "en"), r06.oot_summary(errors, "vi")
    assert "**80.2%** of 3,720 panel outcomes" in en and "Labour force 82.0% of 1,550" in en
    assert "**80,2%** trong 3.720 " in vi and "1.798" in vi
    assert r06.count(19656, "en") == "19,656" and r06.count(62, "vi") == "62"
