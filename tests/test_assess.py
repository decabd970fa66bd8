"""The assessment table (``assess``/``hn4ir assess``): contract, as-of views, ex post
outcomes, a known answer through the engine, required growth, properties and the CLI.

Fast (well under a minute): each ``assess`` call is made once per module.
"""

from __future__ import annotations

import io
import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hn4ir_analysis.assess import methods
from hn4ir_analysis.assess import verdicts as A
from hn4ir_analysis.data.asof import LEVEL_OF_RATE, Segment, measurements, prepare
from hn4ir_analysis.data.targets import Target, load_targets

PROPS = settings(max_examples=100, derandomize=True, deadline=None)
PLAN_YEARS = (2025, 2030, 2045)
OUTCOMES = {"achieved", "missed", "undetermined", "insufficient_data", "not_quantifiable"}
ALLOWED = (
    {c for cats in methods.CATEGORIES.values() for c in cats}
    | OUTCOMES
    | {code for _, code in A.LIKELIHOOD}
)
DIGITAL = (
    "digital_econ_share_gso",
    "digital_econ_share_mic",
    "digital_econ_share",
    "digital_econ_share_release2025",
)
#: what the same-release shares are derived from (derive.release_shares)
RELEASE_INPUTS = {"digital_econ_va", "grdp_per_capita_vnd", "population_avg", "digital_econ_share"}
HNIR = Path(sys.executable).parent / "hn4ir"


# --- fixtures ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def tables():
    """``assess(year, 2025)`` for the three plan years, computed once."""
    return {y: A.assess(y, 2025) for y in PLAN_YEARS}


@pytest.fixture(scope="module")
def catalogue(raw_data):
    return load_targets(raw_data.targets, raw_data.indicators, raw_data.document_status)


@pytest.fixture(scope="module")
def obs(raw_data):
    return raw_data.observations.set_index("obs_id")


@pytest.fixture(scope="module")
def asof2020():
    return A.assess(2025, as_of=2020)


def _ids(text: str) -> list[str]:
    return [i for i in str(text).split(";") if i]


def _family(t: Target, series: str) -> set[str]:
    """The series a measurement's rows may carry.

    Growth targets are judged on the rate series (ex post), on the level series it is the
    growth of (official methods, model) and, for a published period average, on the
    target's own indicator; every other measurement is its own series only, so the
    three digital-economy series never share a family.
    """
    fam = {series}
    if t.kind in ("average_growth", "annual_growth"):
        fam |= {t.indicator, LEVEL_OF_RATE.get(t.indicator), LEVEL_OF_RATE.get(series)} - {None}
    return fam


# --- contract ---------------------------------------------------------------------


@pytest.mark.parametrize("year", PLAN_YEARS)
def test_columns_and_targets(tables, catalogue, year):
    f = tables[year]
    assert list(f.columns) == A.COLUMNS
    assert len(f) > 0
    wanted = {t.target_id for t in catalogue if t.target_year == year}
    assert set(f["target_id"]) == wanted
    assert (f["target_year"] == year).all()
    assert (f["as_of"] == 2025).all()
    assert not f.duplicated(["target_id", "series", "method"]).any()


@pytest.mark.parametrize("year", PLAN_YEARS)
def test_every_measurement_has_an_outcome_or_all_methods(tables, catalogue, year):
    f = tables[year]
    for t in (t for t in catalogue if t.target_year == year):
        rows = f[f["target_id"] == t.target_id]
        if t.kind == "qualitative":
            assert len(rows) == 1, t.target_id
            r = rows.iloc[0]
            assert (r["method"], r["category"]) == ("evidence", "not_quantifiable")
            assert r["notes"], t.target_id
            continue
        families = [_family(t, m) for m in measurements(t)]
        assert set(rows["series"]) <= set().union(*families), t.target_id
        for m, fam in zip(measurements(t), families, strict=True):
            sub = rows[rows["series"].isin(fam)]
            done = sub[
                (sub["method"] == "ex_post")
                & sub["category"].isin(["achieved", "missed", "undetermined"])
            ]
            if len(done):
                assert len(sub) == 1, (t.target_id, m)
                continue
            counts = sub["method"].value_counts()
            for method in (*A.OFFICIAL, "model"):
                assert counts.get(method, 0) == 1, (t.target_id, m, method)
            assert sub["category"].notna().all() and (sub["category"] != "").all()


