"""The disk cache returns what the function returned, and misses when data, code or arguments change."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from hn4ir_analysis import cache, config
from hn4ir_analysis.assess import verdicts as assess
from hn4ir_analysis.data import manifest


@pytest.fixture
def on(monkeypatch, tmp_path):
    monkeypatch.setenv("HN4IR_NO_CACHE", "0")
    monkeypatch.setenv("HN4IR_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_hit_returns_the_stored_value_and_skips_the_work(on):
    calls = []
    first = cache.cached("t", (1, "a"), lambda: calls.append(1) or {"x": 1.5})
    second = cache.cached("t", (1, "a"), lambda: calls.append(1) or {"x": 2.0})
    assert first == second == {"x": 1.5} and calls == [1]
    assert cache.cached("t", (2, "a"), lambda: "other") == "other", "other arguments miss"


def test_off_means_computed_every_time(monkeypatch, tmp_path):
    monkeypatch.setenv("HN4IR_NO_CACHE", "1")
    monkeypatch.setenv("HN4IR_CACHE_DIR", str(tmp_path))
    assert cache.cached("t", (), lambda: 1) == 1 and cache.cached("t", (), lambda: 2) == 2
    assert not any(tmp_path.iterdir())


def test_the_assessment_is_the_same_with_and_without_the_cache(on, monkeypatch):
    cold = assess.assess(2045, 2025, n_sims=300)
    warm = assess.assess(2045, 2025, n_sims=300)
    monkeypatch.setenv("HN4IR_NO_CACHE", "1")
    fresh = assess.assess(2045, 2025, n_sims=300)
    pd.testing.assert_frame_equal(cold, warm)
    pd.testing.assert_frame_equal(cold, fresh)
    assert any(p.name.startswith("assess-") for p in on.iterdir())


def test_a_rewritten_manifest_changes_the_data_fingerprint(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(config.RAW_DIR, raw)
    before = cache.data_fingerprint(raw)
    (raw / "hn4ir" / "README.md").write_text("changed\n", encoding="utf-8")
    manifest.update(raw)
    assert cache.data_fingerprint(raw) != before


# --- issue 10: nothing stale, nothing forged ----------------------------------------------

import os  # noqa: E402
import pickle  # noqa: E402
import warnings  # noqa: E402

from hn4ir_analysis import errors  # noqa: E402
from hn4ir_analysis.data import asof  # noqa: E402

PER_CAPITA_ROW = "HN-GRDPPCU-2025-01"  # Hanoi GRDP per capita 2025, 7,200 USD as published


def _raw_copy(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(config.RAW_DIR, raw)
    return raw


def _set_per_capita(raw, usd: int) -> None:
    path = raw / "hn4ir" / "observations.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    i = next(i for i, line in enumerate(lines) if line.startswith(PER_CAPITA_ROW + ","))
    shown = f"{usd // 1000}.{usd % 1000:03d} USD"
    lines[i] = lines[i].replace(",7200,usd,7.200 USD,", f",{usd},usd,{shown},", 1)
    assert lines[i] != path.read_text(encoding="utf-8").split("\n")[i]
    path.write_text("\n".join(lines), encoding="utf-8")


def _row_value(data) -> float:
    return data.observations.set_index("obs_id").at[PER_CAPITA_ROW, "value"]


def _per_capita_ex_post(table) -> set[float]:
    rows = table[(table["series"] == "grdp_per_capita_usd") & (table["method"] == "ex_post")]
    assert len(rows), "the 2025 per-capita targets have ex-post rows"
    return set(rows["latest_value"].round(1))


@pytest.mark.parametrize("disk", ["on", "off"])
def test_case1_a_data_change_in_one_process_is_seen(disk, monkeypatch, tmp_path):
    """Case 1: assess, change 7,200 → 8,400 USD and update the manifest, assess again."""
    monkeypatch.setenv("HN4IR_NO_CACHE", "0" if disk == "on" else "1")
    monkeypatch.setenv("HN4IR_CACHE_DIR", str(tmp_path / "cache"))
    raw = _raw_copy(tmp_path)
    before = assess.assess(2025, 2025, raw_dir=raw, n_sims=200)
    assert _per_capita_ex_post(before) == {7200.0}
    assert _row_value(asof.prepare(2025, raw)) == 7200
    _set_per_capita(raw, 8400)
    manifest.update(raw)
    after = assess.assess(2025, 2025, raw_dir=raw, n_sims=200)
    assert _per_capita_ex_post(after) == {8400.0}, "a memo or the disk cache served the old table"
    assert _row_value(asof.prepare(2025, raw)) == 8400


@pytest.mark.parametrize("disk", ["on", "off"])
def test_case2_a_warm_cache_does_not_skip_the_tamper_check(disk, monkeypatch, tmp_path):
    """Case 2: a raw byte changed without a manifest update stops assess on a warm cache."""
    monkeypatch.setenv("HN4IR_NO_CACHE", "0" if disk == "on" else "1")
    monkeypatch.setenv("HN4IR_CACHE_DIR", str(tmp_path / "cache"))
    raw = _raw_copy(tmp_path)
    assess.assess(2025, 2025, raw_dir=raw, n_sims=200)  # warm: memo and disk
    _set_per_capita(raw, 8400)  # manifest not updated
    with pytest.raises(errors.ManifestError, match="changed since the manifest was written"):
        assess.assess(2025, 2025, raw_dir=raw, n_sims=200)
    with pytest.raises(errors.ManifestError):
        asof.prepare(2025, raw)


def test_case3_a_reference_file_is_in_the_key(monkeypatch, tmp_path, on):
    """Case 3: a changed geo code list is a miss (here: a province disappears → refused)."""
    ref = tmp_path / "reference"
    shutil.copytree(config.REFERENCE_DIR, ref)
    monkeypatch.setattr(config, "REFERENCE_DIR", ref)
    monkeypatch.setattr(config, "GEO_CODES_FILE", ref / "geo_codes.csv")
    raw = _raw_copy(tmp_path)
    before = cache.data_fingerprint(raw)
    asof.prepare(2025, raw)  # warm
    codes = (ref / "geo_codes.csv").read_text(encoding="utf-8").split("\n")
    (ref / "geo_codes.csv").write_text(
        "\n".join(line for line in codes if not line.startswith("LAI_CHAU,")), encoding="utf-8"
    )
    assert cache.data_fingerprint(raw) != before
    with pytest.raises(errors.RawDataError, match="unknown place 'Lai Châu'"):
        asof.prepare(2025, raw)


def test_case3_code_in_sub_packages_is_in_the_key(monkeypatch, tmp_path):
    """Case 3: the code fingerprint covers data/, assess/ … not only the top-level modules."""
    pkg = tmp_path / "pkg"
    shutil.copytree(config.PACKAGE_DIR, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(config, "PACKAGE_DIR", pkg)
    cache.code_fingerprint.cache_clear()
    try:
        before = cache.code_fingerprint()
        with open(pkg / "assess" / "methods.py", "a", encoding="utf-8") as f:
            f.write("\n# a change to an assessment method\n")
        cache.code_fingerprint.cache_clear()
        assert cache.code_fingerprint() != before
    finally:
        cache.code_fingerprint.cache_clear()


def _entry_path(on, name, parts):
    return on / f"{name}-{cache.key(name, *parts)}.pkl"


@pytest.mark.parametrize("damage", ["directory", "unreadable", "protocol", "truncated"])
def test_case4_a_damaged_entry_is_recomputed_with_a_warning(damage, on):
    path = _entry_path(on, "t", (1,))
    on.mkdir(parents=True)
    if damage == "directory":
        path.mkdir()
    elif damage == "unreadable":
        path.write_bytes(pickle.dumps(1))
        path.chmod(0)
        if os.access(path, os.R_OK):  # root reads anything
            pytest.skip("running as root: a mode-0 file is still readable")
    elif damage == "protocol":
        path.write_bytes(b"\x80\x09" + pickle.dumps("x")[2:])  # protocol 9 does not exist
    else:
        path.write_bytes(pickle.dumps({"x": 1})[:5])
    with pytest.warns(cache.CacheWarning, match="recomputing"):
        assert cache.cached("t", (1,), lambda: "fresh") == "fresh"


def test_case4_a_file_where_the_folder_should_be(on):
    on.write_text("not a folder", encoding="utf-8")
    with pytest.warns(cache.CacheWarning, match="recomputing"):
        assert cache.cached("t", (1,), lambda: "fresh") == "fresh"
    assert on.read_text(encoding="utf-8") == "not a folder"


def test_case4_entries_respect_the_umask(on):
    old = os.umask(0o022)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            cache.cached("t", (2,), lambda: 1)
    finally:
        os.umask(old)
    mode = _entry_path(on, "t", (2,)).stat().st_mode & 0o777
    assert mode == 0o644, oct(mode)
