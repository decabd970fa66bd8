"""The GSO PX-Web reader: JSON-stat shapes, year labels, place names, and the shipped tables."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from hn4ir_analysis import config
from hn4ir_analysis.data import gso, manifest
from hn4ir_analysis.data.load import load_raw
from hn4ir_analysis.errors import ManifestError

GSO_DIR = config.RAW_DIR / "gso"


def _catalogue() -> list[dict]:
    with open(config.RAW_DIR / config.GSO_CATALOGUE_NAME, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _jsonstat(shape: str, places: list[str], years: list[str], values: list) -> dict:
    """A small PX-Web style JSON-stat cube (place × year), in the wrapper or bare shape."""
    dims = {
        "Địa phương": {"label": "Địa phương", "category": {
            "index": {str(i): i for i in range(len(places))},
            "label": {str(i): p for i, p in enumerate(places)}}},
        "Năm": {"label": "Năm", "category": {
            "index": {str(i): i for i in range(len(years))},
            "label": {str(i): y for i, y in enumerate(years)}}},
        "id": ["Địa phương", "Năm"],
        "size": [len(places), len(years)],
        "role": {},
    }  # fmt: skip
    dataset = {
        "label": "test table",
        "source": "test",
        "updated": "2025-01-01",
        "value": values,
        "dimension": dims,
    }
    return {"dataset": dataset} if shape == "wrapper" else dataset


# --- JSON-stat shapes -------------------------------------------------------------------


@pytest.mark.parametrize("shape", ["wrapper", "bare"])
def test_both_jsonstat_shapes_read_alike(tmp_path, shape):
    path = tmp_path / "t.json"
    doc = _jsonstat(shape, ["Hà Nội", "Ðà Nẵng"], ["2020", "Sơ bộ 2021"], [1.0, 2.0, 3.0, None])
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    ids, labels, values = gso.read_jsonstat(path, "t.json")
    assert ids == ["Địa phương", "Năm"]
    assert labels == [["Hà Nội", "Ðà Nẵng"], ["2020", "Sơ bộ 2021"]]
    # row-major: the last dimension varies fastest
    assert values == [1.0, 2.0, 3.0, None]


def test_jsonstat_with_top_level_ids_and_list_index(tmp_path):
    doc = {"id": ["Năm"], "size": [2], "value": [5, 6],
           "dimension": {"Năm": {"category": {"index": ["2019", "2020"]}}}}  # fmt: skip
    path = tmp_path / "t.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert gso.read_jsonstat(path, "t.json") == (["Năm"], [["2019", "2020"]], [5, 6])


def test_shipped_files_use_both_shapes():
    wrapped = json.loads((GSO_DIR / "labour_force_by_province.json").read_text(encoding="utf-8"))
    bare = json.loads((GSO_DIR / "grdp_growth_index_by_province.json").read_text(encoding="utf-8"))
    assert set(wrapped) == {"dataset"}
    assert "dimension" in bare and "dataset" not in bare
    ids, labels, values = gso.read_jsonstat(GSO_DIR / "labour_force_by_province.json", "lf")
    assert (
        ids == ["Địa phương", "Năm"]
        and [len(x) for x in labels] == [71, 16]
        and len(values) == 71 * 16
    )
    ids, labels, values = gso.read_jsonstat(GSO_DIR / "grdp_growth_index_by_province.json", "grdp")
    assert (
        ids == ["Tỉnh, thành phố", "Năm"]
        and [len(x) for x in labels] == [69, 8]
        and len(values) == 69 * 8
    )


# --- labels -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("2020", (2020, "official")),
        ("Sơ bộ 2021", (2021, "preliminary")),
        ("Ước tính 2025", (2025, "estimate")),
        # the same words in decomposed Unicode (NFD), as some exports write them
        ("S\u01a1 b\u00f4\u0323 2021", (2021, "preliminary")),
        (" 2019 ", (2019, "official")),
        ("Sơ bộ năm 2024", None),
        ("2024p", None),
        ("TỔNG SỐ", None),
    ],
)
def test_year_labels(label, expected):
    assert gso.parse_year_label(label) == expected


@pytest.mark.parametrize(
    ("names", "geo"),
    [
        (["Đà Nẵng", "Ðà Nẵng", "ĐÀ NẴNG", "Da Nang"], "DN"),  # U+0110 and the look-alike U+00D0
        (["TP. Hồ Chí Minh", "TP.Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Hồ Chí Minh"], "HCM"),
        (["Thừa Thiên Huế", "Thừa Thiên - Huế"], "THUA_THIEN_HUE"),
        (["Hòa Bình", "Hoà Bình"], "HOA_BINH"),  # new and old tone-mark placement
        (["Thanh Hóa", "Thanh Hoá", "Tỉnh Thanh Hoá"], "THANH_HOA"),
        (["Hà Nội", "Thành phố Hà Nội", "Ha Noi"], "HN"),
        (["CẢ NƯỚC", "Cả nước", "Việt Nam"], "VN"),
        (["Ðồng bằng sông Hồng", "Đồng bằng sông Hồng"], "REG_RRD"),
    ],
)
def test_name_folding_maps_spellings_to_one_code(names, geo):
    lookup = gso.geo_lookup()
    assert {lookup.get(gso.name_key(n)) for n in names} == {geo}


def test_hcm_old_boundary_stays_distinct():
    lookup = gso.geo_lookup()
    assert lookup[gso.name_key("TP. Hồ Chí Minh (ranh giới trước 7/2025)")] == "HCM_OLD"


# --- the shipped tables -----------------------------------------------------------------


def _place_labels(spec: dict) -> list[str]:
    if spec["format"] == "csv_long":
        with open(GSO_DIR / spec["file"], encoding="utf-8", newline="") as f:
            return [r[spec["geo_dimension"]] for r in csv.DictReader(f)]
    ids, labels, _ = gso.read_jsonstat(GSO_DIR / spec["file"], spec["file"])
    return labels[ids.index(spec["geo_dimension"])]


def test_every_place_in_the_shipped_tables_resolves():
    lookup = gso.geo_lookup()
    kinds = gso.geo_codes().set_index("geo")["kind"].to_dict()
    provinces = {g for g, k in kinds.items() if k == "province"}
    assert len(provinces) == 63
    resolved = {}
    for spec in _catalogue():
        if not spec["geo_dimension"]:
            continue
        names = set(_place_labels(spec))
        unknown = sorted(n for n in names if gso.name_key(n) not in lookup)
        assert not unknown, f"{spec['file']}: {unknown}"
        resolved[spec["file"]] = {lookup[gso.name_key(n)] for n in names}
        assert len(resolved[spec["file"]]) == len(names), (
            f"{spec['file']}: two names fold to one code"
        )
    regions = {g for g, k in kinds.items() if k == "region"}
    assert resolved["grdp_growth_index_by_province.json"] == provinces | regions
    assert resolved["labour_force_by_province.json"] == provinces | regions | {"VN", "HA_TAY"}
    assert resolved["population_by_province.csv"] == provinces


def test_hanoi_grdp_index_equals_the_curated_nso_rows(raw_data):
    obs = raw_data.observations
    table = obs[(obs["origin"] == "gso/grdp_growth_index_by_province.json") & (obs["geo"] == "HN")]
    curated = obs[obs["obs_id"].str.match(r"^W2-HN-GRDPG-\d{4}-NSO$")]
    assert len(table) == len(curated) == 8
    t = table.set_index("period_start")
    c = curated.set_index("period_start")
    assert sorted(t.index) == sorted(c.index) == list(range(2018, 2026))
    for year in t.index:
        # the reader rounds index - 100 to 10 decimals (gso.TRANSFORMS)
        assert t.at[year, "value"] == pytest.approx(c.at[year, "value"], rel=0, abs=1e-9), year
        assert t.at[year, "vintage"] == c.at[year, "vintage"], year
        # the curated row prints the raw index; growth = index - 100
        assert float(c.at[year, "as_published"]) - 100 == pytest.approx(
            t.at[year, "value"], abs=1e-9
        )


def test_hanoi_labour_force_before_2008_is_old_basis(raw_data):
    obs = raw_data.observations
    lf = obs[(obs["origin"] == "gso/labour_force_by_province.json") & (obs["geo"] == "HN")]
    assert set(lf.loc[lf["period_start"] < 2008, "period_start"]) == {2005, 2007}
    assert (lf.loc[lf["period_start"] < 2008, "basis"] == "old_basis").all()
    assert (lf.loc[lf["period_start"] >= 2008, "basis"] == "current").all()
    assert lf.loc[lf["period_start"] == 2021, "vintage"].item() == "preliminary"
    # the boundary rule is Hanoi's alone
    others = obs[(obs["origin"] == "gso/labour_force_by_province.json") & (obs["geo"] != "HN")]
    assert (others["basis"] == "current").all()


# --- a new table needs a file and a catalogue row, no code ------------------------------


@pytest.mark.parametrize("shape", ["wrapper", "bare"])
def test_new_table_needs_no_code_change(tmp_path, shape):
    raw = tmp_path / "raw"
    shutil.copytree(config.RAW_DIR, raw)
    places = ["Hà Nội", "Ðà Nẵng", "TP.Hồ Chí Minh"]
    years = ["2022", "2023", "Sơ bộ 2024"]
    values = [2.4, 2.1, 2.0, 3.0, 2.9, None, 2.8, 2.7, 2.6]
    doc = _jsonstat(shape, places, years, values)
    (raw / "gso" / "unemployment_test.json").write_text(
        json.dumps(doc, ensure_ascii=False), encoding="utf-8"
    )
    row = {c: "" for c in gso.CATALOGUE_COLUMNS}
    row.update(
        file="unemployment_test.json", format="jsonstat", table_code="TEST01", title="Tỷ lệ thất nghiệp (test)",
        indicator="unemployment_rate", unit="pct", geo_dimension="Địa phương", time_dimension="Năm",
        value_transform="none", producer="GSO", authority="medium", published="2025-06-30",
        source_url="https://example.org/unemployment_test.json",
    )  # fmt: skip
    with open(raw / config.GSO_CATALOGUE_NAME, "a", encoding="utf-8", newline="") as f:
        csv.DictWriter(f, gso.CATALOGUE_COLUMNS, lineterminator="\n").writerow(row)
    with pytest.raises(ManifestError):  # new bytes are refused until the manifest records them
        load_raw(raw)
    manifest.update(raw, provenance={"gso/unemployment_test.json": {"publisher": "test"}})

    obs = load_raw(raw).observations
    new = obs[obs["origin"] == "gso/unemployment_test.json"].set_index("obs_id")
    assert sorted(new.index) == sorted(
        f"GSO-TEST01-{g}-{y}"
        for g in ["HN", "DN", "HCM"]
        for y in [2022, 2023, 2024]
        if (g, y) != ("DN", 2024)
    )
    assert new.at["GSO-TEST01-HCM-2023", "value"] == pytest.approx(2.7)
    assert new.at["GSO-TEST01-HN-2024", "vintage"] == "preliminary"
    assert new.at["GSO-TEST01-HN-2022", "vintage"] == "official"
    assert (new["indicator"] == "unemployment_rate").all() and (new["unit"] == "pct").all()
    assert (new["source_id"] == "GSO:TEST01").all()
