"""Benchmarks printed by ``make bench`` (``python -m hn4ir_analysis.bench``). Not a test.

:func:`report_benchmark` measures the report runner in one go:

(a) wall time of ``hn4ir report`` for three target years (a subprocess, as cron runs
    it, assessment table included) against a plain serial loop over the same notebooks
    and parameters: for every year and every notebook, the ``papermill`` command line,
    then ``jupyter nbconvert --to html --no-input``. Goal: ≤ 0.15 × the loop (issue 18).
(b) each notebook's wall time in the runner (execution + HTML page, from the run's
    ``manifest.json``) against the floor, measured in the same session: a one-cell
    notebook that only imports pandas, numpy, statsmodels.api, matplotlib.pyplot and
    hn4ir_analysis, executed the same way (a kernel start plus the imports). The floor is
    measured alone and with as many concurrent kernels as the runner uses (``--jobs``);
    the runner's times are compared with the latter, which has the same CPU contention.
    Goal: ≤ 1.3 ×.
(c) peak memory: the summed RSS of the process tree (runner or loop and every kernel),
    sampled every 50 ms with psutil.

:func:`main` then prints ``hn4ir_analysis.assess.backtest_bench.benchmark_table()`` if that module is
present: nominal-80% coverage of the calibrated intervals by series class and horizon
(held-out provinces), MAE against the naive rule (models and pooled-drift candidates) and
the replay's Brier skill. :func:`hn4ir_analysis.bench_tests.tests_benchmark` times ``make test``
and ``make test-fast`` against their goals. ``--only backtest`` / ``--only report`` /
``--only tests`` runs one section.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

from hn4ir_analysis import config, params
from hn4ir_analysis.bench_tests import print_table

FLOOR_SOURCE = "import pandas, numpy, statsmodels.api, matplotlib.pyplot, hn4ir_analysis"
BIN = Path(sys.executable).parent


class PeakRSS:
    """Sample the summed RSS of this process's children (recursively) in a thread."""

    def __init__(self, interval: float = 0.05):
        self.interval, self.peak = interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for p in me.children(recursive=True):
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    @property
    def mb(self) -> float:
        return self.peak / 2**20


def _timed(cmd: list[str], **kw) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - start


def serial_loop(notebooks: list[Path], years, as_of: int, lang: str, work: Path) -> float:
    """The baseline: papermill CLI then nbconvert CLI, every notebook for every year.

    Its kernels save figures into ``work/figures`` (``HN4IR_FIGURES_DIR``), as the
    runner's do into its run folder: neither touches the tracked ``figures/``.
    """
    from hn4ir_analysis.report import runner as report

    env = {**os.environ, **report.kernel_env(work)}
    start = time.perf_counter()
    for year in years:
        for nb in notebooks:
            out = work / f"{nb.stem}-{year}.ipynb"
            params_ = [
                "-p",
                "target_year",
                str(year),
                "-p",
                "as_of",
                str(as_of),
                "-p",
                "lang",
                lang,
            ]
            _timed([str(BIN / "papermill"), str(nb), str(out), *params_, "--kernel",
                    report.KERNEL_NAME, "--cwd", str(nb.parent), "--no-progress-bar"], env=env)  # fmt: skip
            _timed([str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(out)])
    return time.perf_counter() - start


