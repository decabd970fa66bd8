"""peers.csv: Hanoi and its peers on one release (issue 20)."""

import math

import pandas as pd
import pytest

from hn4ir_analysis import config
from hn4ir_analysis.data import peers
from hn4ir_analysis.data.load import load_raw
from hn4ir_analysis.data.processed import load_processed


@pytest.fixture(scope="module")
def table():
    return peers.table(load_raw().observations)


def _v(t, geo, ind, period):
    return float(t[(t.geo == geo) & (t.indicator == ind) & (t.period == period)].value.iloc[0])


def test_every_value_has_source_ids_and_six_places(table):
    assert set(table.geo) == set(peers.GEOS)
    assert table["value"].notna().all()
    assert (table["source_ids"].str.len() > 0).all()
    assert list(table.columns) == peers.COLUMNS


def test_hanoi_average_is_the_assessment_figure(table):
    """Same release: rounds to the 6.54 %/yr of periods.csv; the tiny gap is V03.10 printing
    2021 as 102.94 where PL.V03.01 gives 102.935719."""
    hn = _v(table, "HN", "grdp_growth_avg", "2021-2025")
    per = load_processed(config.PERIODS)
    assessed = per[(per.geo == "HN") & (per.indicator == "grdp_growth_avg") & (per.period == "2021-2025")
                   & (per.kind == "derived")].value.iloc[0]  # fmt: skip
    assert round(hn, 2) == round(assessed, 2) == 6.54
    assert abs(hn - assessed) < 1e-3
    years = [_v(table, "HN", "grdp_growth", str(y)) for y in range(2021, 2026)]
    assert hn == pytest.approx(100 * (math.prod(1 + g / 100 for g in years) ** 0.2 - 1))


def test_merged_units_lie_between_their_parts():
    """Each merged city's 34-province growth lies between the 63-province growth of the
    provinces merged into it (what Resolution 202/2025/QH15 joined); Hanoi's equals its own."""
    cells = peers.read_cells(config.RAW_DIR, peers.GROWTH_FILE)
    panel = pd.concat([load_processed(config.PANEL_ANNUAL), load_processed(config.HANOI_ANNUAL)])
    g = panel[(panel.indicator == "grdp_growth") & panel.source_ids.str.startswith("GSO-V03.10")]
    g = g.set_index(["geo", "year"])["value"]
    for geo, parts in peers.MERGED_GEOS.items():
        for y in range(2021, 2026):
            vals = [g[(p, y)] for p in (geo, *parts)]
            assert min(vals) - 1e-6 <= cells[(geo, y)][0] - 100 <= max(vals) + 1e-6, (geo, y)
            assert abs(cells[(geo, y)][0] - 100 - g[(geo, y)]) > 1e-3
    for y in range(2022, 2026):
        assert cells[("HN", y)][0] - 100 == pytest.approx(g[("HN", y)], abs=1e-6)
    assert peers.MERGED["HN"] == ()


def test_usd_is_vnd_at_the_stated_rate(table):
    vnd, usd = (
        _v(table, "HN", "grdp_per_capita_vnd", "2025"),
        _v(table, "HN", "grdp_per_capita_usd", "2025"),
    )
    assert usd == pytest.approx(vnd * 1e6 / (175e6 / 7200))
    assert "no USD" in table[table.indicator == "grdp_per_capita_usd"].note.iloc[0]


def test_written_by_data_command(shipped_run):
    folder, paths = shipped_run  # processed.run(None, folder), as `hn4ir data --out folder`
    assert folder / peers.FILE in paths
    out = pd.read_csv(folder / peers.FILE, dtype={"period": str})
    assert len(out) == 56 and not out.source_ids.isna().any()


def test_bad_cell_names_file_and_cell(tmp_path):
    import json
    import shutil

    from hn4ir_analysis.errors import RawDataError

    (tmp_path / "gso").mkdir()
    src = config.RAW_DIR / "gso" / peers.GROWTH_FILE
    doc = json.loads(src.read_text(encoding="utf-8"))
    ds = doc.get("dataset", doc)
    ds["value"][2 * 6 + 1] = "102,9"  # Hà Nội × 2021
    (tmp_path / "gso" / peers.GROWTH_FILE).write_text(json.dumps(ds), encoding="utf-8")
    shutil.copy(config.RAW_DIR / "gso" / peers.PC_FILE, tmp_path / "gso")
    with pytest.raises(RawDataError, match=r"grdp_growth_index_by_province_34.json.*Hà Nội × 2021"):
        peers.read_cells(tmp_path, peers.GROWTH_FILE)