@pytest.mark.parametrize("year", PLAN_YEARS)
def test_categories_p_met_and_reasons(tables, year):
    f = tables[year]
    assert set(f["category"]) <= ALLOWED
    for method, cats in methods.CATEGORIES.items():
        sub = f[f["method"] == method]
        assert set(sub["category"]) <= set(cats) | {"achieved", "insufficient_data"}, method
    model = f[f["method"] == "model"]
    assert set(model["category"]) <= {c for _, c in A.LIKELIHOOD} | {"insufficient_data"}
    p = pd.to_numeric(f["p_met"], errors="coerce")
    assert p.dropna().between(0, 1).all()
    # p_met is given exactly when the model gave a likelihood
    given_p = f["category"].isin([c for _, c in A.LIKELIHOOD])
    assert (p.notna() == given_p).all()
    assert (
        model.loc[given_p[model.index], "category"] == p[model.index].dropna().map(A.likelihood)
    ).all()
    insufficient = f[f["category"] == "insufficient_data"]
    assert (insufficient["notes"].str.len() > 10).all()


@pytest.mark.parametrize("year", PLAN_YEARS)
def test_source_ids_are_clean_and_known(tables, obs, raw_data, year):
    known = set(obs.index) | set(raw_data.milestones["milestone_id"])
    for r in tables[year].itertuples():
        ids = _ids(r.source_ids)
        assert ids == list(dict.fromkeys(ids)), (r.target_id, r.method, "duplicate ids")
        assert not r.source_ids.startswith(";") and ";;" not in r.source_ids
        assert set(ids) <= known, (r.target_id, set(ids) - known)


def test_qualitative_rows_list_proxy_evidence(tables):
    f = tables[2025]
    ev = f[f["method"] == "evidence"]
    assert len(ev) >= 5
    assert (ev["category"] == "not_quantifiable").all()
    egov = ev[ev["target_id"] == "KH205_2025_egov"].iloc[0]
    assert "dti_rank 2024: 1 rank" in egov["notes"]
    assert egov["n_obs"] == len(_ids(egov["source_ids"]))
    open_data = ev[ev["target_id"] == "KH205_2025_open_data"].iloc[0]
    assert "gap: no Hanoi open-data portal" in open_data["notes"]


def test_deterministic(tables):
    again = A.assess(2030, 2025)
    pd.testing.assert_frame_equal(again, tables[2030])


# --- digital economy: three measurements, never mixed -----------------------------


@pytest.mark.parametrize("year", PLAN_YEARS)
def test_digital_economy_judged_per_measurement(tables, catalogue, obs, year):
    f = tables[year]
    targets = [
        t for t in catalogue if t.target_year == year and t.indicator == "digital_econ_share"
    ]
    assert targets
    for t in targets:
        rows = f[f["target_id"] == t.target_id]
        assert set(rows["series"]) <= set(DIGITAL)
        for r in rows.itertuples():
            ids = _ids(r.source_ids)
            if not ids:
                continue
            src = obs.loc[ids]
            if r.series == "digital_econ_share_release2025":
                assert set(src["indicator"]) <= RELEASE_INPUTS
                continue
            assert set(src["indicator"]) == {r.series}, (t.target_id, r.series, r.method)
            assert set(src["geo"]) == {t.geo}
    # the Hanoi 2030 share targets have figures from all three producers' concepts
    if year == 2025:
        kh205 = f[f["target_id"] == "KH205_2025_digital_econ_share"]
        assert set(kh205["series"]) == set(DIGITAL)


