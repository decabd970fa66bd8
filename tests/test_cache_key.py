"""The disk cache's code fingerprint covers every module, sub-packages included."""

from __future__ import annotations

import shutil

from hn4ir_analysis import cache, config


def test_code_fingerprint_sees_a_change_in_a_sub_package(tmp_path, monkeypatch):
    copy = tmp_path / "hn4ir_analysis"
    shutil.copytree(config.PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(config, "PACKAGE_DIR", copy)
    cache.code_fingerprint.cache_clear()  # memoised per process
    before = cache.code_fingerprint()
    target = copy / "assess" / "methods.py"
    target.write_text(target.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    cache.code_fingerprint.cache_clear()
    assert cache.code_fingerprint() != before
    cache.code_fingerprint.cache_clear()
