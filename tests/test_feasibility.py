"""feasibility.csv: base rates of sustained growth in the GSO panels (issue 20)."""

import argparse

import pandas as pd
import pytest

from hn4ir_analysis import config
from hn4ir_analysis.assess import feasibility as f
from hn4ir_analysis.growth_targets import average_growth


@pytest.fixture(scope="module")
def frame():
    return f.panel()


def test_counts_match_an_independent_count(frame):
    t = f.table(frame)
    g = frame[
        (frame.indicator == "grdp_growth")
        & frame.source_ids.fillna("").str.startswith("GSO-V03.10-")
    ]
    provinces = set(f.geo_codes().query("kind == 'province'").geo)
    wide = g[g.geo.isin(provinces)].pivot(index="geo", columns="year", values="value")
    avgs = [
        average_growth(wide.loc[geo, s : s + 4].tolist())
        for geo in wide.index
        for s in range(2018, 2022)
    ]
    rows = t[(t.indicator == "grdp_growth") & (t.window_years == 5)].set_index("threshold")
    assert len(wide) == 63 and (rows.windows == 252).all()
    for thr, row in rows.iterrows():
        assert row.windows_met == sum(a >= thr for a in avgs)
        assert row.share == pytest.approx(row.windows_met / 252)
    assert rows.windows_met.is_monotonic_decreasing
    assert (t.source_ids.str.len() > 0).all()


def test_windows_never_span_the_method_break(frame):
    """An old-basis year (the 2016/2017 break) in a window removes the window."""
    hn = frame[
        (frame.geo == config.HANOI) & (frame.indicator == "grdp_growth") & (frame.year == 2018)
    ].iloc[0]
    extra = pd.DataFrame([{**hn.to_dict(), "year": y, "basis": b, "source_ids": f"GSO-V03.10-HN-{y}"}
                          for y, b in ((2015, "old_basis"), (2016, "old_basis"), (2017, "current"))])  # fmt: skip
    w = f.windows(pd.concat([frame, extra], ignore_index=True), 5)
    hn_w = w[(w.geo == config.HANOI) & (w.indicator == "grdp_growth")]
    assert hn_w.start.min() == 2017  # 2017-2021 allowed, nothing earlier
    assert (w.start >= f.FIRST_YEAR).all()


def test_size_rule_and_productivity_break(frame):
    large = f.is_large(frame)
    assert set(large.index[large[2018]]) == {"HN", "HCM"}
    t = f.table(frame)
    p5 = t[(t.indicator == "productivity_per_labour_force") & (t.window_years == 5)]
    assert (p5.windows == 0).all() and p5.note.str.contains("ICLS-19").all()
    w = f.windows(frame, 3)
    assert set(w[w.indicator == "productivity_per_labour_force"].end) == {2020}


def test_backtest_out_also_writes_feasibility(tmp_path, monkeypatch):
    from hn4ir_analysis.assess import backtest

    empty = pd.DataFrame()
    monkeypatch.setattr(
        backtest, "run", lambda **k: {"backtest_errors.csv": empty, "backtest_replay.csv": empty}
    )
    for name in ("summarise", "replay_summary"):
        monkeypatch.setattr(backtest, name, lambda *a, **k: pd.DataFrame())
    monkeypatch.setattr(backtest.calibration_oot, "coverage_table", lambda e: pd.DataFrame())
    monkeypatch.setattr(backtest.skill, "brier_table", lambda e: pd.DataFrame())
    monkeypatch.setattr(backtest, "_fmt", lambda d: "")
    backtest.cmd_backtest(argparse.Namespace(max_geos=None, out=str(tmp_path)))
    out = pd.read_csv(tmp_path / f.FILE)
    assert list(out.columns) == f.COLUMNS and len(out) == 16