# --- as-of views ------------------------------------------------------------------


def test_as_of_uses_only_what_was_known(asof2020, obs, raw_data):
    f = asof2020
    assert (f["as_of"] == 2020).all()
    assert pd.to_numeric(f["latest_year"], errors="coerce").dropna().le(2020).all()
    ids = {i for s in f["source_ids"] for i in _ids(s)}
    assert ids
    ms = raw_data.milestones.set_index("milestone_id")
    for i in ids:
        if i in ms.index:
            # milestones are cut like figures: dated by the end of as_of + 1 (asof.visible)
            assert int(str(ms.at[i, "date"])[:4]) <= 2021, i
            continue
        period, published = str(obs.at[i, "period"]), obs.at[i, "published"]
        assert int(period[-4:]) <= 2020, (i, period)
        if isinstance(published, str) and published:
            assert published <= "2021-12-31"[: len(published)], (i, published)


def test_as_of_sees_the_vintage_of_the_time():
    seg = prepare(2020).segment("HN", "grdp_growth")
    assert seg.values[2020] == pytest.approx(4.18)
    assert seg.vintages[2020] == "revised"
    assert seg.values.index.max() == 2020
    later = prepare(2025).segment("HN", "grdp_growth")
    assert later.values[2020] == pytest.approx(4.11)


# --- ex post ----------------------------------------------------------------------


def test_grdp_growth_2021_25_missed(tables, obs):
    f = tables[2025]
    r = f[(f["target_id"] == "DH17_2025_grdp_growth") & (f["method"] == "ex_post")]
    assert len(r) == 1
    r = r.iloc[0]
    assert r["category"] == "missed"
    # independent: the geometric mean of the chosen 2021-2025 values named in source_ids
    src = obs.loc[_ids(r["source_ids"])]
    assert sorted(int(p) for p in src["period"]) == list(range(2021, 2026))
    rates = src["value"].astype(float).to_numpy()
    expected = 100 * (np.prod(1 + rates / 100) ** (1 / 5) - 1)
    assert r["latest_value"] == pytest.approx(expected, rel=1e-12)
    assert r["latest_value"] == pytest.approx(6.539, abs=5e-4)
    # the README's rounded NSO figures give the same answer
    readme = np.array([2.94, 8.96, 6.21, 6.54, 8.16])
    assert r["latest_value"] == pytest.approx(
        100 * (np.prod(1 + readme / 100) ** 0.2 - 1), abs=5e-3
    )
    assert "estimate" in r["notes"]
    others = f[f["target_id"] == "DH17_2025_grdp_growth"]
    assert len(others) == 1  # nothing else is said once the outcome is known


def test_grdp_growth_2025_achieved_on_an_estimate(tables):
    f = tables[2025]
    r = f[(f["target_id"] == "HDND14_2025_grdp_growth") & (f["method"] == "ex_post")].iloc[0]
    assert r["category"] == "achieved"
    assert r["latest_value"] == pytest.approx(8.157, abs=5e-4)
    assert r["latest_vintage"] == "estimate"
    assert "not a final official figure" in r["notes"]


def test_productivity_2021_25_judged_on_the_estimate(tables, catalogue):
    f = tables[2025]
    prod = [t for t in catalogue if t.target_year == 2025 and t.geo == "HN"
            and t.indicator == "labour_productivity_growth_avg" and t.period_start == 2021]  # fmt: skip
    assert len(prod) >= 3
    for t in prod:
        r = f[(f["target_id"] == t.target_id) & (f["method"] == "ex_post")]
        assert len(r) == 1, t.target_id
        # issue 11: the estimate (real GRDP growth - labour-force growth) spans 5.06-6.20 %/yr
        assert r.iloc[0]["category"] == "missed"
        assert "5.06-6.20" in r.iloc[0]["notes"] and "HN-MSLP-2025-01" in r.iloc[0]["notes"]


