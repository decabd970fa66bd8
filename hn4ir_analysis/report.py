"""``hn4ir report``: run the notebook collection for each target year and publish a report site.

What one run does
-----------------
1. Checks the parameters (:func:`hn4ir_analysis.params.validate`) before any kernel
   starts: a bad ``--target-year``/``--as-of``/``--lang``/``--jobs``/``--timeout`` exits
   with status 2 and writes nothing.
2. Reads every ``NN-*.ipynb`` of the notebooks folder (in name order) and the
   assignments of its cell tagged ``parameters`` (parsed with :mod:`ast`). Papermill
   passes a notebook only the run parameters it declares (``target_year``, ``as_of``,
   ``lang``). **A notebook that does not declare ``target_year`` does not depend on it:
   it runs once per run (folder ``shared/``) and every year's page links to it** — with
   the plan's three target years this saves two executions per such notebook, the main
   speed-up over a loop of ``papermill`` calls.
3. Executes the notebooks with papermill, up to ``--jobs`` kernels at a time (threads;
   each drives its own kernel process). Each notebook gets ``--timeout`` seconds in
   total (a hung cell is stopped and its kernel shut down). While they run, the
   assessment table of every target year is computed in this process
   (:func:`hn4ir_analysis.assess.assess`).
4. Writes, into ``<out>/runs/<run_id>.tmp/``::

       index.html             targets × target years, each method's verdict and p_met
       <year>/index.html      that year's assessment rows and its report pages
       <year>/NN-name.ipynb   executed notebook (+ .html page, code hidden)
       shared/NN-name.ipynb   year-independent notebook (+ .html), linked from each year
       summary.json           the assessment table: a JSON array, one object per row
       summary.csv            the same table as CSV
       manifest.json          parameters, checksums, git commit, versions, timings, failures
       logs/                  kernel stderr of failed notebooks (only if something failed)

   ``summary.json`` holds only the table (keys :data:`hn4ir_analysis.assess.COLUMNS`,
   NaN → null, sorted by target_year, target_id, method, series): two runs on the same
   data and parameters give byte-identical files. Timings, dates and failures live in
   ``manifest.json`` (``failed``: one entry per failed notebook execution) and are shown
   at the top of ``index.html``.
5. Renames the folder to ``<out>/runs/<run_id>/`` and, only if every notebook and the
   assessment succeeded, points ``<out>/latest`` at it: a relative symlink replaced
   atomically (a temporary symlink moved over the old one with :func:`os.replace`). On a
   filesystem without symlinks ``latest`` is a copy of the run folder instead, replaced
   by two renames (not atomic: for an instant ``latest`` is missing). If something failed
   the previous ``latest`` stays, the failed notebook is kept with papermill's error
   cell, the other notebooks and years are still produced, and the exit status is 1.

``run_id`` is ``asof<as_of>-<lang>-y<years>-<hash>`` where the hash covers the
parameters and the sha256 of the raw data, the processed tables, the notebooks and the
package's source: the same inputs give the same id (no clock in it). Re-running the same
inputs never overwrites a published run; it gets a sequence suffix (``-2``, ``-3`` …).

HTML pages are standalone and offline (see :mod:`hn4ir_analysis.report_site`).

Notebooks must not depend on one another (they may run concurrently, in any order; with
``--jobs 1`` they run in name order; with more, the longest of the previous run start
first). They run with the notebooks folder as working directory, like in JupyterLab.
The kernel's own log (stderr) goes to ``logs/`` instead of the terminal or cron mail.
Ctrl-C or SIGTERM kills the kernels at once and publishes nothing (exit 130/143); two
runs into the same ``--out`` are prevented by a lock on ``<out>/.lock``.

Schedule (monthly, from the project folder; output appended to a log)::

    15 3 1 * * cd /srv/hn4ir-analysis && { .venv/bin/hn4ir data && .venv/bin/hn4ir report; } >>/var/log/hn4ir-report.log 2>&1
"""

from __future__ import annotations

import argparse
import ast
import fcntl
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from . import config, params

