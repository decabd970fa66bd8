"""Executing the planned notebooks: papermill in parallel kernels, timeouts, the HTML pages.

:func:`execute_all` first computes the assessment (which fills the disk cache the
notebooks read), then runs every :class:`~hn4ir_analysis.report.plan.Execution` on up to
``jobs`` threads, each driving its own kernel process; :func:`execute_and_render` is one
thread's unit of work: :func:`execute` (papermill) then :func:`render` (the HTML page,
:mod:`hn4ir_analysis.report.site`).

Notes
-----
Method:

* papermill runs with the engine of :mod:`hn4ir_analysis.report.kernel`
  (:data:`~hn4ir_analysis.report.kernel.ENGINE`), which writes the output notebook once,
  at the end, also when a cell times out or the kernel dies;
* each notebook has ``timeout`` seconds in total: every cell gets what is left of it, a
  hung cell is stopped and its kernel shut down;
* the kernel's working directory is the notebooks folder (set per kernel, not with
  ``os.chdir``, which would move every thread); its stderr goes to
  ``<run>/logs/<folder>-<name>.log``, kept only if the notebook failed;
* the kernel's environment is the runner's plus ``HN4IR_FIGURES_DIR=<run>/figures``, set
  per kernel manager (thread-safe), so that :func:`hn4ir_analysis.views.plots.save_figure`
  writes inside the run folder and never into the tracked ``figures/``;
* Ctrl-C or SIGTERM (:class:`~hn4ir_analysis.report.kernel.Terminated`) cancels what
  has not started and kills the kernels at once.

How to read: after :func:`execute`, ``run.status`` is ``ok`` or ``failed`` and
``run.error`` one line (``ZeroDivisionError: … (cell In [7])``, ``timed out after 600 s
(--timeout)``, ``kernel died: …``); a notebook's failure never raises.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from hn4ir_analysis.report.kernel import (
    ENGINE,
    KERNEL_NAME,
    _kernel_manager_class,
    kernel_env,
    kill_kernels,
    register_engine,
)
from hn4ir_analysis.report.plan import Execution

_KM_CLASS = None


def _mark_error(path: Path, message: str) -> None:
    """Add an error output to the cell that was running (timeout, dead kernel) and a banner."""
    import nbformat

    if not path.exists():
        return
    nb = nbformat.read(path, as_version=4)
    running = [
        c for c in nb.cells if c.get("metadata", {}).get("papermill", {}).get("status") == "running"
    ]
    code = [c for c in nb.cells if c.cell_type == "code"]
    cell = (running or code or [None])[-1]
    if cell is not None:
        cell.setdefault("outputs", []).append(
            nbformat.v4.new_output(
                "error", ename="ReportRunnerError", evalue=message, traceback=[message]
            )
        )
    banner = nbformat.v4.new_markdown_cell(
        f'<span style="color:#b00020;font-weight:bold">This notebook did not finish: {message}</span>'
    )
    banner.metadata["tags"] = ["papermill-error-cell-tag"]
    nb.cells.insert(0, banner)
    nb.metadata.setdefault("papermill", {})["exception"] = True
    nbformat.write(nb, path)


def _failure(exc: Exception, timeout: int) -> str:
    """One line for a notebook that did not finish (not a cell's own error)."""
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    if isinstance(exc, CellTimeoutError):
        return f"timed out after {timeout} s (--timeout)"
    if isinstance(exc, DeadKernelError):
        return f"kernel died: {exc}"
    return f"{type(exc).__name__}: {exc}".strip()


def cell_timeout(deadline: float, timeout: float, cell=None) -> float:
    """Seconds left for the next cell of a notebook whose budget ends at ``deadline``.

    When nothing is left the cell is not started: :class:`nbclient.exceptions.CellTimeoutError`
    is raised at once (why: a floor of 1 s per cell let a notebook of many short cells run
    far past a short ``--timeout``). The seconds left are a float, not rounded up.
    """
    left = deadline - time.monotonic()
    if left <= 0:
        from nbclient.exceptions import CellTimeoutError

        raise CellTimeoutError.error_from_timeout_and_cell(
            "Notebook budget (--timeout) used up before this cell", timeout, cell
        )
    return left


def execute(run: Execution, run_dir: Path, notebooks_dir: Path, timeout: int) -> Execution:
    """Run one notebook with papermill into ``run_dir``; never raises for a notebook error."""
    global _KM_CLASS
    import papermill
    import zmq
    from papermill.exceptions import PapermillExecutionError
    from traitlets.config import Config

    if _KM_CLASS is None:
        _KM_CLASS = _kernel_manager_class()
    register_engine()
    out = run_dir / run.ipynb
    out.parent.mkdir(parents=True, exist_ok=True)
    log = run_dir / "logs" / f"{run.folder}-{run.notebook.name}.log"
    log.parent.mkdir(exist_ok=True)
    cfg = Config()
    # CurveZMQ between runner and kernel (also silences ipykernel's plain-TCP warning)
    cfg.KernelManager.transport_encryption = "auto" if zmq.has("curve") else "disabled"
    cfg.LoggedKernelManager.stderr_path = str(log)
    cfg.LoggedKernelManager.extra_env = kernel_env(run_dir)
    deadline = time.monotonic() + timeout
    start = time.perf_counter()
    try:
        run.nb = papermill.execute_notebook(
            str(run.notebook.path),
            str(out),
            parameters=run.parameters,
            engine_name=ENGINE,
            request_save_on_cell_execute=False,
            partial_output=str(out),
            kernel_name=KERNEL_NAME,
            progress_bar=False,
            execution_timeout=timeout,
            # The kernel's working directory. Not papermill's cwd=, which os.chdir()s the
            # whole process and is therefore unsafe with several notebooks in threads.
            resources={"metadata": {"path": str(notebooks_dir)}},
            # the whole notebook shares one budget: each cell gets what is left of it
            timeout_func=lambda cell: cell_timeout(deadline, timeout, cell),
            kernel_manager_class=_KM_CLASS,
            config=cfg,
        )
        run.status = "ok"
    except PapermillExecutionError as exc:
        run.status, run.error = "failed", f"{exc.ename}: {exc.evalue} (cell In [{exc.exec_count}])"
    except Exception as exc:  # noqa: BLE001 - a notebook's failure must not stop the run
        run.status, run.error = "failed", _failure(exc, timeout)
        _mark_error(out, run.error)
    run.execute_s = round(time.perf_counter() - start, 3)
    if run.status == "ok":
        log.unlink(missing_ok=True)
    return run


def stable_cell_ids(nb) -> None:
    """Give every cell of an executed notebook an id that does not change between runs.

    Notes
    -----
    papermill inserts the cell of injected parameters with a random id (nbformat's
    ``new_code_cell``), and nbconvert writes each cell's id into the page
    (``id="cell-id=…"``), so two runs on the same inputs gave different HTML pages. The
    injected cell gets the id ``injected-parameters``; any other cell without an id, or
    with one already used, gets ``cell-<index>``; the stored notebooks' own ids stay.
    """
    seen: set[str] = set()
    for i, cell in enumerate(nb.cells):
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["id"] = "injected-parameters"
        elif not cell.get("id") or cell["id"] in seen:
            cell["id"] = f"cell-{i}"
        seen.add(cell["id"])


def render(run: Execution, run_dir: Path, notebooks_dir: Path, site: dict) -> None:
    """Write the notebook's HTML page (also for a failed one: it shows the traceback).

    Cell ids are made stable first (:func:`stable_cell_ids`): two runs on the same
    inputs give byte-identical pages.
    """
    import nbformat

    from hn4ir_analysis.report import site as report_site

    start = time.perf_counter()
    try:
        nb = run.nb
        if nb is None and (run_dir / run.ipynb).exists():
            nb = nbformat.read(run_dir / run.ipynb, as_version=4)
        if nb is not None:
            stable_cell_ids(nb)
        report_site.notebook_page(
            run_dir / run.ipynb, run_dir / run.html, run, notebooks_dir, site, nb=nb
        )
    except Exception as exc:  # noqa: BLE001
        if run.status == "ok":
            run.status, run.error = "failed", f"HTML conversion failed: {type(exc).__name__}: {exc}"
    run.nb = None
    run.html_s = round(time.perf_counter() - start, 3)


def execute_and_render(
    run: Execution, run_dir: Path, notebooks_dir: Path, timeout: int, site: dict
) -> Execution:
    """Execute one notebook, then write its HTML page (the unit of work of a worker thread)."""
    execute(run, run_dir, notebooks_dir, timeout)
    render(run, run_dir, notebooks_dir, site)
    return run


def execute_all(
    order: list[Execution],
    run_dir: Path,
    notebooks_dir: Path,
    timeout: int,
    site: dict,
    jobs: int,
    tick: Callable,
    side: Callable,
):
    """Run ``side()`` (the assessment), then execute and render ``order`` on ``jobs`` threads.

    The assessment goes first because it fills the disk cache (:mod:`hn4ir_analysis.cache`)
    with the as-of data, the assessment tables and the model fits that the notebooks then
    read instead of recomputing them in every kernel. ``tick(run)`` is called as each
    notebook finishes; returns what ``side()`` returned. An exception (Ctrl-C, SIGTERM)
    starts no further notebook and kills the kernels; the half-written run folder is
    removed by the next run.
    """
    result = side()
    pool = ThreadPoolExecutor(max_workers=min(jobs, len(order)), thread_name_prefix="hn4ir-nb")
    try:
        futures = [
            pool.submit(execute_and_render, r, run_dir, notebooks_dir, timeout, site) for r in order
        ]
        for future in as_completed(futures):
            tick(future.result())
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        kill_kernels()  # the worker threads then see dead kernels and return
        raise
    pool.shutdown()
    logs = run_dir / "logs"
    if logs.is_dir() and not any(logs.iterdir()):
        logs.rmdir()
    return result
