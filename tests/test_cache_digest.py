"""Keys of the disk cache for tables computed once per report run: a DataFrame argument is
keyed by its whole content (issue 18 §4), so a changed value anywhere in it is a miss."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from hn4ir_analysis import cache


@pytest.fixture
def on(monkeypatch, tmp_path):
    monkeypatch.setenv("HN4IR_NO_CACHE", "0")
    monkeypatch.setenv("HN4IR_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _frame(n: int = 200) -> pd.DataFrame:
    return pd.DataFrame({"geo": [f"P{i % 7}" for i in range(n)], "year": np.arange(n) + 1900,
                         "value": np.linspace(0, 1, n), "note": ["x"] * n})  # fmt: skip


def test_a_change_in_the_middle_of_a_frame_changes_the_key():
    a = _frame()
    b = a.copy()
    b.loc[100, "value"] += 1e-9  # a frame's repr shows neither this row nor this digit
    assert repr(a) == repr(b)
    assert cache.key("t", a) != cache.key("t", b)
    assert cache.key("t", a) == cache.key("t", a.copy())


@pytest.mark.parametrize(
    "change",
    [
        lambda f: f.rename(columns={"note": "notes"}),
        lambda f: f.astype({"year": "float64"}),
        lambda f: f.set_axis(f.index + 1),
        lambda f: f.assign(note=["y"] + ["x"] * (len(f) - 1)),
        lambda f: f["value"],
    ],
    ids=["column name", "dtype", "row labels", "text cell", "a Series of it"],
)
def test_names_dtypes_labels_and_text_are_part_of_the_key(change):
    a = _frame()
    assert cache.key("t", a) != cache.key("t", change(a))


def test_frames_inside_a_dataclass_or_a_list_are_keyed_by_content():
    @dataclasses.dataclass(frozen=True)
    class Holder:
        year: int
        table: pd.DataFrame

    a, b = _frame(), _frame()
    b.loc[50, "geo"] = "HN"
    assert cache.key(Holder(2025, a)) != cache.key(Holder(2025, b))
    assert cache.key([a, 1]) != cache.key([b, 1])
    assert cache.key(Holder(2025, a)) == cache.key(Holder(2025, a.copy()))


def test_unhashable_cells_are_keyed_by_their_text():
    a = pd.DataFrame({"ids": [["a", "b"], ["c"]]})
    b = pd.DataFrame({"ids": [["a", "b"], ["d"]]})
    assert cache.key(a) != cache.key(b)


def test_a_frame_argument_hits_for_the_same_content_and_misses_for_another(on):
    calls = []
    a = _frame()
    first = cache.cached("t", (a,), lambda: calls.append(1) or a["value"].sum())
    again = cache.cached("t", (a.copy(),), lambda: calls.append(1) or -1.0)
    b = a.copy()
    b.loc[3, "value"] = 99.0
    other = cache.cached("t", (b,), lambda: calls.append(1) or b["value"].sum())
    assert first == again and other != first and calls == [1, 1]


SLOW = """
import sys, time
from pathlib import Path
from hn4ir_analysis import cache

def compute():
    with open(sys.argv[1], "a", encoding="utf-8") as f:
        f.write("computed\\n")
    time.sleep(1.5)
    return 42

print(cache.cached("slow", ("same",), compute))
"""


def test_processes_asking_for_one_missing_value_compute_it_once(on, tmp_path):
    """Kernels of a report run (or test workers) that start together wait for the first."""
    import subprocess
    import sys

    log = tmp_path / "computed.txt"
    procs = [subprocess.Popen([sys.executable, "-c", SLOW, str(log)], stdout=subprocess.PIPE,
                              text=True) for _ in range(2)]  # fmt: skip
    outs = [p.communicate(timeout=120)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    assert [o.strip() for o in outs] == ["42", "42"]
    assert log.read_text(encoding="utf-8") == "computed\n"