#: run parameters the runner passes (to the notebooks that declare them)
RUN_PARAMETERS = ("target_year", "as_of", "lang")
KERNEL_NAME = "hn4ir"
SHARED = "shared"
NOTEBOOK_NAME = re.compile(r"^\d\d-.+\.ipynb$")
#: distributions whose versions go into manifest.json
VERSIONED = ("numpy", "pandas", "statsmodels", "matplotlib", "papermill", "nbconvert")
#: sort order of summary.json / summary.csv rows
SUMMARY_ORDER = ["target_year", "target_id", "method", "series"]
#: float columns holding whole numbers (NaN makes pandas store them as float): ints in JSON
INTEGER_COLUMNS = {"target_year", "as_of", "base_year", "latest_year", "n_obs"}


class ReportError(RuntimeError):
    """The run cannot start (no notebooks, unreadable notebook, kernel missing, lock held)."""


@dataclass(frozen=True)
class Notebook:
    """One notebook of the collection and the parameters its ``parameters`` cell declares."""

    path: Path
    declared: dict = field(hash=False)

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def shared(self) -> bool:
        """True if the notebook does not depend on the target year (runs once per run)."""
        return "target_year" not in self.declared


@dataclass
class Execution:
    """One papermill run: a notebook for one target year (or once, shared)."""

    notebook: Notebook
    target_year: int | None
    parameters: dict
    status: str = "pending"  # pending | ok | failed
    error: str | None = None
    execute_s: float | None = None
    html_s: float | None = None
    nb: object = field(default=None, repr=False)  # the executed notebook, until its page is written

    @property
    def folder(self) -> str:
        return SHARED if self.target_year is None else str(self.target_year)

    @property
    def ipynb(self) -> str:
        return f"{self.folder}/{self.notebook.name}.ipynb"

    @property
    def html(self) -> str:
        return f"{self.folder}/{self.notebook.name}.html"

    @property
    def label(self) -> str:
        return f"{self.folder}/{self.notebook.name}"

    def record(self) -> dict:
        return {
            "notebook": self.notebook.name,
            "target_year": self.target_year,
            "parameters": self.parameters,
            "status": self.status,
            "error": self.error,
            "execute_s": self.execute_s,
            "html_s": self.html_s,
            "ipynb": self.ipynb,
            "html": self.html,
        }


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


# --------------------------------------------------------------------------- planning


def declared_parameters(nb) -> dict:
    """``{name: default}`` of the assignments in the notebook's cell tagged ``parameters``.

    Defaults that are not literals are ``None``. A notebook without such a cell declares
    nothing (it runs once, shared). IPython magics (``%…``, ``!…``) are ignored.
    """
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            source = "\n".join(
                line
                for line in cell.source.splitlines()
                if not line.lstrip().startswith(("%", "!"))
            )
            tree = ast.parse(source)
            found: dict = {}
            for node in tree.body:
                targets = (
                    node.targets
                    if isinstance(node, ast.Assign)
                    else [getattr(node, "target", None)]
                )
                value = getattr(node, "value", None)
                for target in targets:
                    if isinstance(target, ast.Name):
                        try:
                            found[target.id] = (
                                ast.literal_eval(value) if value is not None else None
                            )
                        except ValueError:
                            found[target.id] = None
            return found
    return {}


def discover(folder: Path) -> list[Notebook]:
    """The ``NN-*.ipynb`` notebooks of ``folder`` in name order, with their parameters."""
    import nbformat

    folder = Path(folder)
    if not folder.is_dir():
        raise params.ParameterError(f"notebooks folder {folder} does not exist")
    paths = sorted(p for p in folder.iterdir() if p.is_file() and NOTEBOOK_NAME.match(p.name))
    if not paths:
        raise params.ParameterError(f"no notebooks named NN-*.ipynb in {folder}")
    found = []
    for path in paths:
        try:
            nb = nbformat.read(path, as_version=4)
            found.append(Notebook(path, declared_parameters(nb)))
        except (SyntaxError, ValueError, OSError) as exc:  # nbformat errors are ValueErrors
            raise ReportError(
                f"{path}: cannot read notebook or its parameters cell ({exc})"
            ) from exc
    return found


