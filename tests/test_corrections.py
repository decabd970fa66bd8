"""The documented corrections: applied on load, listed in processed output, guarded against drift."""

from __future__ import annotations

import dataclasses

import pytest

from hn4ir_analysis.data import corrections
from hn4ir_analysis.data.processed import annual_series
from hn4ir_analysis.errors import RawDataError


def test_pre_reassessment_2019_levels_are_old_basis(raw_data):
    obs = raw_data.observations.set_index("obs_id")
    for c in corrections.CORRECTIONS:
        assert obs.at[c.obs_id, c.column] == c.used_value
        assert obs.at[c.obs_id, "note"].startswith("[corrected")


def test_the_reassessed_2019_level_is_chosen(raw_data):
    annual, log = annual_series(raw_data)
    row = annual[
        (annual.geo == "HN") & (annual.indicator == "grdp_current_prices") & (annual.year == 2019)
    ]
    assert row["value"].item() == 1024000  # Nov 2020 vintage, after the re-assessment
    assert row["source_ids"].item() == "HN-GRDPV-2019-02"


def test_a_correction_whose_raw_value_changed_stops_the_pipeline(raw_data):
    stale = dataclasses.replace(corrections.CORRECTIONS[0], raw_value="unknown")
    with pytest.raises(RawDataError, match="review") as err:
        corrections.apply(raw_data.observations, [stale])
    assert err.value.column == "basis" and err.value.row is not None


def test_a_correction_of_a_missing_row_stops_the_pipeline(raw_data):
    missing = dataclasses.replace(corrections.CORRECTIONS[0], obs_id="HN-NOPE-2019-01")
    with pytest.raises(RawDataError, match="not found"):
        corrections.apply(raw_data.observations, [missing])