# --- known answer through the engine ----------------------------------------------


def _target(kind="share", unit="pct_of_grdp", comparison="ge", low=30.0, high=None, year=2025,
            direction="increase_good") -> Target:  # fmt: skip
    return Target(target_id="TEST", geo="HN", indicator="x", kind=kind, comparison=comparison, low=low,
                  high=high, unit=unit, target_year=year, period_start=None, period_end=year, document="",
                  document_date="2020-01-01", wording_en="", wording_vi="", source_id="", source_url="",
                  direction=direction)  # fmt: skip


def _segment(values: dict[int, float]) -> Segment:
    idx = list(values)
    return Segment(geo="HN", indicator="x", values=pd.Series(list(values.values()), index=idx, dtype=float),
                   source_ids=pd.Series([f"ID{y}" for y in idx], index=idx),
                   vintages=pd.Series(["official"] * len(idx), index=idx), dropped_before=None)  # fmt: skip


def _by_method(rows):
    return {r["method"]: r for r in rows}


def test_worked_example_through_official_rows():
    """16 (2020) -> 20 (2023), target 30 in 2025 (assessment-methods.md worked example).

    ESCAP in ``official_rows`` is the weighted version; with two points it equals the
    unweighted CAGR extrapolation. For a level series (log trend) all three numbers match
    the note.
    """
    seg = _segment({2020: 16.0, 2023: 20.0})
    rows = _by_method(
        A.official_rows(_target(kind="level", unit="index"), seg, "x", 2023, None, 2020)
    )
    assert rows["eurostat"]["score"] == pytest.approx(0.576, abs=5e-4)
    assert rows["eurostat"]["category"] == "limited_progress"
    assert rows["unsd"]["projected_value"] == pytest.approx(23.21, abs=5e-3)
    assert rows["unsd"]["score"] == pytest.approx(0.515, abs=5e-4)
    assert rows["unsd"]["category"] == "fair_progress"
    assert rows["escap"]["score"] == pytest.approx(0.485, abs=5e-4)
    assert rows["escap"]["category"] == "accelerate"
    assert rows["destatis"]["category"] == "insufficient_data"  # needs four values in 5 years
    for r in rows.values():
        assert (r["base_year"], r["base_value"], r["latest_year"], r["latest_value"]) == (
            2020,
            16.0,
            2023,
            20.0,
        )
        assert r["source_ids"] == "ID2020;ID2023"


def test_worked_example_as_a_bounded_share():
    """The same numbers as a share of GRDP: ESCAP uses a logit trend, Eurostat/UNSD do not."""
    seg = _segment({2020: 16.0, 2023: 20.0})
    rows = _by_method(A.official_rows(_target(), seg, "x", 2023, None, 2020))
    assert rows["eurostat"]["score"] == pytest.approx(0.576, abs=5e-4)
    assert rows["unsd"]["score"] == pytest.approx(0.515, abs=5e-4)
    lg = math.log(0.2 / 0.8) + (math.log(0.2 / 0.8) - math.log(0.16 / 0.84)) / 3 * 2
    proj = 100 / (1 + math.exp(-lg))
    assert rows["escap"]["projected_value"] == pytest.approx(proj, rel=1e-9)
    assert rows["escap"]["score"] == pytest.approx((30 - proj) / 14, rel=1e-9)
    assert rows["escap"]["category"] == "accelerate"
    # "about 30" is met from 28.5 (±5%), so the engine heads for 28.5
    approx = _by_method(A.official_rows(_target(comparison="approx"), seg, "x", 2023, None, 2020))
    assert approx["unsd"]["score"] == pytest.approx((23.2084 - 16) / (28.5 - 16), abs=1e-3)
    assert "±5%" in approx["unsd"]["notes"]


# --- required growth --------------------------------------------------------------