def plan(notebooks: list[Notebook], years: list[int], as_of: int, lang: str) -> list[Execution]:
    """The executions of one run: shared notebooks once, the others once per target year."""
    runs = []
    for nb in notebooks:
        for year in [None] if nb.shared else years:
            values = {"target_year": year, "as_of": as_of, "lang": lang}
            passed = {
                k: values[k] for k in RUN_PARAMETERS if k in nb.declared and values[k] is not None
            }
            runs.append(Execution(nb, year, passed))
    return runs


def _schedule(runs: list[Execution], previous: dict, jobs: int) -> list[Execution]:
    """Order of submission: name order, or longest first (previous run's times) if parallel."""
    if jobs == 1 or not previous:
        return list(runs)
    return sorted(runs, key=lambda r: -previous.get(r.label, 0.0))


# --------------------------------------------------------------------------- inputs


def _sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def input_checksums(notebooks: list[Notebook]) -> dict:
    """sha256 of the raw data (verified against its manifest), processed tables, notebooks, code."""
    from . import manifest

    processed = {
        p.name: manifest.sha256(p)
        for p in sorted(Path(config.PROCESSED_DIR).glob("*.csv"))
        if p.is_file()
    }
    code = hashlib.sha256()
    for p in sorted(config.PACKAGE_DIR.rglob("*")):
        if p.is_file() and p.suffix in {".py", ".csv", ".j2"} and "__pycache__" not in p.parts:
            code.update(
                p.relative_to(config.PACKAGE_DIR).as_posix().encode() + b"\0" + p.read_bytes()
            )
    return {
        "raw": manifest.verify(),
        "processed": processed,
        "notebooks": {nb.path.name: manifest.sha256(nb.path) for nb in notebooks},
        "package": code.hexdigest(),
    }


def make_run_id(years: list[int], as_of: int, lang: str, checksums: dict) -> str:
    """``asof2025-en-y2025_2030_2045-<10 hex>``: a function of the parameters and inputs only."""
    key = json.dumps(
        {"years": years, "as_of": as_of, "lang": lang, "inputs": checksums}, sort_keys=True
    )
    return f"asof{as_of}-{lang}-y{'_'.join(map(str, years))}-{_sha256_bytes(key.encode())[:10]}"


def data_vintage() -> dict:
    """Latest publication and retrieval dates recorded in ``data/raw/manifest.csv``."""
    from . import manifest

    rows = manifest.read_manifest(config.RAW_DIR)
    published = [r["published"] for r in rows if r.get("published")]
    retrieved = [r["retrieved"] for r in rows if r.get("retrieved")]
    return {
        "published_max": max(published, default=None),
        "retrieved_max": max(retrieved, default=None),
    }


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(config.PROJECT_ROOT), *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip()


def versions() -> dict:
    import platform
    from importlib import metadata

    from . import __version__

    found = {"python": platform.python_version()}
    for dist in VERSIONED:
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = None
    found["hn4ir_analysis"] = __version__
    return found


# --------------------------------------------------------------------------- execution


def _kernel_manager_class():
    """An AsyncKernelManager that sends the kernel's own stderr to a log file.

    The kernel's log lines (``[IPKernelApp] …``, crash tracebacks) would otherwise land in
    the cron mail of every run; they are kept for failed notebooks only.
    """
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import Unicode

    class LoggedKernelManager(AsyncKernelManager):
        stderr_path = Unicode("", config=True)

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            if not self.stderr_path:
                return await super()._async_launch_kernel(kernel_cmd, **kw)
            with open(self.stderr_path, "ab") as log:  # the child keeps its own copy of the fd
                kw.setdefault("stderr", log)
                return await super()._async_launch_kernel(kernel_cmd, **kw)

    return LoggedKernelManager


_KM_CLASS = None
ENGINE = "hn4ir-runner"


