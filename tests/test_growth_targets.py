"""growth_targets.implied_level: the one place the level implied by an average-growth target is computed."""

from __future__ import annotations

import pytest

from hn4ir_analysis.growth_targets import average_growth, cagr, implied_level


def test_implied_level_pinned():
    # 100 growing 7 % a year for 5 years: 100 * 1.07^5 = 140.2551730...
    assert implied_level(100.0, 7.0, 5) == pytest.approx(140.255173, abs=1e-6)


def test_implied_level_round_trips_with_cagr_and_average():
    level = implied_level(1017.6, 6.54, 5)
    assert 100 * cagr(1017.6, 2020, level, 2025) == pytest.approx(6.54)
    assert average_growth([6.54] * 5) == pytest.approx(6.54)
