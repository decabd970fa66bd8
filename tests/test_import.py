"""Issue 17 §3: `hn4ir import gso FILE --table ID` in one step, nothing written on failure.

Files are made from the shipped table V03.10 (tests/gso_files.py); every test works on a
copy of data/raw and data/processed in a tmp folder.
"""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest
from gso_files import (
    GEO,
    TABLE,
    YEAR,
    new_year_in_order,
    project_copy,
    revised,
    shipped,
    snapshot,
    write,
)

from hn4ir_analysis import cli, config
from hn4ir_analysis.data import manifest, revisions
from hn4ir_analysis.data.csvio import read_csv_records
from hn4ir_analysis.data.gso import CATALOGUE_COLUMNS

URL = "https://pxweb.nso.gov.vn/pxweb/vi/T%c3%a0i%20kho%e1%ba%a3n%20qu%e1%bb%91c%20gia/V03.10.px/"


def _import(raw, out, file, *extra) -> int:
    return cli.main(["import", "gso", str(file), "--table", "V03.10", "--url", URL, "--retrieved",
                     "2027-01-20", "--raw-dir", str(raw), "--out", str(out), *extra])  # fmt: skip


def _manifest_row(raw, path):
    return next(r for r in manifest.read_manifest(raw) if r["path"] == path)


def test_new_year_lands_in_raw_with_its_manifest_row_and_is_diffed(tmp_path, capsys):
    raw, out = project_copy(tmp_path)
    file = write(new_year_in_order(), tmp_path / "V03.10.json")

    assert _import(raw, out, file, "--published", "2027-01-15") == 0

    assert (raw / "gso" / TABLE).read_bytes() == file.read_bytes()
    row = _manifest_row(raw, f"gso/{TABLE}")
    assert (row["url"], row["retrieved"], row["published"]) == (URL, "2027-01-20", "2027-01-15")
    assert row["sha256"] == manifest.sha256(file) and row["publisher"].startswith(
        "General Statistics"
    )
    manifest.verify(raw)  # the whole raw folder matches its manifest again
    spec = next(
        r
        for r in read_csv_records(raw / config.GSO_CATALOGUE_NAME, "t", CATALOGUE_COLUMNS)
        if r["table_code"] == "V03.10"
    )
    assert (spec["published"], spec["source_url"]) == ("2027-01-15", URL)
    rev = pd.read_csv(out / revisions.REVISIONS, dtype={"period": str})
    hn = rev[(rev.geo == "HN") & (rev.indicator == "grdp_growth")]
    assert hn[["period", "change", "new_value"]].values.tolist() == [["2026", "new", 7.0]]
    assert not rev["needs_acceptance"].any()
    assert "imported" in capsys.readouterr().out


def test_revised_table_is_refused_and_nothing_is_written(tmp_path, capsys):
    raw, out = project_copy(tmp_path)
    before = snapshot(tmp_path / "data")
    file = write(revised(delta=1.0), tmp_path / "V03.10.json")

    assert _import(raw, out, file) == 1

    assert "HN grdp_growth 2023: 6.206 → 7.206" in capsys.readouterr().err
    assert snapshot(tmp_path / "data") == before
    assert _import(raw, out, file, "--accept-revisions", "--reason", "GSO revised 2023") == 0
    assert (raw / "gso" / TABLE).read_bytes() == file.read_bytes()
    assert pd.read_csv(out / revisions.ACCEPTED)["reason"].tolist() == ["GSO revised 2023"]


def _size_wrong(doc):
    doc["dimension"]["size"] = [69, 9]


def _index_twice(doc):
    doc["dimension"][YEAR]["category"]["index"]["7"] = 6


def _year_label(doc):
    doc["dimension"][YEAR]["category"]["label"]["3"] = "năm 2021"


def _years_out_of_order(doc):
    labels = doc["dimension"][YEAR]["category"]["label"]
    labels["2"], labels["3"] = labels["3"], labels["2"]


def _values_short(doc):
    doc["value"] = doc["value"][:-1]


def _stray_label(doc):
    doc["dimension"][GEO]["category"]["label"]["99"] = "Hà Tây"


@pytest.mark.parametrize(
    ("break_it", "column", "message"),
    [(_size_wrong, "Năm", "'size' says 9 categories but the dimension lists 8"),
     (_index_twice, "Năm", "category index positions must be 0 … 7, each once"),
     (_year_label, "Năm", "'năm 2021' is not a year label"),
     (_years_out_of_order, "Năm", "years out of order: '2020' comes after 2021"),
     (_values_short, "value", "551 values for a cube of 552 cells"),
     (_stray_label, GEO, "category label '99' is not in the index")],
)  # fmt: skip
def test_malformed_table_is_refused_naming_the_problem(break_it, column, message, tmp_path, capsys):
    raw, out = project_copy(tmp_path)
    before = snapshot(tmp_path / "data")
    doc = shipped()
    break_it(doc)
    file = write(doc, tmp_path / "V03.10.json")

    assert _import(raw, out, file) == 1

    err = capsys.readouterr().err
    assert f"error: gso/{TABLE}, column {column}: {message}" in err
    assert snapshot(tmp_path / "data") == before