def test_required_growth_between_bounds(tables):
    f = pd.concat(tables.values())
    sel = f[(f["comparison"] == "between") & f["required_growth"].notna() & (f["method"] != "ex_post")
            & (f["kind"] != "average_growth") & (f["latest_value"] < f["low"])]  # fmt: skip
    assert len(sel) > 0
    assert (sel["required_growth"] < sel["required_growth_high"]).all()
    # level targets: the CAGR from the latest value to each bound
    r = sel[sel["target_id"] == "DH17_2030_grdp_per_capita"].iloc[0]
    n = 2030 - int(r["latest_year"])
    assert r["required_growth"] == pytest.approx(100 * ((12000 / r["latest_value"]) ** (1 / n) - 1))
    assert r["required_growth_high"] == pytest.approx(
        100 * ((13000 / r["latest_value"]) ** (1 / n) - 1)
    )


def test_required_average_growth_matches_methods():
    f = A.assess(2025, 2023)
    rates = prepare(2023).segment("HN", "grdp_growth").values
    observed = rates[(rates.index >= 2021) & (rates.index <= 2025)].to_numpy()
    assert len(observed) == 3
    rows = f[(f["target_id"] == "DH17_2025_grdp_growth") & (f["method"] != "ex_post")]
    assert set(rows["method"]) == {*A.OFFICIAL, "model"}
    assert np.allclose(rows["required_growth"], methods.required_average_growth(observed, 5, 7.5))
    assert np.allclose(
        rows["required_growth_high"], methods.required_average_growth(observed, 5, 8.0)
    )
    assert (rows["required_growth"] < rows["required_growth_high"]).all()
    # a period not yet started: the target itself
    g30 = A.assess(2030, 2025)
    rows = g30[(g30["target_id"] == "DH18_2030_grdp_growth") & (g30["method"] != "ex_post")]
    assert np.allclose(rows["required_growth"], methods.required_average_growth([], 5, 11.0))


# --- properties through the engine ------------------------------------------------


@st.composite
def increasing(draw, max_value=None):
    n = draw(st.integers(2, 8))
    start = draw(st.floats(1.0, 30.0))
    growth = draw(st.lists(st.floats(0.005, 0.25), min_size=n - 1, max_size=n - 1))
    vals = [start]
    for g in growth:
        vals.append(vals[-1] * (1 + g))
    if max_value is not None:
        assume(vals[-1] < max_value)
    return {2015 + i: v for i, v in enumerate(vals)}


def _verdicts(t, values, target_value=None):
    rows = A.official_rows(t, _segment(values), "x", max(values), target_value, min(values))
    return {r["method"]: r for r in rows}


@PROPS
@given(
    vals=increasing(max_value=60.0),
    gap=st.floats(0.01, 1.0),
    bump=st.floats(0.001, 0.5),
    share=st.booleans(),
)
def test_higher_latest_value_never_worse(vals, gap, bump, share):
    last = max(vals)
    target_value = vals[last] * (1 + gap)
    assume(target_value < 95)
    t = _target(kind="share", unit="pct_of_grdp", low=target_value, year=2030) if share else \
        _target(kind="level", unit="bn_vnd", low=target_value, year=2030)  # fmt: skip
    higher = dict(vals)
    higher[last] = vals[last] * (1 + bump)
    assume(higher[last] < 99)
    low_v, high_v = _verdicts(t, vals), _verdicts(t, higher)
    for m in A.OFFICIAL:
        assert methods.severity(m, high_v[m]["category"]) <= methods.severity(m, low_v[m]["category"]), (
            m, low_v[m]["category"], high_v[m]["category"])  # fmt: skip