def _register_engine() -> None:
    """Papermill engine that writes the output notebook once, at the end, also when a cell
    times out or the kernel dies.

    Papermill's default writes the whole notebook before and after every cell (about 1 s
    of JSON encoding per notebook of 35 cells with figures, on the CPUs the kernels need);
    with ``request_save_on_cell_execute=False`` it writes only at the end, but then loses
    a notebook that stopped on a timeout: this engine writes that one itself.
    """
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.exceptions import PapermillException
    from papermill.iorw import write_ipynb

    try:
        papermill_engines.get_engine(ENGINE)
        return  # already registered
    except PapermillException:
        pass

    class RunnerEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, partial_output=None, **kwargs):
            try:
                return super().execute_managed_notebook(nb_man, kernel_name, **kwargs)
            except BaseException:
                if partial_output:
                    write_ipynb(nb_man.nb, partial_output)
                raise

    papermill_engines.register(ENGINE, RunnerEngine)


def _kill_kernels() -> None:
    """Kill the kernels this process started (on Ctrl-C: do not wait for their timeouts)."""
    import psutil

    for child in psutil.Process().children(recursive=True):
        try:
            if "ipykernel_launcher" in " ".join(child.cmdline()):
                child.kill()
        except psutil.Error:
            pass


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


def execute_and_render(
    run: Execution, run_dir: Path, notebooks_dir: Path, timeout: int, site: dict
) -> Execution:
    """Execute one notebook, then write its HTML page (the unit of work of a worker thread)."""
    execute(run, run_dir, notebooks_dir, timeout)
    render(run, run_dir, notebooks_dir, site)
    return run


def execute(run: Execution, run_dir: Path, notebooks_dir: Path, timeout: int) -> Execution:
    """Run one notebook with papermill into ``run_dir``; never raises for a notebook error."""
    global _KM_CLASS
    import papermill
    import zmq
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError
    from traitlets.config import Config

    if _KM_CLASS is None:
        _KM_CLASS = _kernel_manager_class()
    _register_engine()
    out = run_dir / run.ipynb
    out.parent.mkdir(parents=True, exist_ok=True)
    log = run_dir / "logs" / f"{run.folder}-{run.notebook.name}.log"
    log.parent.mkdir(exist_ok=True)
    cfg = Config()
    # CurveZMQ between runner and kernel (also silences ipykernel's plain-TCP warning)
    cfg.KernelManager.transport_encryption = "auto" if zmq.has("curve") else "disabled"
    cfg.LoggedKernelManager.stderr_path = str(log)
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
            timeout_func=lambda cell: max(1, math.ceil(deadline - time.monotonic())),
            kernel_manager_class=_KM_CLASS,
            config=cfg,
        )
        run.status = "ok"
    except PapermillExecutionError as exc:
        run.status, run.error = "failed", f"{exc.ename}: {exc.evalue} (cell In [{exc.exec_count}])"
    except CellTimeoutError:
        run.status, run.error = "failed", f"timed out after {timeout} s (--timeout)"
        _mark_error(out, run.error)
    except DeadKernelError as exc:
        run.status, run.error = "failed", f"kernel died: {exc}"
        _mark_error(out, run.error)
    except Exception as exc:  # noqa: BLE001 - a notebook's failure must not stop the run
        run.status, run.error = "failed", f"{type(exc).__name__}: {exc}".strip()
        _mark_error(out, run.error)
    run.execute_s = round(time.perf_counter() - start, 3)
    if run.status == "ok":
        log.unlink(missing_ok=True)
    return run


def render(run: Execution, run_dir: Path, notebooks_dir: Path, site: dict) -> None:
    """Write the notebook's HTML page (also for a failed one: it shows the traceback)."""
    from . import report_site

    start = time.perf_counter()
    try:
        report_site.notebook_page(
            run_dir / run.ipynb, run_dir / run.html, run, notebooks_dir, site, nb=run.nb
        )
    except Exception as exc:  # noqa: BLE001
        if run.status == "ok":
            run.status, run.error = "failed", f"HTML conversion failed: {type(exc).__name__}: {exc}"
    run.nb = None
    run.html_s = round(time.perf_counter() - start, 3)


# --------------------------------------------------------------------------- assessment