def cell_seconds(path: Path) -> float:
    """Time spent running the notebook's own cells (papermill's per-cell durations)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    return sum(c.metadata.get("papermill", {}).get("duration") or 0.0 for c in nb.cells)


def floor(work: Path, concurrent: int = 1, rounds: int = 3) -> float:
    """Median wall time of the import-only notebook, with ``concurrent`` kernels at once."""
    import nbformat

    from hn4ir_analysis.report import runner as report

    path = work / "00-floor.ipynb"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_SOURCE)])
    nb.metadata["kernelspec"] = {
        "name": report.KERNEL_NAME,
        "display_name": "Python (hn4ir)",
        "language": "python",
    }
    nbformat.write(nb, path)
    notebook = report.Notebook(path, {})
    times = []

    def one(i: int) -> float:
        run = report.Execution(notebook, None, {})
        run_dir = work / f"floor-{concurrent}-{i}"
        report.execute(run, run_dir, work, timeout=600)
        assert run.status == "ok", run.error
        return run.execute_s

    with ThreadPoolExecutor(concurrent) as pool:
        for r in range(rounds):
            times += pool.map(one, range(r * concurrent, (r + 1) * concurrent))
    return statistics.median(times)


def report_benchmark(
    notebooks=None, years=params.PLAN_TARGET_YEARS, jobs=None, as_of=2025, lang="en"
):
    """Run (a), (b) and (c) and print the table; returns the numbers as a dict."""
    from hn4ir_analysis.report import runner as report

    folder = Path(notebooks or config.NOTEBOOKS_DIR).resolve()
    found = report.discover(folder)
    jobs = jobs or report.default_jobs()
    n_shared = sum(nb.shared for nb in found)
    print(f"Report runner benchmark: {len(found)} notebooks in {folder} ({n_shared} year-independent), "
          f"target years {' '.join(map(str, years))}, --jobs {jobs}, {os.cpu_count()} CPUs")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="hn4ir-bench-") as tmp:
        work = Path(tmp)
        (work / "loop").mkdir()
        with PeakRSS() as loop_mem:
            loop_s = serial_loop([nb.path for nb in found], years, as_of, lang, work / "loop")
        cmd = [str(BIN / "hn4ir"), "report", "--notebooks", str(folder), "--out", str(work / "out"),
               "--jobs", str(jobs), "--as-of", str(as_of), "--lang", lang]  # fmt: skip
        cmd += [a for y in years for a in ("--target-year", str(y))]
        with PeakRSS() as runner_mem:
            start = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True)
            runner_s = time.perf_counter() - start
        if done.returncode != 0:
            print(done.stdout[-3000:], done.stderr[-3000:], sep="\n")
            raise SystemExit(f"hn4ir report failed (exit {done.returncode})")
        manifest = json.loads((work / "out" / "latest" / "manifest.json").read_text())
        per_nb = [e["execute_s"] + e["html_s"] for e in manifest["executions"]]
        overhead = [
            e["execute_s"] + e["html_s"] - cell_seconds(work / "out" / "latest" / e["ipynb"])
            for e in manifest["executions"]
        ]
        floor_1 = floor(work, 1)
        floor_n = floor(work, jobs) if jobs > 1 else floor_1
    n_loop = len(found) * len(years)
    median_nb, max_nb = statistics.median(per_nb), max(per_nb)
    rows = [
        ("", "wall s", "ratio", "goal", "peak RSS MB"),
        (f"(a) serial papermill+nbconvert CLI loop, {n_loop} runs", f"{loop_s:.1f}", "1.00", "",
         f"{loop_mem.mb:.0f}"),
        (f"(a) hn4ir report, {len(per_nb)} runs, {jobs} kernels", f"{runner_s:.1f}",
         f"{runner_s / loop_s:.2f}", _goal(runner_s / loop_s, 0.15), f"{runner_mem.mb:.0f}"),
        ("(b) floor: kernel start + imports, alone", f"{floor_1:.2f}", "", "", ""),
        (f"(b) floor with {jobs} kernels at once", f"{floor_n:.2f}", "1.00", "", ""),
        ("(b) per notebook in the runner, median", f"{median_nb:.2f}", f"{median_nb / floor_n:.2f}",
         _goal(median_nb / floor_n, 1.3), ""),
        ("(b) per notebook in the runner, slowest", f"{max_nb:.2f}", f"{max_nb / floor_n:.2f}", "", ""),
        ("(b) of which outside cells (kernel, papermill, HTML), median",
         f"{statistics.median(overhead):.2f}", f"{statistics.median(overhead) / floor_n:.2f}", "", ""),
    ]  # fmt: skip
    print_table(rows)
    print(
        "(b) floor = a one-cell notebook importing pandas, numpy, statsmodels.api, matplotlib.pyplot, "
        "hn4ir_analysis, run like the others; a notebook's own computation comes on top."
    )
    print("(c) peak RSS = summed resident memory of the process tree (runner or loop + kernels).")
    slowest = sorted(manifest["executions"], key=lambda e: -(e["execute_s"] + e["html_s"]))[:3]
    print("slowest notebooks: " + ", ".join(
        f"{e['ipynb']} {e['execute_s']:.1f}+{e['html_s']:.1f} s" for e in slowest))  # fmt: skip
    return {"loop_s": loop_s, "runner_s": runner_s, "floor_s": floor_1, "floor_parallel_s": floor_n,
            "per_notebook_s": per_nb, "loop_rss_mb": loop_mem.mb, "runner_rss_mb": runner_mem.mb}  # fmt: skip


def _goal(ratio: float, goal: float) -> str:
    return f"≤{goal:.2f} {'met' if ratio <= goal else 'NOT met'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m hn4ir_analysis.bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--notebooks", default=None, help="notebooks folder (default notebooks/)")
    parser.add_argument("--target-year", type=int, action="append", default=None)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--only", choices=["report", "backtest", "tests"], default=None,
                        help="run one section (default all)")  # fmt: skip
    parser.add_argument("--processed", action="store_true",
                        help="backtest section from data/processed/backtest_*.csv (seconds) instead of "
                             "recomputing from data/raw (about 30 minutes)")  # fmt: skip
    args = parser.parse_args(argv)
    if args.only == "tests":
        from hn4ir_analysis.bench_tests import tests_benchmark

        return 0 if all(r["exit"] == 0 for r in tests_benchmark()) else 1
    if args.only != "backtest":
        report_benchmark(args.notebooks, args.target_year or params.PLAN_TARGET_YEARS, args.jobs)
    if args.only == "report":
        return 0
    try:
        from hn4ir_analysis.assess.backtest_bench import benchmark_table
    except ImportError:
        pass
    else:
        # recomputed from data/raw (minutes): coverage of the calibrated intervals by class
        # and horizon on held-out provinces, MAE against the naive rule (incl. the pooled-drift
        # candidates), and the replay's Brier skill
        print()
        print(benchmark_table(processed=args.processed))
    if args.only is None:
        from hn4ir_analysis.bench_tests import tests_benchmark

        print()
        tests_benchmark()
    return 0


if __name__ == "__main__":
    sys.exit(main())
