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