def assessment(years: list[int], as_of: int):
    """``(table, info)``: the assessment of every target year, or ``(None, info)``.

    ``info["status"]`` is ``ok``, ``unavailable`` (no :mod:`hn4ir_analysis.assess` module
    in this version of the package) or ``failed`` (it raised; the run then fails).
    """
    import importlib

    start = time.perf_counter()
    try:
        assess = importlib.import_module("hn4ir_analysis.assess")
    except ModuleNotFoundError as exc:
        if exc.name != "hn4ir_analysis.assess":
            return None, {"status": "failed", "error": f"ModuleNotFoundError: {exc}"}
        return None, {
            "status": "unavailable",
            "error": "hn4ir_analysis.assess is not in this version",
        }
    try:
        import pandas as pd

        table = pd.concat(
            [assess.assess(target_year=y, as_of=as_of) for y in years], ignore_index=True
        )
        table = table.reindex(columns=assess.COLUMNS)
        table = table.sort_values(SUMMARY_ORDER, kind="mergesort").reset_index(drop=True)
    except Exception as exc:  # noqa: BLE001
        return None, {"status": "failed", "error": f"{type(exc).__name__}: {exc}"}
    return table, {
        "status": "ok",
        "rows": len(table),
        "seconds": round(time.perf_counter() - start, 3),
    }


def _json_value(value):
    import numpy as np
    import pandas as pd

    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_json_value(v) for v in value]
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(f"{float(value):.10g}")  # same rounding as `hn4ir assess --format json`
        return 0.0 if value == 0 else value  # no -0.0
    if isinstance(value, (pd.Timestamp, datetime)):
        return value.isoformat()
    return str(value)


def summary_records(table) -> list[dict]:
    """Rows of the assessment table as JSON-ready dicts (NaN → None), in summary order."""
    rows = []
    for row in table.to_dict(orient="records"):
        clean = {k: _json_value(v) for k, v in row.items()}
        for k in INTEGER_COLUMNS.intersection(clean):
            if isinstance(clean[k], float) and clean[k].is_integer():
                clean[k] = int(clean[k])
        rows.append(clean)
    return rows


def summary_json(table) -> str:
    """summary.json text: one row object per line, sorted keys, no timings: reproducible."""
    rows = summary_records(table) if table is not None else []
    dump = [
        json.dumps(r, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        for r in rows
    ]
    return "[\n" + ",\n".join(dump) + "\n]\n" if dump else "[]\n"


def write_summary(table, run_dir: Path) -> None:
    (run_dir / "summary.json").write_text(summary_json(table), encoding="utf-8")
    csv = (
        ""
        if table is None
        else table.to_csv(index=False, lineterminator="\n", float_format="%.10g")
    )
    (run_dir / "summary.csv").write_text(csv, encoding="utf-8")


# --------------------------------------------------------------------------- publishing


def point_latest(out: Path, run_dir: Path) -> str:
    """Make ``<out>/latest`` refer to ``run_dir``; returns ``"symlink"`` or ``"copy"``."""
    latest = out / "latest"
    tmp = out / f".latest-{os.getpid()}"
    target = os.path.relpath(run_dir, out)
    try:
        os.symlink(target, tmp, target_is_directory=True)
    except (OSError, NotImplementedError):
        shutil.copytree(run_dir, tmp, symlinks=False)  # filesystem without symlinks
        kind = "copy"
    else:
        kind = "symlink"
    copy_involved = kind == "copy" or (latest.is_dir() and not latest.is_symlink())
    if not copy_involved:
        os.replace(tmp, latest)  # atomic: readers see the old or the new run, never neither
        return kind
    # a directory cannot be renamed over a symlink or a non-empty directory: two renames
    old = out / f".latest-old-{os.getpid()}"
    if latest.is_symlink() or latest.exists():
        os.replace(latest, old)
    os.replace(tmp, latest)
    if old.is_symlink():
        old.unlink()
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)
    return kind


def _free_run_dir(runs: Path, run_id: str) -> str:
    n, candidate = 1, run_id
    while (runs / candidate).exists():
        n += 1
        candidate = f"{run_id}-{n}"
    return candidate


