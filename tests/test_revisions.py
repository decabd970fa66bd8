"""Issue 17 §2: `hn4ir data` lists every revision and stops on large ones until accepted.

Every test runs on a copy of data/raw and of the committed data/processed in a tmp folder.
"""

from __future__ import annotations

import pandas as pd
import pytest
from gso_files import (
    TABLE,
    new_year_appended,
    new_year_in_order,
    project_copy,
    revised,
    snapshot,
    write,
)

from hn4ir_analysis import cli, config
from hn4ir_analysis.data import manifest, processed, revisions
from hn4ir_analysis.errors import RawDataError


def _hn_avg(periods: pd.DataFrame, period: str = "2021-2025") -> float:
    row = periods[
        (periods.geo == "HN")
        & (periods.indicator == "grdp_growth_avg")
        & (periods.period == period)
    ]
    return float(row["value"].iloc[0])


def _data(raw, out, *extra) -> int:
    return cli.main(["data", "--raw-dir", str(raw), "--out", str(out), *extra])


def test_shipped_data_has_no_revision_against_the_committed_tables(shipped_build):
    rev = revisions.compare(shipped_build, config.PROCESSED_DIR)
    assert rev.empty, rev.head().to_string()
    shipped = pd.read_csv(config.PROCESSED_DIR / revisions.REVISIONS)
    assert list(shipped.columns) == revisions.COLUMNS


def test_appended_year_with_valid_structure_is_stopped_by_the_revisions_check(tmp_path, capsys):
    """Issue 17 case 2: values of a new year put at the end shift every province by a year."""
    raw, out = project_copy(tmp_path)
    write(new_year_appended(), raw / "gso" / TABLE)
    manifest.update(raw)
    # the case as the issue saw it: Hanoi's 2021-25 average would become 7.60 (achieved)
    assert _hn_avg(processed.build(raw)[config.PERIODS]) == pytest.approx(7.598, abs=0.001)
    assert _hn_avg(pd.read_csv(out / config.PERIODS)) == pytest.approx(6.54, abs=0.005)
    before = snapshot(out)

    assert _data(raw, out) == 1

    err = capsys.readouterr().err
    assert "would change beyond their tolerance" in err and "nothing was written" in err
    assert "HN grdp_growth 2019: 7.75 → 4.11" in err
    assert "--accept-revisions" in err
    assert snapshot(out) == before


def test_appended_year_without_its_size_is_refused_by_the_structure_check(tmp_path):
    raw, out = project_copy(tmp_path)
    write(new_year_appended(fix_size=False), raw / "gso" / TABLE)
    manifest.update(raw)
    with pytest.raises(RawDataError) as info:
        processed.run(raw, out)
    assert (info.value.file, info.value.column) == (f"gso/{TABLE}", "Năm")
    assert "'size' says 8 categories but the dimension lists 9" in info.value.message


def test_new_year_in_order_is_listed_as_new_and_written(tmp_path, capsys):
    raw, out = project_copy(tmp_path)
    write(new_year_in_order(), raw / "gso" / TABLE)
    manifest.update(raw)

    assert _data(raw, out) == 0

    rev = pd.read_csv(out / revisions.REVISIONS, dtype={"period": str})
    assert not rev["needs_acceptance"].any()
    assert set(rev["change"]) <= {"new", "source"}
    hn = rev[(rev.geo == "HN") & (rev.indicator == "grdp_growth") & (rev.period == "2026")]
    assert hn["change"].tolist() == ["new"] and hn["new_value"].tolist() == [7.0]
    new_growth = rev[(rev.indicator == "grdp_growth") & (rev.change == "new")]
    assert len(new_growth) == 69  # 63 provinces and 6 regions, 2026 each
    assert _hn_avg(pd.read_csv(out / config.PERIODS)) == pytest.approx(6.54, abs=0.005)
    assert "revisions: 138 new, 0 changed, 0 gone" in capsys.readouterr().out  # growth + real index


def test_small_revision_is_listed_but_needs_no_acceptance(tmp_path):
    raw, out = project_copy(tmp_path)
    write(revised(delta=0.2), raw / "gso" / TABLE)
    manifest.update(raw)
    processed.run(raw, out)
    rev = pd.read_csv(out / revisions.REVISIONS, dtype={"period": str})
    hn = rev[(rev.geo == "HN") & (rev.indicator == "grdp_growth") & (rev.period == "2023")].iloc[0]
    assert hn["change"] == "changed" and not hn["needs_acceptance"]
    assert (hn["old_value"], hn["new_value"], hn["tolerance"]) == pytest.approx(
        (6.206, 6.406, 0.3), abs=1e-6
    )
    assert hn["old_source_ids"] == hn["new_source_ids"] == "GSO-V03.10-HN-2023"


def test_large_revision_stops_until_accepted_with_a_reason(tmp_path, capsys):
    raw, out = project_copy(tmp_path)
    write(revised(delta=1.0), raw / "gso" / TABLE)
    manifest.update(raw)
    before = snapshot(out)

    assert _data(raw, out) == 1
    assert (
        "HN grdp_growth 2023: 6.206 → 7.206 (+1; tolerance 0.3; GSO-V03.10-HN-2023)"
        in capsys.readouterr().err
    )
    assert snapshot(out) == before
    with pytest.raises(SystemExit) as info:  # accepting needs a reason
        _data(raw, out, "--accept-revisions")
    assert info.value.code == 2
    assert snapshot(out) == before

    assert _data(raw, out, "--accept-revisions", "--reason", "GSO revised 2023 (test)") == 0

    hanoi = pd.read_csv(out / config.HANOI_ANNUAL)
    assert hanoi[(hanoi.indicator == "grdp_growth") & (hanoi.year == 2023)][
        "value"
    ].item() == pytest.approx(7.206)
    log = pd.read_csv(out / revisions.ACCEPTED, dtype=str)
    assert log[["geo", "indicator", "period", "reason"]].values.tolist() == [
        ["HN", "grdp_growth", "2023", "GSO revised 2023 (test)"]
    ]
    assert log[["old_value", "new_value"]].astype(float).values.tolist() == [
        pytest.approx([6.206, 7.206], abs=1e-6)
    ]
    # a rerun on the same data changes nothing and keeps the list of this release
    kept = (out / revisions.REVISIONS).read_bytes()
    assert _data(raw, out) == 0
    assert (out / revisions.REVISIONS).read_bytes() == kept
    assert "no value changed" in capsys.readouterr().out


def test_gone_published_value_needs_acceptance(tmp_path):
    raw, out = project_copy(tmp_path)
    old = pd.read_csv(out / config.HANOI_ANNUAL)
    new = {name: pd.read_csv(out / name) for name in revisions.TABLES}
    new[config.HANOI_ANNUAL] = old[~((old.indicator == "grdp_growth") & (old.year == 2019))]
    rev = revisions.compare(new, out)
    assert rev[["change", "needs_acceptance", "period"]].values.tolist() == [["gone", True, "2019"]]


@pytest.mark.parametrize(
    ("indicator", "unit", "old", "expected"),
    [("grdp_growth", "pct", 6.5, 0.3), ("digital_econ_share", "pct_of_grdp", 17.0, 0.5),
     ("grdp_per_capita_usd", "usd", 8300.0, 166.0), ("dti_rank", "rank", 3.0, 0.0)],
)  # fmt: skip
def test_tolerance_follows_indicator_then_unit_then_default(indicator, unit, old, expected):
    assert revisions.tolerance(indicator, unit, old, revisions.load_tolerances()) == pytest.approx(
        expected
    )
