"""The test-suite benchmark's reading of pytest's output and of its goals (bench_tests)."""

from __future__ import annotations

from hn4ir_analysis import bench_tests


def test_summary_is_read_from_pytests_last_line():
    out = "....\n=========== 1188 passed, 1 skipped in 169.24s (0:02:49) ===========\n"
    assert bench_tests.pytest_summary(out) == ("1188 passed, 1 skipped", 169.24)
    quiet = "...\n998 passed, 1 skipped, 50 deselected in 96.16s (0:01:36)\n"
    assert bench_tests.pytest_summary(quiet) == ("998 passed, 1 skipped, 50 deselected", 96.16)
    failed = "FAILED tests/test_x.py::test_y\n= 1 failed, 1187 passed, 1 skipped in 170.02s =\n"
    assert bench_tests.pytest_summary(failed) == ("1 failed, 1187 passed, 1 skipped", 170.02)
    assert bench_tests.pytest_summary("ERROR: usage") is None


def test_goals_are_issue_18s():
    assert bench_tests.goal_text("test", 120.0) == "≤120 met"
    assert bench_tests.goal_text("test", 120.1) == "≤120 NOT met"
    assert bench_tests.goal_text("test-fast", 44.9) == "≤45 met"
    assert bench_tests.goal_text("test-fast", 60.0) == "≤45 NOT met"


def test_print_table_aligns_columns_and_leaves_free_text(capsys):
    from hn4ir_analysis.bench_tests import print_table

    print_table([("", "wall s", "note"), ("make test", "160.0", "x")])
    assert capsys.readouterr().out == "           wall s  note\nmake test   160.0     x\n"
    print_table([("", "wall s", "pytest"), ("make test", "160.0", "1208 passed")], free_last=True)
    assert capsys.readouterr().out == "           wall s  pytest\nmake test   160.0  1208 passed\n"