@PROPS
@given(vals=increasing(), gap=st.floats(-0.2, 1.0), factor=st.floats(1e-3, 1e3))
def test_scaling_leaves_categories_unchanged(vals, gap, factor):
    """Levels (log trends) only: a logit trend for shares is not scale-free."""
    t = _target(kind="level", unit="bn_vnd", low=vals[max(vals)] * (1 + gap), year=2030)
    ts = _target(kind="level", unit="bn_vnd", low=t.low * factor, year=2030)
    base = _verdicts(t, vals)
    scaled = _verdicts(ts, {y: v * factor for y, v in vals.items()})
    for m in A.OFFICIAL:
        a, b = base[m], scaled[m]
        if a["category"] != b["category"]:
            # only a score sitting on a cut may flip by rounding
            assert a["score"] is not None and b["score"] == pytest.approx(
                a["score"], rel=1e-9, abs=1e-12
            )
            assert any(
                abs(a["score"] - c) < 1e-9 for c in (0.95, 0.6, 0.5, 0.2, 0.1, 0.05, 0.0, -0.1, 1.0)
            )
        elif a["score"] is not None:
            assert b["score"] == pytest.approx(a["score"], rel=1e-9, abs=1e-12)


def test_goal_and_direction():
    t = _target(comparison="between", low=10.4, high=10.6, direction="none")
    assert A.goal(t, 11.3) == (10.6, -1)
    assert A.goal(t, 9.0) == (10.4, 1)
    up = _target(comparison="between", low=10.4, high=10.6)
    assert A.goal(up, 11.3) == (10.4, 1)
    assert A.direction(_target(direction="decrease_good")) == -1
    assert A.likelihood(0.9) == "very_likely" and A.likelihood(0.0) == "very_unlikely"


# --- command line -----------------------------------------------------------------


def _cli(*args):
    """``hn4ir assess …`` as a separate process: the installed console entry point."""
    return subprocess.run([str(HNIR), "assess", *args], capture_output=True, text=True, timeout=120)


def _main(capsys, *args) -> subprocess.CompletedProcess:
    """The same command in this process (``cli.main``): exit code, stdout and stderr."""
    from hn4ir_analysis import cli

    capsys.readouterr()
    code = cli.main(["assess", *args])
    out = capsys.readouterr()
    return subprocess.CompletedProcess(["hn4ir", "assess", *args], code, out.out, out.err)


def test_cli_json(tables, capsys):
    first = _cli("--target-year", "2030", "--format", "json")  # the real command, once
    second = _main(capsys, "--target-year", "2030", "--format", "json")
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    records = json.loads(first.stdout)
    assert isinstance(records, list) and records
    assert all(list(r) == A.COLUMNS for r in records)
    assert len(records) == len(tables[2030])
    assert records == A.to_records(tables[2030])
    assert first.stdout == second.stdout  # deterministic: another process, the same bytes


def test_cli_csv(tables, capsys):
    res = _main(capsys, "--target-year", "2030", "--format", "csv")
    assert res.returncode == 0, res.stderr
    frame = pd.read_csv(io.StringIO(res.stdout))
    assert list(frame.columns) == A.COLUMNS
    assert len(frame) == len(tables[2030])


def test_cli_bad_year(capsys):
    res = _main(capsys, "--target-year", "1999")
    assert res.returncode == 2
    assert "target_year 1999" in res.stderr and "2012-2045" in res.stderr
    assert res.stdout == ""


# --- issue 9: a period not started, levels on growth rows, one reading of thresholds ---


def test_growth_target_before_its_period_uses_the_recent_pace(tables):
    f = tables[2030]
    rows = f[f["target_id"] == "DH18_2030_grdp_growth"].set_index("method")
    eu = rows.loc["eurostat"]
    # 6.54 %/yr over 2021-25 (index 2020 -> 2025) against >= 11 %/yr over 2026-30
    assert 0.55 <= eu["score"] <= 0.65 and eu["category"] == "limited_progress"
    assert (eu["base_year"], eu["latest_year"]) == (2020, 2025)
    assert "2020-2025" in eu["notes"] and "2026-2030" in eu["notes"]
    assert rows.loc["destatis", "projected_value"] == pytest.approx(6.539, abs=1e-3)
    assert rows.loc["model", "p_met"] is not None and not math.isnan(rows.loc["model", "p_met"])