class _Lock:
    """An exclusive lock on ``<out>/.lock`` so that two runs never write the same folder."""

    def __init__(self, out: Path):
        self.path = out / ".lock"

    def __enter__(self):
        self.file = open(self.path, "w")  # noqa: SIM115
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self.file.close()
            raise ReportError(f"another `hn4ir report` is writing to {self.path.parent}") from exc
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.file, fcntl.LOCK_UN)
        self.file.close()


def _previous_times(out: Path) -> dict:
    try:
        previous = json.loads((out / "latest" / "manifest.json").read_text(encoding="utf-8"))
        return {f"{SHARED if e['target_year'] is None else e['target_year']}/{e['notebook']}": e["execute_s"]
                for e in previous["executions"]}  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --------------------------------------------------------------------------- the run


def check_parameters(target_years, as_of: int, lang: str, jobs: int, timeout: int) -> list[int]:
    """Validate everything the user passed; returns the sorted, distinct target years."""
    years = sorted(set(target_years))
    if not years:
        raise params.ParameterError("give at least one --target-year")
    for year in years:
        params.validate(target_year=year)
    params.validate(as_of=as_of, lang=lang)
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise params.ParameterError(f"--jobs must be a positive integer, got {jobs!r}")
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise params.ParameterError(
            f"--timeout must be a positive number of seconds, got {timeout!r}"
        )
    return years


