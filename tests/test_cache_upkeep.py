"""A report run drops cache entries unused for 30 days; a read keeps an entry young."""

from __future__ import annotations

import os
import time

from hn4ir_analysis import cache
from hn4ir_analysis.report import cache_upkeep

DAY = 86400


def _age(path, days: float, now: float) -> None:
    os.utime(path, (now - days * DAY, now - days * DAY))


def test_old_entries_go_with_their_locks_and_stale_writes(monkeypatch, tmp_path):
    monkeypatch.setenv("HN4IR_NO_CACHE", "0")
    monkeypatch.setenv("HN4IR_CACHE_DIR", str(tmp_path))
    cache.cached("old", (1,), lambda: "x" * 1000)
    cache.cached("new", (1,), lambda: "y")
    now = time.time()
    old = next(tmp_path.glob("old-*.pkl"))
    _age(old, 31, now)
    stale_write = tmp_path / f".{old.name}.123.tmp"
    stale_write.write_bytes(b"half")
    _age(stale_write, 31, now)
    removed, freed = cache_upkeep.prune(now=now)
    assert removed == 1 and freed >= 1000
    assert not old.exists() and not (tmp_path / f".{old.name}.lock").exists()
    assert not stale_write.exists()
    assert [p.name.split("-")[0] for p in tmp_path.glob("*.pkl")] == ["new"]
    assert cache.cached("old", (1,), lambda: "recomputed") == "recomputed"  # only computed again


def test_a_read_keeps_an_entry(monkeypatch, tmp_path):
    monkeypatch.setenv("HN4IR_NO_CACHE", "0")
    monkeypatch.setenv("HN4IR_CACHE_DIR", str(tmp_path))
    cache.cached("used", (1,), lambda: 1)
    entry = next(tmp_path.glob("used-*.pkl"))
    now = time.time()
    _age(entry, 40, now)
    assert cache.cached("used", (1,), lambda: 2) == 1  # a hit: refreshes the entry's time
    assert entry.stat().st_mtime > now - DAY
    assert cache_upkeep.prune(now=now) == (0, 0) and entry.exists()


def test_no_folder_nothing_to_do(tmp_path):
    assert cache_upkeep.prune(tmp_path / "absent") == (0, 0)