def test_average_growth_rows_carry_levels_that_reproduce_the_score(tables):
    for f in tables.values():
        eu = f[(f["kind"] == "average_growth") & (f["method"] == "eurostat") & f["score"].notna()]
        for r in eu.itertuples():
            # levels in their own columns (issue 16); latest_value is the pace they give, %/yr
            assert r.base_level > 0 and r.latest_level > 0 and r.level_unit, r.target_id
            a = (r.latest_level / r.base_level) ** (1 / (r.latest_year - r.base_year)) - 1
            assert r.latest_value == pytest.approx(100 * a, rel=1e-9), r.target_id
            g = (0.95 * r.low if r.comparison == "approx" else r.low) / 100
            # before the period: recent pace / g*; within it, base = s - 1 and r = g*
            assert r.score == pytest.approx(a / g, rel=1e-6), r.target_id


def test_targets_belong_to_their_place_and_restatements_are_one(tables):
    f = tables[2025]
    assert {"place", "group_id", "restated_in", "in_force"} <= set(f.columns)
    first = f.drop_duplicates("target_id").set_index("target_id")
    # national targets are Vietnam's, never Hanoi's
    for tid in ("NQ52_2025_digital_econ_share", "QD749_2025_labour_productivity"):
        assert first.loc[tid, "place"] == "Vietnam"
    assert (first.loc[first["geo"] == "HN", "place"] == "Hanoi").all()
    # "labour productivity +7-7.5 %/yr 2021-25": one target, several documents
    ids = ["KH205_2025_labour_productivity", "KH76_2025_labour_productivity",
           "DH17_2025_labour_productivity", "CTR277_2025_labour_productivity"]  # fmt: skip
    assert first.loc[ids, "group_id"].nunique() == 1
    assert (first.loc[ids, "restated_in"] >= 4).all()
    head = A.headline_rows(f)
    assert set(head["place"]) == {"Hanoi"}
    assert head.drop_duplicates("target_id")["group_id"].is_unique
    assert head["target_id"].isin(ids).sum() <= len(OFFICIAL_AND_MORE)


OFFICIAL_AND_MORE = ("ex_post", "eurostat", "unsd", "escap", "destatis", "model")


def test_a_reset_target_is_history_not_in_force(tables):
    first = tables[2030].drop_duplicates("target_id").set_index("target_id")
    # Plan 205's "> 40 % in 2030" was reset by later documents (KH 345 ≈ 35 %, NQ 57 ...)
    assert not first.loc["KH205_2030_digital_econ_share", "in_force"]
    assert not first.loc["KH345_2030_digital_econ_share", "in_force"]
    assert first.loc["DH18_2030_grdp_growth", "in_force"]
    assert not first.loc["QH1569_2030_grdp_growth", "in_force"]  # reset by the 18th Congress


def test_about_is_read_as_five_per_cent_everywhere():
    from hn4ir_analysis.assess import level_rows as L
    from hn4ir_analysis.data.asof import Segment

    t = Target("X_2030_s", "HN", "x_share", "share", "approx", 30.0, None, "pct_of_grdp", 2030,
               None, 2030, "X", "2020", "", "", "S", "")  # fmt: skip
    seg = Segment("HN", "x_share", pd.Series([20.0, 22.0], index=[2024, 2025]),
                  pd.Series(["a", "b"], index=[2024, 2025]), pd.Series(["", ""], index=[2024, 2025]),
                  None)  # fmt: skip
    # required growth heads for 28.5 (30 - 5 %), as goal() does for the official methods
    req = L._required(t, seg)["required_growth"]
    assert req == pytest.approx(100 * ((28.5 / 22.0) ** (1 / 5) - 1))
    assert L.goal(t, 22.0) == (28.5, 1)
    assert t.is_met(28.5) and not t.is_met(28.4)
