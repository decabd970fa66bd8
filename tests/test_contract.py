"""Issue 16: the assessment table's contract (assess.schema), checked where assess returns it.

Before issue 16 growth rows said ``unit = pct`` but carried index levels (138.4 / 190.0 for
GRDP, 100 / 128.0 for productivity) in ``base_value``/``latest_value``; these tests fail on it.
"""

import math

import pandas as pd
import pytest

from hn4ir_analysis.assess import revision, schema
from hn4ir_analysis.assess.expost import ex_post, within_revision
from hn4ir_analysis.assess.verdicts import assess
from hn4ir_analysis.data.asof import prepare
from hn4ir_analysis.data.targets import Target


@pytest.fixture(scope="module")
def tables():
    return {y: assess(y, 2025) for y in (2025, 2030)}


def test_columns_declared_once_and_levels_apart(tables):
    f = tables[2030]
    assert list(f.columns) == schema.COLUMNS
    for col in (
        "base_level",
        "latest_level",
        "level_unit",
        "period_start",
        "period_end",
        "revision",
    ):
        assert col in f.columns


def test_growth_rows_speak_in_percent_a_year(tables):
    for f in tables.values():
        g = f[f["kind"].isin(["average_growth", "annual_growth"])]
        for col in schema.VALUE_COLUMNS:
            assert (g[col].dropna().abs() <= schema.MAX_GROWTH).all(), col
        assert g["base_value"].isna().all()
    f = tables[2030]
    r = f[(f["target_id"] == "KH205_2030_labour_productivity") & (f["method"] == "eurostat")].iloc[
        0
    ]
    # the recent pace 2021-25 (less favourable end) in %/yr; the index levels apart
    assert r["latest_value"] == pytest.approx(5.0622, abs=1e-4)
    assert r["base_level"] == 100.0 and r["latest_level"] == pytest.approx(128.006, abs=1e-3)
    g = f[(f["target_id"] == "QH1569_2030_grdp_growth") & (f["method"] == "unsd")].iloc[0]
    # growth so far 2021-25 = (189.99 / 138.41)^(1/5) - 1 = 6.539 %/yr; levels in index points
    assert g["latest_value"] == pytest.approx(
        100 * ((g["latest_level"] / g["base_level"]) ** 0.2 - 1)
    )
    assert g["latest_value"] == pytest.approx(6.539, abs=1e-3) and g["level_unit"] == "index"


def test_a_row_breaking_the_contract_fails_naming_target_and_column(tables):
    bad = tables[2030].copy()
    i = bad.index[
        (bad["target_id"] == "KH205_2030_labour_productivity") & (bad["method"] == "unsd")
    ][0]
    bad.loc[i, "latest_value"] = 128.0  # an index level where %/yr belongs
    with pytest.raises(schema.ContractError) as exc:
        schema.validate(bad)
    msg = str(exc.value)
    assert "KH205_2030_labour_productivity" in msg and "latest_value" in msg
    bad = tables[2030].copy()
    bad.loc[0, "category"] = "nearly"
    with pytest.raises(schema.ContractError, match="category"):
        schema.validate(bad)


def test_notes_write_numbers_out_with_units(tables):
    notes = " ".join(tables[2025].loc[tables[2025]["method"] == "ex_post", "notes"])
    assert "e+0" not in notes
    assert "1,587,379 bn VND against ≥ 1,600,000 bn VND" in notes
    assert schema.number(12600.4) == "12,600" and schema.number(-0.96076) == "-0.9608"


def _target(**kw):
    base = dict(target_id="T", geo="HN", indicator="x", kind="share", comparison="between", low=65.0,
                high=65.5, unit="pct_of_grdp", target_year=2025, period_start=None, period_end=2025,
                document="d", document_date="2020", wording_vi="", wording_en="", source_id="s",
                source_url="u")  # fmt: skip
    base.update(kw)
    return Target(**base)


def test_overshooting_a_range_is_exceeded_where_more_is_better():
    up = _target(direction="increase_good")
    assert ex_post(up, 66.44, "estimate", "i")["category"] == "exceeded"
    assert ex_post(up, 65.2, "estimate", "i")["category"] == "achieved"
    flat = _target(direction="none")  # the catalogue's reading of sector shares
    assert ex_post(flat, 66.44, "estimate", "i")["category"] == "missed"


def test_estimate_within_its_usual_revision_of_the_threshold():
    t = _target(
        kind="annual_growth",
        comparison="ge",
        low=8.0,
        high=None,
        unit="pct",
        direction="increase_good",
    )
    near = ex_post(t, 8.05, "estimate", "i", revision=0.13)
    assert "Achieved on the estimate; within the usual revision" in near["notes"]
    row = dict(near, method="ex_post", latest_value=8.05, low=8.0, high=None, comparison="ge")
    assert within_revision(row)
    far = ex_post(t, 8.157, "estimate", "i", revision=0.13)
    assert "Outside the usual revision" in far["notes"]
    assert not within_revision(
        dict(far, method="ex_post", latest_value=8.157, low=8.0, high=None, comparison="ge")
    )
    final = ex_post(t, 8.05, "official", "i", revision=None)
    assert "revision" not in final["notes"]


def test_usual_revision_of_hanoi_grdp_growth_from_the_data(tables):
    d = prepare(2025)
    r = revision.revisions(d.selection_log, "HN", "grdp_growth", "estimate", "high")
    # the city's estimates against the GSO's official figures: 2019 7.62 -> 7.75 is the largest
    assert r["revision"].abs().max() == pytest.approx(0.13)
    f = tables[2025]
    row = f[(f["target_id"] == "HDND14_2025_grdp_growth") & (f["method"] == "ex_post")].iloc[0]
    assert row["revision"] == pytest.approx(0.13)
    # 8.157 is 0.157 above 8: outside the usual revision, so the verdict stands plainly
    assert row["category"] == "achieved" and "Outside the usual revision" in row["notes"]
    assert not math.isnan(row["revision"])
    assert pd.isna(f.loc[f["method"] != "ex_post", "revision"]).all()


def test_headline_counts_exceeded_as_achieved():
    from hn4ir_analysis.assess.headline import headline

    rows = [dict(target_id="T", method="ex_post", category="exceeded", series="a", notes="")]
    h = headline(rows)
    assert h.verdict == "achieved" and h.votes == {"ex_post [a]": "exceeded"}
    both = rows + [dict(target_id="T", method="ex_post", category="achieved", series="b", notes="")]
    assert headline(both).verdict == "achieved"
    mixed = rows + [dict(target_id="T", method="ex_post", category="missed", series="b", notes="")]
    assert headline(mixed).verdict == "methods_disagree"
