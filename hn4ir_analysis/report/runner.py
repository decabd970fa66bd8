"""``hn4ir report``: run the notebook collection for each target year and publish a report site.

What one run does
-----------------
1. Checks the parameters (:func:`hn4ir_analysis.params.validate`) before any kernel
   starts: a bad ``--target-year`` (a year without targets too), ``--as-of``, ``--lang``,
   ``--jobs``, ``--timeout`` or ``--out`` (:func:`hn4ir_analysis.params.check_out`) exits
   with status 2 and one sentence, and writes nothing. Without ``--as-of`` the run uses
   the latest year of Hanoi's GRDP growth in ``data/raw``
   (:func:`hn4ir_analysis.data.latest.default_as_of`) and prints it, with any newer values.
2. Reads every ``NN-*.ipynb`` of the notebooks folder (in name order) and the
   assignments of its cell tagged ``parameters`` (parsed with :mod:`ast`). Papermill
   passes a notebook only the run parameters it declares (``target_year``, ``as_of``,
   ``lang``). **A notebook that does not declare ``target_year`` does not depend on it:
   it runs once per run (folder ``shared/``) and every year's page links to it** — with
   the plan's three target years this saves two executions per such notebook, the main
   speed-up over a loop of ``papermill`` calls.
3. Executes the notebooks with papermill, up to ``--jobs`` kernels at a time (threads;
   each drives its own kernel process). Each notebook gets ``--timeout`` seconds in
   total (a hung cell is stopped and its kernel shut down). Before they start, the
   assessment table of every target year (:func:`hn4ir_analysis.assess.verdicts.assess`)
   and the tables several notebooks and the pages share are computed in this process into
   the disk cache (:func:`hn4ir_analysis.report.summary.prepare_run`): every kernel then
   reads them instead of computing them again.
4. Writes, into ``<out>/runs/<run_id>.tmp/``::

       index.html             the answer: Plan 205's targets with one verdict each, then the rest
       <year>/index.html      that year's targets, each method's verdict, what-if, its pages
       verdicts.csv           one line per distinct target: verdict and why (page language;
                              every CSV formula-safe: hn4ir_analysis.data.csvio.download_csv)
       whatif.csv             growth scenarios per quantitative target
       <year>/NN-name.ipynb   executed notebook (+ .html page, code hidden)
       shared/NN-name.ipynb   year-independent notebook (+ .html), linked from each year
       summary.json           the assessment table: a JSON array, one object per row
       summary.csv            the same table as CSV
       manifest.json          parameters, checksums, git commit, versions, timings, failures
       figures/               what the notebooks saved with plots.save_figure (if any)
       logs/                  kernel stderr of failed notebooks (only if something failed)

   ``summary.json`` holds only the table (keys :data:`hn4ir_analysis.assess.verdicts.COLUMNS`,
   NaN → null, sorted by target_year, target_id, method, series): two runs on the same
   data and parameters give byte-identical files. Timings, dates and failures live in
   ``manifest.json`` (``failed``: one entry per failed notebook execution) and are shown
   at the top of ``index.html``.
5. Renames the folder to ``<out>/runs/<run_id>/`` and, only if every notebook and the
   assessment succeeded, points ``<out>/latest`` (and ``latest-<lang>``) at it: a relative symlink replaced
   atomically (a temporary symlink moved over the old one with :func:`os.replace`). On a
   filesystem without symlinks ``latest`` is a copy of the run folder instead, replaced
   by two renames (not atomic: for an instant ``latest`` is missing). If something failed
   the previous ``latest`` stays, the failed notebook is kept with papermill's error
   cell, the other notebooks and years are still produced, and the exit status is 1.
   A run whose target years, as-of year or language differ from those of the current
   ``latest`` is refused before it starts (exit 1), unless ``--force``: ``hn4ir report
   --target-year 2025`` must not silently replace the three-year report. An ``--out``
   that cannot be written (read-only, disk full) ends with a one-line error (exit 1).

``run_id`` is ``asof<as_of>-<lang>-y<years>-<hash>`` where the hash covers the
parameters and the sha256 of the raw data, the processed tables, the notebooks and the
package's source: the same inputs give the same id (no clock in it). Re-running the same
inputs never overwrites a published run; it gets a sequence suffix (``-2``, ``-3`` …).

HTML pages are standalone and offline (see :mod:`hn4ir_analysis.report.site`).

Notebooks must not depend on one another (they may run concurrently, in any order; with
``--jobs 1`` they run in name order; with more, the longest of the previous run start
first). They run with the notebooks folder as working directory, like in JupyterLab,
and with ``HN4IR_FIGURES_DIR=<run folder>/figures`` in their environment, so figures
saved with :func:`hn4ir_analysis.views.plots.save_figure` stay in the run folder and a run
never rewrites the tracked ``figures/``.
The kernel's own log (stderr) goes to ``logs/`` instead of the terminal or cron mail.
Ctrl-C or SIGTERM kills the kernels at once and publishes nothing (exit 130/143); two
runs into the same ``--out`` are prevented by a lock on ``<out>/.lock``.

The steps live in small modules, all re-exported here: :mod:`hn4ir_analysis.report.plan`
(parameters, notebooks, plan, run id), :mod:`hn4ir_analysis.report.kernel` (kernels, engine,
signals), :mod:`hn4ir_analysis.report.execute` (papermill, timeouts, the HTML pages),
:mod:`hn4ir_analysis.report.summary` (assessment table, ``summary.*``) and
:mod:`hn4ir_analysis.report.publish` (``manifest.json``, lock, ``latest``). The command
line (``hn4ir report``) is :mod:`hn4ir_analysis.report.command`.

Schedule (monthly, from the project folder; output appended to a log)::

    15 3 1 * * cd /srv/hn4ir-analysis && { .venv/bin/hn4ir data && .venv/bin/hn4ir report; } >>/var/log/hn4ir-report.log 2>&1
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from hn4ir_analysis import config, params
from hn4ir_analysis.data.latest import as_of_lines
from hn4ir_analysis.report import cache_upkeep
from hn4ir_analysis.report.execute import execute, execute_all, execute_and_render, render
from hn4ir_analysis.report.kernel import (
    ENGINE,
    FIGURES_ENV,
    KERNEL_NAME,
    Terminated,
    check_kernel,
    kernel_env,
    kill_kernels,
    on_sigterm,
    register_engine,
)
from hn4ir_analysis.report.plan import (
    NOTEBOOK_NAME,
    RUN_PARAMETERS,
    SHARED,
    Execution,
    Notebook,
    ReportError,
    check_parameters,
    check_target_years,
    declared_parameters,
    default_jobs,
    discover,
    folder_name,
    input_checksums,
    make_run_id,
    plan,
    schedule,
)
from hn4ir_analysis.report.publish import (
    VERSIONED,
    RunLock,
    check_latest,
    data_vintage,
    now,
    open_run_dir,
    point_latest,
    previous_times,
    publish,
    run_manifest,
    versions,
)
from hn4ir_analysis.report.summary import (
    SUMMARY_ORDER,
    assessment,
    prepare_run,
    summary_json,
    summary_records,
    write_summary,
)

__all__ = [
    "ENGINE", "FIGURES_ENV", "KERNEL_NAME", "NOTEBOOK_NAME", "RUN_PARAMETERS",
    "SHARED", "SUMMARY_ORDER", "VERSIONED", "Execution", "Notebook", "ReportError",
    "ReportResult", "RunLock", "Terminated", "assessment", "check_kernel", "check_parameters", "check_target_years",
    "check_latest", "data_vintage", "declared_parameters", "default_jobs", "discover", "execute",
    "execute_all", "execute_and_render", "folder_name", "input_checksums", "kernel_env",
    "kill_kernels", "make_run_id", "on_sigterm", "open_run_dir", "plan", "point_latest",
    "prepare_run", "previous_times", "publish", "register_engine", "render", "run_manifest",
    "run_report", "schedule", "summary_json", "summary_records", "versions", "write_summary",
]  # fmt: skip


@dataclass
class ReportResult:
    """What :func:`run_report` did; ``exit_code`` is the command's exit status."""

    run_id: str
    run_dir: Path
    published: bool
    executions: list[Execution]
    failed: list[dict]
    manifest: dict
    summary: object = None  # the assessment DataFrame, or None

    @property
    def exit_code(self) -> int:
        return 0 if not self.failed else 1


