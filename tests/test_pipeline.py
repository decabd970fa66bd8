"""The processed build on the shipped data: reproducible, committed, traceable, and the
selection rule of the data README (data/raw/hn4ir/README.md §4)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from hn4ir_analysis import config
from hn4ir_analysis.data import processed
from hn4ir_analysis.data.select import select_annual


@pytest.fixture(scope="module")
def built(shipped_build):
    return shipped_build


@pytest.fixture(scope="module")
def log(built):
    return built[config.SELECTION_LOG]


def _chosen(frame: pd.DataFrame, geo: str, indicator: str, year: int) -> pd.Series:
    rows = frame[
        (frame["geo"] == geo) & (frame["indicator"] == indicator) & (frame["year"] == year)
    ]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_build_is_deterministic(built):
    again = processed.build()
    assert list(again) == list(built)
    for name in built:
        assert processed.to_csv_text(again[name]) == processed.to_csv_text(built[name]), name


def test_committed_processed_files_match_a_fresh_build(built):
    stale = []
    for name, frame in built.items():
        path = config.PROCESSED_DIR / name
        if not path.is_file() or path.read_text(encoding="utf-8") != processed.to_csv_text(frame):
            stale.append(name)
    assert not stale, (
        f"data/processed is out of date ({', '.join(stale)}): run `make data` and commit"
    )


@pytest.mark.parametrize("name", [config.HANOI_ANNUAL, config.PERIODS])
def test_every_value_traces_to_a_sourced_observation(built, raw_data, name):
    obs = raw_data.observations.set_index("obs_id")
    frame = built[name]
    for row in frame.itertuples():
        ids = [] if pd.isna(row.source_ids) or not row.source_ids else row.source_ids.split(";")
        if not ids:
            # only a chained index's base year (= 100 by definition) or an average that
            # could not be computed may lack sources
            base = (
                row.indicator == "grdp_real_index" and row.value == 100 and "base year" in row.note
            )
            assert base or pd.isna(row.value), row
            continue
        for oid in ids:
            assert oid in obs.index, f"{name}: {oid} is not a raw observation"
            assert str(obs.at[oid, "source_url"]).strip(), f"{name}: {oid} has no source_url"


def test_hanoi_grdp_growth_2020_is_the_statistics_office_table(built, log):
    chosen = _chosen(built[config.HANOI_ANNUAL], "HN", "grdp_growth", 2020)
    assert chosen["value"] == pytest.approx(4.11)
    assert chosen["vintage"] == "official" and chosen["source_ids"].startswith("GSO-V03.10-")
    revised = log[
        (log["geo"] == "HN") & (log["year"] == 2020) & (log["obs_id"] == "HN-GRDPG-2020-04")
    ].iloc[0]
    assert revised["value"] == pytest.approx(4.18)
    assert not revised["chosen"]
    assert revised["reason"].startswith("earlier publication")


def test_hanoi_grdp_growth_2023_is_the_revision_not_the_estimate(built):
    chosen = _chosen(built[config.HANOI_ANNUAL], "HN", "grdp_growth", 2023)
    assert chosen["value"] == pytest.approx(6.206, abs=5e-4)
    assert chosen["value"] != pytest.approx(6.27, abs=1e-3)


def test_as_of_view_sees_what_was_known_then(raw_data):
    series, _ = select_annual(raw_data.observations, published_by="2021-12-31")
    chosen = _chosen(series, "HN", "grdp_growth", 2020)
    assert chosen["value"] == pytest.approx(4.18)
    assert chosen["obs_id"] == "HN-GRDPG-2020-04"


def test_no_period_value_in_annual_output(built, raw_data):
    obs = raw_data.observations.set_index("obs_id")
    annual = pd.concat([built[config.HANOI_ANNUAL], built[config.PANEL_ANNUAL]])
    observed = annual[annual["kind"] == "observed"]
    assert observed["source_ids"].str.contains(";").sum() == 0
    parts = obs.loc[observed["source_ids"]]
    assert (parts["period_start"] == parts["period_end"]).all()
    assert (parts["period_start"].to_numpy() == observed["year"].to_numpy()).all()
    assert (parts["vintage"] != "projection").all()
    assert (built[config.PERIODS]["period_start"] != built[config.PERIODS]["period_end"]).all()


def test_real_index_never_chains_across_old_basis(built):
    annual = pd.concat([built[config.HANOI_ANNUAL], built[config.PANEL_ANNUAL]])
    growth = annual[(annual["indicator"] == "grdp_growth") & (annual["kind"] == "observed")]
    by_id = growth.set_index("source_ids")
    index = annual[annual["indicator"] == "grdp_real_index"]
    assert len(index[index["geo"] == "HN"]) > 5
    for geo, rows in index.groupby("geo"):
        base = int(rows["year"].min())
        g = growth[growth["geo"] == geo]
        chained = g[g["year"] > base]
        assert (chained["basis"] == "current").all(), geo
        assert list(chained["year"]) == list(range(base + 1, base + 1 + len(chained))), geo
        last = rows[rows["year"] == rows["year"].max()].iloc[0]
        ids = last["source_ids"].split(";")
        assert (by_id.loc[ids, "basis"] == "current").all(), geo
        expected = 100 * math.prod(1 + v / 100 for v in by_id.loc[ids, "value"])
        assert last["value"] == pytest.approx(expected, rel=1e-9), geo
    hn_base = int(index[index["geo"] == "HN"]["year"].min())
    before = growth[(growth["geo"] == "HN") & (growth["year"] == hn_base)]
    assert before.empty or (before["basis"] != "current").all()


def test_labour_force_2021_break_names_icls19(built):
    row = _chosen(built[config.HANOI_ANNUAL], "HN", "labour_force", 2021)
    assert "ICLS-19" in row["break_before"]


def test_average_growth_2021_2025_is_the_geometric_mean(built):
    annual = built[config.HANOI_ANNUAL]
    rates = [_chosen(annual, "HN", "grdp_growth", y)["value"] for y in range(2021, 2026)]
    product = 1.0
    for r in rates:
        product *= 1 + r / 100
    expected = (product ** (1 / 5) - 1) * 100
    periods = built[config.PERIODS]
    row = periods[(periods["geo"] == "HN") & (periods["indicator"] == "grdp_growth_avg")
                  & (periods["period"] == "2021-2025")]  # fmt: skip
    assert len(row) == 1
    assert row.iloc[0]["value"] == pytest.approx(expected, rel=1e-12)
    assert row.iloc[0]["value"] == pytest.approx(6.539, abs=1e-3)


# --- issue 9 point 2: one release per comparison -------------------------------------


def test_vietnam_growth_comes_from_hanois_release(built):
    # PL.V03.01's national row (same release as Hanoi's V03.10 series), not 8.02 (Dec 2022)
    panel = built[config.PANEL_ANNUAL]
    row = _chosen(panel, "VN", "gdp_growth", 2022)
    assert row["value"] == pytest.approx(8.54, abs=0.005)
    assert row["source_ids"] == "GSO-PL.V03.01-VN-2022"
    for year, value in {2023: 4.98, 2024: 7.04, 2025: 8.02}.items():
        assert _chosen(panel, "VN", "gdp_growth", year)["value"] == pytest.approx(value, abs=0.005)
    # merged provinces of the 34-province layout never enter the 63-province codes
    assert not panel["source_ids"].astype(str).str.contains("PL.V03.01-(?!VN)", regex=True).any()


def test_same_producers_later_revision_beats_its_estimate(log):
    rows = log[(log["geo"] == "VN") & (log["indicator"] == "digital_econ_share_gso")
               & (log["year"] == 2022)].set_index("obs_id")  # fmt: skip
    assert rows.loc["VN-DESG-2022-03", "chosen"]  # 12.83 revised (2025) over 12.67 (2023)
    assert rows.loc["VN-DESG-2022-01", "reason"].startswith("earlier release of the same producer")


def test_rule_on_a_toy_frame():
    base = dict(geo="VN", indicator="x", period="2022", period_start=2022, period_end=2022,
                unit="pct", basis="current")  # fmt: skip
    obs = pd.DataFrame([
        dict(base, obs_id="A", value=12.67, vintage="estimate", authority="high",
             published="2023-12-04", producer="GSO"),
        dict(base, obs_id="B", value=12.83, vintage="revised", authority="medium",
             published="2025", producer="GSO (relayed)"),
        dict(base, obs_id="C", value=14.0, vintage="revised", authority="medium",
             published="2026", producer="MIC"),
    ])  # fmt: skip
    series, log = select_annual(obs)
    reasons = log.set_index("obs_id")["reason"]
    # A (high authority) is superseded by its producer's revision B, whatever its authority
    assert "superseded by B" in reasons["A"]
    # another producer's figure supersedes nothing: B and C meet on the later publication
    assert series["obs_id"].tolist() == ["C"]
    assert reasons["B"].startswith("earlier publication")
    # without B, A's higher authority wins again
    series, _ = select_annual(obs[obs["obs_id"] != "B"])
    assert series["obs_id"].tolist() == ["A"]


def test_national_productivity_breaks_at_the_reassessment(built):
    panel = built[config.PANEL_ANNUAL]
    for year in (2011, 2012, 2020):
        assert (
            "re-assessment" in _chosen(panel, "VN", "labour_productivity_vnd", year)["break_before"]
        )
    assert _chosen(panel, "VN", "labour_productivity_vnd", 2021)["break_before"] == ""
