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
def built():
    return processed.build()


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
