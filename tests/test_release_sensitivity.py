"""Issue 16 §3: the same-release digital-economy reading under its other defensible readings.

Hand arithmetic (data/raw): value added 2025 = 275,300 bn VND, the release's own share
17.34 % (so its GRDP is 1,587,659 bn VND); 2020 GRDP of today's series = 123.3967 mn VND
× 8,246.5 thousand = 1,017,591 bn VND, the GRDP published in October 2020 = 1,060,000.
Nominal: 275,300 / 1.76 / 1,017,591 = 15.37 %; / 1,060,000 = 14.76 %. Real: the share
is 17.34 % × R / 1.76 with R the real GRDP ratio 2020→2025 (chained GSO growth 2021-25),
whatever the GRDP: 13.52 %.
"""

from __future__ import annotations

import numpy as np
import pytest

from hn4ir_analysis.data import derive
from hn4ir_analysis.data import release_sensitivity as RS
from hn4ir_analysis.data.asof import prepare
from hn4ir_analysis.data.select import select_annual
from hn4ir_analysis.views import digital_sensitivity as DS


@pytest.fixture(scope="module")
def readings(raw_data):
    chosen, _ = select_annual(raw_data.observations)
    return chosen, RS.release_share_readings(chosen, raw_data.observations)


def _share(r, growth, grdp, year):
    s = r[(r["growth"] == growth) & (r["grdp"] == grdp) & (r["year"] == year)]["share"]
    return float(s.iloc[0])


def test_default_reading_is_the_package_series(readings):
    chosen, r = readings
    base = derive.release_shares(chosen).set_index("year")["value"]
    for y in (2020, 2024, 2025):
        assert _share(r, "nominal", "gso_series", y) == pytest.approx(base[y], abs=1e-9)


def test_readings_by_hand(readings):
    chosen, r = readings
    assert _share(r, "nominal", "gso_series", 2020) == pytest.approx(
        100 * 275300 / 1.76 / 1017591, abs=1e-3
    )
    assert _share(r, "nominal", "published_at_time", 2020) == pytest.approx(
        100 * 275300 / 1.76 / 1060000, abs=1e-9
    )
    g = chosen[(chosen["geo"] == "HN") & (chosen["indicator"] == "grdp_growth")].set_index("year")[
        "value"
    ]
    ratio = np.prod([1 + g[y] / 100 for y in range(2021, 2026)])
    real = 17.34 * ratio / 1.76
    assert _share(r, "real", "gso_series", 2020) == pytest.approx(real, abs=1e-9)
    assert _share(r, "real", "published_at_time", 2020) == pytest.approx(real, abs=1e-9)
    assert _share(r, "real", "gso_series", 2020) == pytest.approx(13.52, abs=0.01)
    # every reading ends on the release's own 2025 share, and cites its raw ids
    assert set(r.loc[r["year"] == 2025, "share"]) == {17.34}
    assert r["source_ids"].str.contains("HN-DEVA-2025-01|HN-DES-2025-01").all()


def test_sensitivity_leads_with_2030_and_gives_the_40_pct_range():
    d = prepare(2025)
    tab = DS.sensitivity(d, 2025)
    base = tab.iloc[0]
    assert (base["growth"], base["grdp"]) == ("nominal", "gso_series")
    assert base["expected"] == pytest.approx(17.34 + 5 * (17.34 - 15.3717) / 5, abs=1e-3)
    assert base["reached_40"] == 2083  # today's single answer, the latest of the range
    assert tab["reached_40"].min() == 2055  # the real reading: 0.76 points a year
    assert tab["expected"].max() == pytest.approx(21.16, abs=0.01)
    en, vi = DS.lead_sentence(tab, "en"), DS.lead_sentence(tab, "vi")
    assert en.startswith("**At the pace") and "19.3 % of GRDP in 2030" in en
    assert "40 % not before 2055–2083" in en
    assert "19,3% GRDP năm 2030" in vi and "40% không sớm hơn 2055–2083" in vi and "19.3" not in vi
    table_vi = DS.reader_table(tab, "vi")
    assert "Năm đạt 40%" in table_vi.columns and "13,52" in set(table_vi.iloc[:, 1])


def test_a_past_view_with_a_tie_still_gives_the_readings():
    """A past as-of view holds a tie the user cannot settle (Hanoi's 2015 population,
    7202.9 and 7216, before the revision that separates them); the sensitivity table of
    that view is computed, not stopped (notebook 04 in a look back from 2022)."""
    data = prepare(2022)
    assert "HN-POPA-2015-02" in set(data.observations["obs_id"])  # the tie is in this view
    table = DS.sensitivity(data, 2022)  # raised UnsettledTie before
    assert list(table.columns[:2]) == ["growth", "grdp"] or table.empty
