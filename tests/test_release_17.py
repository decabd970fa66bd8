"""Issue 17 (§1, §4): the release path — the as-of follows the data, ordinary mistakes refused.

Every case here failed on the code before issue 17. Data changes are made to a COPY of
``data/raw`` in a temporary folder (with its manifest rewritten), never to ``data/raw``.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from hn4ir_analysis import config, errors
from hn4ir_analysis.data import manifest
from hn4ir_analysis.data.csvio import download_csv, safe_cell


def raw_copy(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(config.RAW_DIR, raw)
    return raw


def edit_observations(raw: Path, old: str, new: str, *, nfd: bool = False) -> None:
    path = raw / "hn4ir" / "observations.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    text = text.replace(old, new, 1)
    if nfd:
        text = unicodedata.normalize("NFD", text)
    path.write_text(text, encoding="utf-8")
    manifest.update(raw)


# --- §4: text is NFC-normalised on read ---------------------------------------------------
PER_CAPITA_ROW = "HN-GRDPPCU-2025-01,HN,grdp_per_capita_usd,2025,7200,usd,7.200 USD,"


def test_nfd_text_keeps_the_value_against_as_published_check(tmp_path):
    from hn4ir_analysis.data.raw import load_curated

    raw = raw_copy(tmp_path)
    edit_observations(raw, PER_CAPITA_ROW, PER_CAPITA_ROW.replace(",7200,", ",8400,"), nfd=True)
    with pytest.raises(errors.RawDataError) as info:
        load_curated(raw)
    assert "as_published" in str(info.value) and "8400" in str(info.value)


def test_nfd_and_nfc_files_read_the_same(tmp_path):
    from hn4ir_analysis.data.raw import load_curated

    raw = raw_copy(tmp_path)
    nfc = load_curated(raw)["observations"]
    edit_observations(raw, "HN-GRDPPCU", "HN-GRDPPCU", nfd=True)
    nfd = load_curated(raw)["observations"]
    pd.testing.assert_frame_equal(nfc, nfd)


# --- §4: formula-safe CSV downloads --------------------------------------------------------
def test_safe_cell_prefixes_formula_text_and_keeps_numbers():
    for text in ("=HYPERLINK(1)", "+3 pp", "-x", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(text) == "'" + text
    for value in ("-0.5", "+3", "1e-3", "ok", 7.5, -2, None):
        assert safe_cell(value) == value


def test_summary_csv_is_formula_safe(tmp_path):
    from hn4ir_analysis.report.summary import write_summary

    table = pd.DataFrame({"target_id": ["=cmd|' /C calc'!A0"], "notes": ["+2.1 pp above"],
                          "value": [-1.25]})  # fmt: skip
    write_summary(table, tmp_path)
    text = (tmp_path / "summary.csv").read_text(encoding="utf-8")
    assert "'=cmd" in text and "'+2.1 pp" in text and ",-1.25" in text
    back = pd.read_csv(tmp_path / "summary.csv")
    assert back["value"].dtype.kind == "f"


def test_verdicts_csv_is_formula_safe(tmp_path):
    from hn4ir_analysis.report.index_pages import _write_csv

    _write_csv(tmp_path / "verdicts.csv", [{"target": "@evil", "verdict": "=1+1", "n": 3}])
    text = (tmp_path / "verdicts.csv").read_text(encoding="utf-8")
    assert text == "target,verdict,n\n'@evil,'=1+1,3\n"


def test_download_csv_keeps_numeric_columns():
    frame = pd.DataFrame({"x": [-1.5, 2.0], "s": ["-a", "b"]})
    assert download_csv(frame) == "x,s\n-1.5,'-a\n2.0,b\n"


# --- §4: ties that no rule separates ---------------------------------------------------------
DES_2024 = "HN-DES-2024-01,HN,digital_econ_share,2024,16.25,"


def test_a_tie_that_disagrees_stops_hn4ir_data(tmp_path):
    """A 31 % share beside 17.34 %, equal on every rule, used to be settled by id order."""
    from hn4ir_analysis.data import processed
    from hn4ir_analysis.data.select import UnsettledTie

    raw = raw_copy(tmp_path)
    path = raw / "hn4ir" / "observations.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(line for line in lines if line.startswith(DES_2024))
    twin = row.replace("HN-DES-2024-01,", "HN-DES-2024-00,", 1).replace(",16.25,", ",31,", 1)
    twin = twin.replace(",16.25%,", ",31%,")
    lines.insert(lines.index(row) + 1, twin)
    path.write_text("".join(lines), encoding="utf-8")
    manifest.update(raw)
    out = tmp_path / "out"
    with pytest.raises(UnsettledTie) as info:
        processed.run(raw, out)
    message = str(info.value)
    assert "HN-DES-2024-00" in message and "HN-DES-2024-01" in message
    assert "authority" in message and "remove one" in message
    assert not out.exists() or not any(out.iterdir())


def test_a_tie_within_rounding_keeps_the_more_precise(raw_data):
    from hn4ir_analysis.data.select import select_annual

    _, log = select_annual(raw_data.observations)
    rows = log[(log["geo"] == "HN") & (log["indicator"] == "digital_econ_share")
               & (log["year"] == 2024)].set_index("obs_id")  # fmt: skip
    assert rows.at["HN-DES-2024-01", "chosen"] and rows.at["HN-DES-2024-01", "value"] == 16.25
    assert "more precise" in rows.at["HN-DES-2024-02", "reason"]


def test_the_more_precise_wins_whatever_the_ids(raw_data):
    from hn4ir_analysis.data.select import select_annual

    obs = raw_data.observations
    pair = obs[obs["obs_id"].isin(["HN-DES-2024-01", "HN-DES-2024-02"])].copy()
    pair["obs_id"] = pair["obs_id"].map(
        {"HN-DES-2024-01": "Z-precise", "HN-DES-2024-02": "A-round"}
    )
    chosen, _ = select_annual(pair)
    assert chosen["obs_id"].tolist() == ["Z-precise"] and chosen["value"].tolist() == [16.25]


# --- §4: target rows that cannot mean what they say -------------------------------------------
def _edit_target(tmp_path, target_id: str, column: str, value: str) -> Path:
    import csv
    import io

    raw = raw_copy(tmp_path)
    path = raw / "hn4ir" / "targets.csv"
    text = path.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    fields = list(rows[0])
    for row in rows:
        if row["target_id"] == target_id:
            row[column] = value
    out = io.StringIO()
    writer = csv.DictWriter(out, fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    manifest.update(raw)
    return raw


def _target_line(target_id: str) -> int:
    lines = (config.RAW_DIR / "hn4ir" / "targets.csv").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(target_id + ","))


def _first(comparison: str) -> str:
    t = pd.read_csv(config.RAW_DIR / "hn4ir" / "targets.csv", dtype=str)
    return t[t["comparison"] == comparison]["target_id"].iloc[0]


@pytest.mark.parametrize("comparison", ["ge", "gt"])
def test_a_high_on_a_lower_bound_target_is_refused(tmp_path, comparison):
    from hn4ir_analysis.data.raw import load_curated

    target_id = _first(comparison)
    raw = _edit_target(tmp_path, target_id, "high", "99")
    with pytest.raises(errors.RawDataError) as info:
        load_curated(raw)
    e = info.value
    assert (e.file, e.row, e.column) == ("hn4ir/targets.csv", _target_line(target_id), "high")


def test_a_target_year_before_its_document_is_refused(tmp_path):
    from hn4ir_analysis.data.raw import load_curated

    target_id = "HDND14_2025_grdp_growth"  # document of 2025-02-25
    raw = _edit_target(tmp_path, target_id, "document_date", "2026-02-25")
    with pytest.raises(errors.RawDataError) as info:
        load_curated(raw)
    e = info.value
    assert (e.file, e.row, e.column) == (
        "hn4ir/targets.csv",
        _target_line(target_id),
        "target_year",
    )
    assert "before the document" in e.message


# --- §4: --out never writes into data/raw, the root or someone else's folder -------------------
def _cli(argv, capsys):
    from hn4ir_analysis import cli

    code = cli.main(argv)
    return code, capsys.readouterr()


def test_data_out_inside_raw_is_refused_and_nothing_written(tmp_path, capsys, monkeypatch):
    raw = raw_copy(tmp_path)
    monkeypatch.setattr(config, "RAW_DIR", raw)
    before = {p: p.read_bytes() for p in raw.rglob("*") if p.is_file()}
    code, out = _cli(["data", "--raw-dir", str(raw), "--out", str(raw / "hn4ir")], capsys)
    assert code == 2
    assert out.err.count("\n") == 1 and "raw data folder" in out.err
    assert {p: p.read_bytes() for p in raw.rglob("*") if p.is_file()} == before


def test_data_out_shipped_raw_folder_is_refused(capsys):
    code, out = _cli(["data", "--out", str(config.RAW_DIR / "hn4ir")], capsys)
    assert code == 2 and "raw data folder" in out.err


def test_out_root_and_foreign_folders_are_refused(tmp_path, capsys):
    code, out = _cli(["report", "--out", "/"], capsys)
    assert code == 2 and "filesystem root" in out.err
    assert not Path("/runs").exists()
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "thesis.docx").write_text("x")
    code, out = _cli(["data", "--out", str(foreign)], capsys)
    assert code == 2 and "non-empty" in out.err
    assert sorted(p.name for p in foreign.iterdir()) == ["thesis.docx"]


def test_an_earlier_output_and_a_new_folder_are_accepted():
    from hn4ir_analysis import params

    params.check_out(config.PROCESSED_DIR, "data")
    params.check_out(Path("/tmp/h17a-does-not-exist/x"), "report")


# --- §4: a target year without targets is refused before any notebook starts -----------------
def test_report_target_year_without_targets_is_refused_at_once(tmp_path, capsys):
    out = tmp_path / "reports"
    code, printed = _cli(["report", "--target-year", "2024", "--out", str(out), "--jobs", "1"],
                         capsys)  # fmt: skip
    assert code == 2
    assert printed.err.strip().count("\n") == 0, printed.err
    assert printed.err.startswith("error: target_year 2024 has no targets")
    assert not out.exists()


# --- §1: the as-of follows the data ----------------------------------------------------------
GROWTH_2025 = 'HN-GRDPG-2025-03,HN,grdp_growth,2025,8.16,pct,"8,16%",estimate,current,'


@pytest.fixture(scope="module")
def raw_2026(tmp_path_factory) -> Path:
    """A copy of data/raw with a synthetic Hanoi GRDP growth estimate for 2026 (7.5 %)."""
    raw = raw_copy(tmp_path_factory.mktemp("raw2026"))
    path = raw / "hn4ir" / "observations.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(line for line in lines if line.startswith(GROWTH_2025))
    new = (row.replace("HN-GRDPG-2025-03,", "HN-GRDPG-2026-01,", 1)
              .replace(",2025,8.16,pct,\"8,16%\",", ",2026,7.5,pct,\"7,5%\",", 1)
              .replace(",2026-01,", ",2027-01,", 1)
              .replace("năm 2025", "năm 2026").replace("8,16%", "7,5%"))  # fmt: skip
    assert new != row and ",2026,7.5," in new and ",2027-01," in new
    lines.append(new)
    path.write_text("".join(lines), encoding="utf-8")
    manifest.update(raw)
    return raw


def test_default_as_of_is_the_latest_hanoi_growth_year(raw_2026):
    from hn4ir_analysis.data.latest import default_as_of

    assert default_as_of(config.RAW_DIR) == 2025  # 2026 values of other series do not count
    assert default_as_of(raw_2026) == 2026


def test_a_2026_growth_value_moves_the_default_as_of_and_starts_the_period(raw_2026):
    from hn4ir_analysis.assess.verdicts import assess

    shipped = assess(2030, raw_dir=config.RAW_DIR)
    new = assess(2030, raw_dir=raw_2026)
    assert set(shipped["as_of"]) == {2025} and set(new["as_of"]) == {2026}
    target = "DH18_2030_grdp_growth"  # >= 11 %/yr over 2026-2030
    official = ["eurostat", "unsd", "escap", "destatis"]
    old_rows = shipped[(shipped["target_id"] == target) & shipped["method"].isin(official)]
    new_rows = new[(new["target_id"] == target) & new["method"].isin(official)]
    assert len(old_rows) and len(new_rows) == len(old_rows)
    # before: the not-started rule (recent pace vs required average) ...
    assert old_rows["notes"].str.contains("starts after the latest").all()
    # ... after: the in-period rules, base 2025 and the observed year named in the notes
    assert not new_rows["notes"].str.contains("starts after the latest").any()
    assert new_rows["notes"].str.contains("Observed 1 of 5 years of 2026-2030").all()
    assert new_rows["notes"].str.contains(r"\(2025 = ").all()
    assert (new_rows["latest_year"] == 2026).all()


def test_every_run_prints_its_as_of_and_newer_values(raw_2026, monkeypatch, capsys):
    monkeypatch.setattr(config, "RAW_DIR", raw_2026)
    code, out = _cli(["assess", "--target-year", "2025", "--format", "csv"], capsys)
    assert code == 0
    assert "as-of 2026 (default: the latest year of Hanoi's GRDP growth in data/raw)" in out.err
    assert not out.out.startswith("as-of")  # stdout stays the table
    code, out = _cli(["assess", "--target-year", "2025", "--as-of", "2025", "--format", "csv"],
                     capsys)  # fmt: skip
    assert code == 0 and "as-of 2025 (given)" in out.err
    assert "newer than the as-of 2025" in out.err and "HN grdp_growth 2026" in out.err


# --- §4: notebook pages are byte-identical between two runs on the same inputs ----------------
def test_notebook_pages_do_not_depend_on_random_cell_ids(tmp_path):
    from site_fixtures import stored_page

    # any stored notebook will do: the smallest renders fastest; each call runs papermill's
    # parameters step again, which gives the injected cell a new random id
    name = "03-labour-productivity.ipynb"
    pages = [stored_page(name, {"lang": "en"}, tmp_path / f"run{k}").read_bytes() for k in (1, 2)]
    assert b"injected-parameters" in pages[0]
    assert pages[0] == pages[1]


# --- §4: every summary.json key is documented in the README ------------------------------------
def test_every_summary_json_key_is_in_the_readme():
    import json
    import re

    from hn4ir_analysis.assess import verdicts
    from hn4ir_analysis.report.summary import summary_json

    row = pd.DataFrame([{c: 1 for c in verdicts.COLUMNS}])
    keys = set(json.loads(summary_json(row))[0])
    readme = (config.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    listed = re.search(r"`hn4ir_analysis\.assess\.verdicts\.COLUMNS` \(`([^`]*)`\)", readme)
    assert listed, "README lost the list of the assessment table's columns"
    documented = {k.strip() for k in listed.group(1).split(",")}
    assert keys <= documented, f"undocumented summary.json keys: {sorted(keys - documented)}"


def test_an_as_of_after_the_data_is_refused(capsys):
    code, out = _cli(["assess", "--target-year", "2030", "--as-of", "2030"], capsys)
    assert code == 2
    assert out.err.strip() == (
        "error: as_of 2030 is after the latest year in data/raw (2026); the default is 2025"
    )
