"""What a report run will do, decided before any kernel starts.

:func:`check_parameters` validates the user's parameters, :func:`discover` reads the
notebooks and the parameters each declares, :func:`plan` turns both into a list of
:class:`Execution` (one papermill run each) and :func:`make_run_id` names the run.

Notes
-----
Method: a notebook's declared parameters are the assignments of its cell tagged
``parameters``, parsed with :mod:`ast` (nothing is executed). Papermill passes a notebook
only the run parameters it declares; a notebook that does not declare ``target_year``
does not depend on it and runs once per run, in the folder ``shared/``. The run id is a
hash of the parameters and the sha256 of every input (raw data, processed tables,
notebooks, the package's source), so the same inputs give the same id.

How to read: ``plan(...)`` lists shared notebooks once (``target_year`` ``None``) and
the others once per target year, in notebook-name order; ``Execution.label`` (``2030/05-
target-scorecard``, ``shared/01-data-sources``) names a run in progress lines, logs and
the previous run's timings.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from hn4ir_analysis import config, params

#: run parameters the runner passes (to the notebooks that declare them)
RUN_PARAMETERS = ("target_year", "as_of", "lang")
SHARED = "shared"
NOTEBOOK_NAME = re.compile(r"^\d\d-.+\.ipynb$")


class ReportError(RuntimeError):
    """The run cannot start (no notebooks, unreadable notebook, kernel missing, lock held)."""


def default_jobs() -> int:
    """Parallel kernels when ``--jobs`` is not given: the CPU count."""
    return os.cpu_count() or 1


def folder_name(target_year: int | None) -> str:
    """The run folder of a target year's outputs: ``"2030"``, or ``"shared"`` for ``None``."""
    return SHARED if target_year is None else str(target_year)


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
        return folder_name(self.target_year)

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


def check_parameters(target_years, as_of: int, lang: str, jobs: int, timeout: int) -> list[int]:
    """Validate everything the user passed; returns the sorted, distinct target years.

    Raises :class:`hn4ir_analysis.params.ParameterError` with one sentence for the first
    bad value (years and languages through :func:`hn4ir_analysis.params.validate`).
    """
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


def check_target_years(years: list[int], as_of: int) -> None:
    """Raise :class:`hn4ir_analysis.params.ParameterError` for a year without targets.

    Checked against the target catalogue of the data as of ``as_of`` before any kernel
    starts, so ``hn4ir report --target-year 2024`` exits 2 with one sentence and leaves no
    run folder (it used to run six notebooks and fail with exit 1).
    """
    from hn4ir_analysis.data.asof import prepare

    data = prepare(as_of)
    for year in years:
        data.check_target_year(year)


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


def schedule(runs: list[Execution], previous: dict, jobs: int) -> list[Execution]:
    """Order of submission: name order, or longest first (previous run's times) if parallel."""
    if jobs == 1 or not previous:
        return list(runs)
    return sorted(runs, key=lambda r: -previous.get(r.label, 0.0))


def input_checksums(notebooks: list[Notebook]) -> dict:
    """sha256 of the raw data (verified against its manifest), processed tables, notebooks, code."""
    from hn4ir_analysis.data import manifest

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
    digest = hashlib.sha256(key.encode()).hexdigest()[:10]
    return f"asof{as_of}-{lang}-y{'_'.join(map(str, years))}-{digest}"