def test_not_json_is_refused(tmp_path, capsys):
    raw, out = project_copy(tmp_path)
    file = tmp_path / "V03.10.json"
    file.write_text("<html>Too many requests</html>", encoding="utf-8")
    assert _import(raw, out, file) == 1
    assert "not valid JSON" in capsys.readouterr().err


def test_xlsx_is_refused_with_a_clear_message(tmp_path, capsys):
    raw, out = project_copy(tmp_path)
    before = snapshot(tmp_path / "data")
    file = tmp_path / "V03.10.xlsx"
    file.write_bytes(b"PK\x03\x04")
    assert _import(raw, out, file) == 1
    assert "XLSX is not supported yet" in capsys.readouterr().err
    assert snapshot(tmp_path / "data") == before


def test_unknown_table_is_refused(tmp_path, capsys):
    raw, out = project_copy(tmp_path)
    file = write(shipped(), tmp_path / "x.json")
    assert cli.main(["import", "gso", str(file), "--table", "V99.99", "--url", URL,
                     "--raw-dir", str(raw), "--out", str(out)]) == 1  # fmt: skip
    assert "no table 'V99.99' (known: V03.10," in capsys.readouterr().err


def _pxweb_csv(doc, path, extra_year=None):
    """The table as PX-Web's 'comma delimited with heading' CSV (places in rows)."""
    geo = doc["dimension"][GEO]["category"]
    years = [doc["dimension"][YEAR]["category"]["label"][k] for k in sorted(doc["dimension"][YEAR]["category"]["index"], key=int)]  # fmt: skip
    n = len(years)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(f'"{doc["label"]}"\n\n')
        w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
        w.writerow([GEO, *years, *([extra_year] if extra_year else [])])
        for g, key in enumerate(sorted(geo["index"], key=int)):
            values = [".." if v is None else v for v in doc["value"][g * n : (g + 1) * n]]
            w.writerow([geo["label"][key], *values, *([107.0] if extra_year else [])])
    return path


def test_pxweb_csv_is_read_like_the_json_and_replaces_it(tmp_path, capsys):
    """The CSV form of the same table plus 2026: every published value reads the same."""
    raw, out = project_copy(tmp_path)
    file = _pxweb_csv(shipped(), tmp_path / "V03.10.csv", extra_year="Ước tính 2026")

    assert _import(raw, out, file) == 0, capsys.readouterr().err

    assert not (raw / "gso" / TABLE).exists()
    assert (raw / "gso" / "grdp_growth_index_by_province.csv").read_bytes() == file.read_bytes()
    spec = next(
        r
        for r in read_csv_records(raw / config.GSO_CATALOGUE_NAME, "t", CATALOGUE_COLUMNS)
        if r["table_code"] == "V03.10"
    )
    assert (spec["file"], spec["format"]) == ("grdp_growth_index_by_province.csv", "pxweb_csv")
    manifest.verify(raw)
    rev = pd.read_csv(out / revisions.REVISIONS, dtype={"period": str})
    assert set(rev["change"]) == {"new"}  # nothing changed: the CSV reads as the JSON did
    assert rev[(rev.geo == "HN") & (rev.indicator == "grdp_growth")]["period"].tolist() == ["2026"]


def test_pxweb_csv_with_a_short_row_names_its_line(tmp_path, capsys):
    raw, out = project_copy(tmp_path)
    file = _pxweb_csv(shipped(), tmp_path / "V03.10.csv")
    lines = file.read_text(encoding="utf-8").split("\n")
    lines[5] = lines[5].rsplit(",", 1)[0]
    file.write_text("\n".join(lines), encoding="utf-8")
    assert _import(raw, out, file) == 1
    assert (
        "gso/grdp_growth_index_by_province.csv, row 6: 8 cells, but the header has 9"
        in capsys.readouterr().err
    )


def test_json_stat_2_bare_dataset_with_list_index_is_read(tmp_path):
    """JSON-stat 2.0 style: id/size at the top, category index as a list."""
    doc = shipped()
    dims = doc["dimension"]
    doc = {"version": "2.0", "class": "dataset", "id": dims.pop("id"), "size": dims.pop("size"),
           "dimension": dims, "value": doc["value"], "label": doc["label"]}  # fmt: skip
    for dim in doc["id"]:
        index = dims[dim]["category"]["index"]
        dims[dim]["category"]["index"] = sorted(index, key=index.get)
    from hn4ir_analysis.data.jsonstat import read_jsonstat

    path = write(doc, tmp_path / "t.json")
    assert read_jsonstat(path, "t", YEAR) == read_jsonstat(
        config.RAW_DIR / "gso" / TABLE, "t", YEAR
    )
    json.loads(path.read_text(encoding="utf-8"))