def _check_kernel() -> None:
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except NoSuchKernel as exc:
        raise ReportError(
            f'Jupyter kernel "{KERNEL_NAME}" is not installed; run `make setup` or '
            f"`.venv/bin/python -m ipykernel install --sys-prefix --name {KERNEL_NAME}`"
        ) from exc


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
    as_of: int = params.DEFAULT_AS_OF,
    lang: str = "en",
    out: Path | str | None = None,
    jobs: int | None = None,
    timeout: int = 600,
    notebooks: Path | str | None = None,
    progress: bool = True,
) -> ReportResult:
    """Run the notebook collection for ``target_years`` and publish ``<out>/runs/<run_id>``.

    Raises :class:`hn4ir_analysis.params.ParameterError` (before anything is written or
    started) for bad parameters, :class:`ReportError` if the run cannot start, and
    :class:`hn4ir_analysis.errors.ManifestError` if the raw data fail their checksums.
    Notebook failures do not raise: see :attr:`ReportResult.failed`.
    """
    from . import report_site

    if jobs is None:
        jobs = os.cpu_count() or 1
    years = check_parameters(target_years, as_of, lang, jobs, timeout)
    notebooks_dir = Path(notebooks or config.NOTEBOOKS_DIR).resolve()
    found = discover(notebooks_dir)
    _check_kernel()
    _register_engine()
    runs = plan(found, years, as_of, lang)
    checksums = input_checksums(found)
    base_id = make_run_id(years, as_of, lang, checksums)

    out = Path(out or config.REPORTS_DIR).resolve()
    (out / "runs").mkdir(parents=True, exist_ok=True)
    with _Lock(out):
        for stale in (out / "runs").glob("*.tmp"):  # left by a killed run
            shutil.rmtree(stale, ignore_errors=True)
        for stale in out.glob(".latest-*"):
            if stale.is_symlink():
                stale.unlink()
            else:
                shutil.rmtree(stale, ignore_errors=True)
        run_id = _free_run_dir(out / "runs", base_id)
        tmp = out / "runs" / f"{run_id}.tmp"
        tmp.mkdir()
        started, t0 = _now(), time.perf_counter()
        site = report_site.site_context(
            run_id=run_id, years=years, as_of=as_of, lang=lang, runs=runs
        )
        tick, close = _progress(len(runs), progress)
        order = _schedule(runs, _previous_times(out), jobs)
        pool = ThreadPoolExecutor(max_workers=min(jobs, len(runs)), thread_name_prefix="hn4ir-nb")
        side = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hn4ir-assess")
        try:
            futures = [
                pool.submit(execute_and_render, r, tmp, notebooks_dir, timeout, site) for r in order
            ]
            assessed = side.submit(assessment, years, as_of)  # meanwhile, in this process
            for future in as_completed(futures):
                tick(future.result())
            table, assess_info = assessed.result()
        except BaseException:  # Ctrl-C: start no further notebook; runs/*.tmp is removed next time
            pool.shutdown(wait=False, cancel_futures=True)
            _kill_kernels()  # the worker threads then see dead kernels and return
            raise
        finally:
            close()
            side.shutdown(wait=False)
        pool.shutdown()
        logs = tmp / "logs"
        if logs.is_dir() and not any(logs.iterdir()):
            logs.rmdir()

        failed = [r.record() for r in runs if r.status != "ok"]
        if assess_info["status"] == "failed":
            failed.append(
                {"notebook": "assessment", "target_year": None, "error": assess_info["error"]}
            )
        manifest = {
            "run_id": run_id,
            "status": "failed" if failed else "ok",
            "published": not failed,
            "parameters": {
                "target_years": years,
                "as_of": as_of,
                "lang": lang,
                "jobs": jobs,
                "timeout": timeout,
                "notebooks": str(notebooks_dir),
            },  # fmt: skip
            "data_checksums": checksums["raw"],
            "processed_checksums": checksums["processed"],
            "notebook_checksums": checksums["notebooks"],
            "package_checksum": checksums["package"],
            "data_vintage": data_vintage(),
            "git_commit": _git("rev-parse", "HEAD") or None,
            "versions": versions(),
            "notebooks": [
                {"name": nb.name, "declares": sorted(nb.declared), "shared": nb.shared}
                for nb in found
            ],
            "executions": [r.record() for r in runs],
            "assessment": assess_info,
            "failed": failed,
            "started": started,
            "finished": _now(),
            "wall_s": round(time.perf_counter() - t0, 3),
        }
        write_summary(table, tmp)
        report_site.build_site(tmp, manifest, table, site)
        (tmp / "manifest.json").write_text(
            json.dumps(manifest, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        final = out / "runs" / run_id
        os.replace(tmp, final)
        if not failed:
            manifest["latest"] = point_latest(out, final)
    return ReportResult(run_id, final, not failed, runs, failed, manifest, table)


# --------------------------------------------------------------------------- CLI


class _Terminated(KeyboardInterrupt):
    """SIGTERM (a scheduler's kill), handled like Ctrl-C: kernels are killed, nothing published."""


def _on_sigterm(signum, frame):
    raise _Terminated()


def cmd_report(args: argparse.Namespace) -> int:
    import signal

    out = Path(args.out or config.REPORTS_DIR)
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        result = run_report(
            target_years=args.target_year or params.PLAN_TARGET_YEARS,
            as_of=args.as_of,
            lang=args.lang,
            out=out,
            jobs=args.jobs,
            timeout=args.timeout,
            notebooks=args.notebooks,
        )
    except params.ParameterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        print("terminated: nothing published", file=sys.stderr)
        return 143 if isinstance(exc, _Terminated) else 130
    finally:
        signal.signal(signal.SIGTERM, previous)
    from .report_site import terminal_summary

    print("\n".join(terminal_summary(result, out.resolve())))
    return result.exit_code


def register_cli(sub) -> None:
    """``hn4ir report [--target-year Y ...] [--as-of Y] [--lang en|vi] [--out DIR] ...``."""
    p = sub.add_parser(
        "report",
        help="run every notebook for each target year and publish reports/latest/",
        description="Run notebooks/NN-*.ipynb for each target year (year-independent notebooks once) "
        "and publish an offline HTML report under <out>/runs/<run_id>/, <out>/latest.",
    )
    p.add_argument("--target-year", type=int, action="append", default=None,
                   help="repeatable (default: 2025 2030 2045)")  # fmt: skip
    p.add_argument(
        "--as-of",
        type=int,
        default=params.DEFAULT_AS_OF,
        help="last year of data used (default 2025)",
    )
    p.add_argument("--lang", default="en", help="en or vi (default en)")
    p.add_argument("--out", default=None, help="report folder (default reports/)")
    p.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="parallel kernels (default: CPU count)",
    )
    p.add_argument("--timeout", type=int, default=600, help="seconds per notebook (default 600)")
    p.add_argument("--notebooks", default=None, help="notebooks folder (default notebooks/)")
    p.set_defaults(func=cmd_report)
