"""The test suite's speed, measured by ``make bench`` (``--only tests``). Not a test.

:func:`tests_benchmark` runs ``make test`` and ``make test-fast`` as a user would (the
Makefile's canonical commands, in the project folder), each once, one after the other,
and prints for each: the wall time, the CPU time of the whole process tree (pytest, its
xdist workers, the kernels and commands they start), pytest's own summary line, and the
goal of issue 18 on the 2-core machine (``make test`` ≤ 120 s, ``make test-fast`` ≤ 45 s).

Notes
-----
Wall time on a shared virtual machine moves with the host: a fixed pure-Python workload
(:func:`reference_seconds`, ten million integer additions, the fastest of three) is timed
before and after the runs and printed beside them. When it is slower than on other days,
every figure of the table is slower too; compare runs made at a similar reference time.
The CPU column is the sum over every process (``getrusage(RUSAGE_CHILDREN)``): with two
cores the wall time cannot fall below about half of it.
"""

from __future__ import annotations

import re
import resource
import subprocess
import time

from hn4ir_analysis import config

#: issue 18's goals on the 2-core machine, in seconds of wall time
GOALS = {"test": 120.0, "test-fast": 45.0}
_SUMMARY = re.compile(
    r"^=*\s*(\d+ (?:passed|failed|skipped|errors?|deselected)\b.*?) in ([\d.]+)s", re.M
)


def reference_seconds(rounds: int = 3) -> float:
    """Fastest of ``rounds`` timings of a fixed pure-Python loop (ten million additions)."""
    best = float("inf")
    for _ in range(rounds):
        start, total = time.perf_counter(), 0
        for i in range(10_000_000):
            total += i
        best = min(best, time.perf_counter() - start)
    return best


def pytest_summary(output: str) -> tuple[str, float] | None:
    """``("1188 passed, 1 skipped", 169.24)`` from pytest's last line, or ``None``."""
    found = _SUMMARY.findall(output)
    return (found[-1][0].strip(" ="), float(found[-1][1])) if found else None


def run_target(target: str) -> dict:
    """``make <target>`` in the project folder: wall and CPU seconds, exit code, summary."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        ["make", "--no-print-directory", target],
        cwd=config.PROJECT_ROOT,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = pytest_summary(done.stdout)
    return {"target": target, "wall_s": wall, "cpu_s": cpu, "exit": done.returncode,
            "summary": summary[0] if summary else done.stdout[-500:]}  # fmt: skip


def goal_text(target: str, wall: float) -> str:
    goal = GOALS[target]
    return f"≤{goal:.0f} {'met' if wall <= goal else 'NOT met'}"


def print_table(rows, free_last: bool = False) -> None:
    """Print rows of text cells in columns: the first left-aligned, the others right-aligned;
    with ``free_last`` the last cell is free text, printed as it is."""
    n = len(rows[0]) - free_last
    widths = [max(len(r[i]) for r in rows) for i in range(n)]
    for r in rows:
        cells = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r[:n], widths, strict=True))
        ]
        print("  ".join(cells + list(r[n:])))


def tests_benchmark(targets=("test", "test-fast")) -> list[dict]:
    """Run each target once and print the table (module notes); returns the rows."""
    ref_before = reference_seconds()
    results = [run_target(t) for t in targets]
    ref_after = reference_seconds()
    print(
        f"Test suite benchmark: reference loop {ref_before:.2f} s before, {ref_after:.2f} s after"
    )
    rows = [("", "wall s", "CPU s", "goal", "pytest")]
    for r in results:
        tail = r["summary"] if r["exit"] == 0 else f"exit {r['exit']}: {r['summary']}"
        rows.append((f"make {r['target']}", f"{r['wall_s']:.1f}", f"{r['cpu_s']:.0f}",
                     goal_text(r["target"], r["wall_s"]), tail))  # fmt: skip
    print_table(rows, free_last=True)
    print("CPU s = user + system time of every process the run started; reference loop = "
          "ten million additions in pure Python (a slower host stretches every figure).")  # fmt: skip
    return results