def _progress(total: int, enabled: bool):
    """tqdm on a terminal; one line per finished notebook otherwise (cron logs)."""
    from tqdm import tqdm

    if enabled and sys.stderr.isatty():
        bar = tqdm(total=total, file=sys.stderr, unit="notebook", dynamic_ncols=True)
        return lambda run: (bar.set_postfix_str(run.label), bar.update(1)), bar.close
    done = [0]

    def tick(run: Execution) -> None:
        done[0] += 1
        if enabled:
            state = "ok" if run.status == "ok" else f"FAILED: {run.error}"
            print(
                f"[{done[0]}/{total}] {run.label} {run.execute_s:.1f} s {state}",
                file=sys.stderr,
                flush=True,
            )

    return tick, lambda: None


def run_report(
    target_years=params.PLAN_TARGET_YEARS,
    as_of: int | None = None,
    lang: str = "en",
    out: Path | str | None = None,
    jobs: int | None = None,
    timeout: int = 600,
    notebooks: Path | str | None = None,
    progress: bool = True,
    force: bool = False,
) -> ReportResult:
    """Run the notebook collection for ``target_years`` and publish ``<out>/runs/<run_id>``.

    ``as_of=None`` is the latest year of Hanoi's real GRDP growth in the raw data
    (:func:`hn4ir_analysis.data.latest.default_as_of`); the as-of used, and any newer
    values the raw data hold, are printed to stderr (unless ``progress`` is false).

    Raises :class:`hn4ir_analysis.params.ParameterError` (before anything is written or
    started) for bad parameters — a target year without targets among them — :class:`ReportError` if the run cannot start — among
    others when ``<out>/latest`` holds a report for other target years, as-of year or
    language and ``force`` is false (:func:`~hn4ir_analysis.report.publish.check_latest`) —
    :class:`hn4ir_analysis.errors.ManifestError` if the raw data fail their checksums, and
    :class:`OSError` if ``out`` cannot be written (read-only, disk full).
    Notebook failures do not raise: see :attr:`ReportResult.failed`.
    """
    from hn4ir_analysis.report import site as report_site

    if jobs is None:
        jobs = default_jobs()
    years = check_parameters(target_years, as_of, lang, jobs, timeout)
    params.check_out(out or config.REPORTS_DIR, "report")
    as_of, lines = as_of_lines(as_of)
    check_target_years(years, as_of)
    notebooks_dir = Path(notebooks or config.NOTEBOOKS_DIR).resolve()
    found = discover(notebooks_dir)
    check_kernel()
    register_engine()
    runs = plan(found, years, as_of, lang)
    checksums = input_checksums(found)
    base_id = make_run_id(years, as_of, lang, checksums)

    out = Path(out or config.REPORTS_DIR).resolve()
    check_latest(out, years, as_of, lang, force)
    (out / "runs").mkdir(parents=True, exist_ok=True)
    if progress:  # every check passed: say which as-of this run uses
        print("\n".join(lines), file=sys.stderr, flush=True)
    with RunLock(out):
        run_id, tmp = open_run_dir(out, base_id)
        started, t0 = now(), time.perf_counter()
        site = report_site.site_context(
            run_id=run_id, years=years, as_of=as_of, lang=lang, runs=runs
        )
        tick, close = _progress(len(runs), progress)
        order = schedule(runs, previous_times(out), jobs)
        try:
            table, assess_info = execute_all(
                order, tmp, notebooks_dir, timeout, site, jobs, tick,
                side=lambda: prepare_run(years, as_of, lang),
            )  # fmt: skip
        finally:
            close()
        parameters = {"target_years": years, "as_of": as_of, "lang": lang, "jobs": jobs,
                      "timeout": timeout, "notebooks": str(notebooks_dir)}  # fmt: skip
        manifest = run_manifest(
            run_id, parameters, checksums, found, runs, assess_info, started, t0
        )
        final = publish(tmp, out, run_id, manifest, table, site)
    removed, freed = cache_upkeep.prune()  # entries no run has used for a month
    if progress and removed:
        print(f"cache: removed the entries unused for {cache_upkeep.MAX_AGE_DAYS} days: {removed} "
              f"({freed / 1e6:.1f} MB)", file=sys.stderr)  # fmt: skip
    failed = manifest["failed"]
    return ReportResult(run_id, final, not failed, runs, failed, manifest, table)
