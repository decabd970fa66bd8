"""The as-of view: which series measure a target, and the one cut-off rule."""

from __future__ import annotations

import pandas as pd

from hn4ir_analysis.data import asof


def _target(data, geo, indicator="digital_econ_share"):
    return next(t for t in data.targets if t.geo == geo and t.indicator == indicator)


def test_a_city_release_measures_only_the_citys_targets():
    data = asof.prepare(2025)
    assert "digital_econ_share_release2025" in asof.measurements(_target(data, "HN"))
    assert "digital_econ_share_release2025" not in asof.measurements(_target(data, "VN"))


def test_one_cut_off_for_figures_and_milestones():
    dates = pd.Series(["2021-12-31", "2022-01-01", "2021", "", None])
    assert asof.visible(dates, 2020).tolist() == [True, False, True, True, True]
    # a milestone's date is its year: a 2021 event is not seen as of 2020
    assert asof.milestone_visible(
        pd.Series(["2020-12-31", "2021", "2021-03-01"]), 2020
    ).tolist() == [
        True,
        False,
        False,
    ]


def test_the_view_holds_only_what_was_known():
    data = asof.prepare(2020)
    assert (data.observations["period_end"] <= 2020).all()
    assert (data.annual["year"] <= 2020).all()
    assert (data.selection_log["year"] <= 2020).all()
    years = pd.to_numeric(data.milestones["date"].astype(str).str[:4])
    assert (years <= 2020).all()
    assert not hasattr(data, "raw")
