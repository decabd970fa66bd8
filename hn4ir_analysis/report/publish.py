"""Writing and publishing a run folder: ``manifest.json``, ``latest``, the output lock.

A run writes into ``<out>/runs/<run_id>.tmp/`` (:func:`open_run_dir`, under
:class:`RunLock`); :func:`publish` then writes the summary, the site and
``manifest.json`` (:func:`run_manifest`), renames the folder to ``<out>/runs/<run_id>/``
and, only if nothing failed, points ``<out>/latest`` at it (:func:`point_latest`).

Notes
-----
Method: ``latest`` is a relative symlink replaced atomically (a temporary symlink moved
over the old one with :func:`os.replace`): a reader sees the old run or the new one,
never neither. On a filesystem without symlinks it is a copy of the run folder, replaced
by two renames (for an instant ``latest`` is missing). Re-running the same inputs never
overwrites a published run: the folder gets a sequence suffix (``-2``, ``-3`` …).
Folders left by a killed run (``runs/*.tmp``, ``.latest-*``) are removed by the next one.
``latest-en`` / ``latest-vi`` (in ``<out>`` and in ``<out>/runs``) point at the latest
published run of each language; each index links the other language there.

How to read ``manifest.json``: ``status`` ``ok`` or ``failed``; ``failed`` holds one
entry per failed notebook execution (and the assessment, if it raised);
``executions`` the status and timings of every notebook run; the checksums, git commit
and versions say which inputs and code produced the run.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

from hn4ir_analysis import config
from hn4ir_analysis.report.plan import Execution, Notebook, ReportError, folder_name
from hn4ir_analysis.report.summary import write_summary

#: distributions whose versions go into manifest.json
VERSIONED = ("numpy", "pandas", "statsmodels", "matplotlib", "papermill", "nbconvert")


def now() -> str:
    """The current UTC time, ISO 8601 to the second (``started``/``finished``)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def data_vintage() -> dict:
    """The newest publication date among the raw observations, and the latest retrieval date.

    The publication date is the data's own (the page or table that printed a figure), not
    the date of a file the project wrote; dates known only to the month or year compare
    as their first day and are shown as printed. Kept in the disk cache under the raw data's
    fingerprint (loading the raw data for two dates took ~0.4 s of every run).
    """
    from hn4ir_analysis import cache

    parts = (cache.data_fingerprint(config.RAW_DIR), str(config.RAW_DIR))
    return cache.cached("vintage", parts, _data_vintage)


def _data_vintage() -> dict:
    from hn4ir_analysis.data import manifest
    from hn4ir_analysis.data.load import load_raw
    from hn4ir_analysis.data.select import full_date

    published = [p for p in load_raw().observations["published"].dropna().astype(str) if p]
    retrieved = [
        r["retrieved"] for r in manifest.read_manifest(config.RAW_DIR) if r.get("retrieved")
    ]
    return {
        "published_max": max(published, key=full_date, default=None),
        "retrieved_max": max(retrieved, default=None),
    }


def _git(*args: str) -> str | None:
    """Output of ``git <args>`` in the project folder, or ``None`` (no git, not a checkout)."""
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
    """Versions of Python, :data:`VERSIONED` and this package (``None`` if not installed)."""
    import platform
    from importlib import metadata

    from hn4ir_analysis import __version__

    found = {"python": platform.python_version()}
    for dist in VERSIONED:
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = None
    found["hn4ir_analysis"] = __version__
    return found


def run_manifest(
    run_id: str,
    parameters: dict,
    checksums: dict,
    notebooks: list[Notebook],
    runs: list[Execution],
    assess_info: dict,
    started: str,
    t0: float,
) -> dict:
    """The run's ``manifest.json`` content; ``t0`` is the run's ``time.perf_counter()`` start."""
    failed = [r.record() for r in runs if r.status != "ok"]
    if assess_info["status"] == "failed":
        failed.append(
            {"notebook": "assessment", "target_year": None, "error": assess_info["error"]}
        )
    return {
        "run_id": run_id,
        "status": "failed" if failed else "ok",
        "published": not failed,
        "parameters": parameters,
        "data_checksums": checksums["raw"],
        "processed_checksums": checksums["processed"],
        "notebook_checksums": checksums["notebooks"],
        "package_checksum": checksums["package"],
        "data_vintage": data_vintage(),
        "git_commit": _git("rev-parse", "HEAD") or None,
        "versions": versions(),
        "notebooks": [
            {"name": nb.name, "declares": sorted(nb.declared), "shared": nb.shared}
            for nb in notebooks
        ],
        "executions": [r.record() for r in runs],
        "assessment": assess_info,
        "failed": failed,
        "started": started,
        "finished": now(),
        "wall_s": round(time.perf_counter() - t0, 3),
    }


def _remove(path: Path) -> None:
    """Remove a symlink (not its target) or a folder, if present."""
    if path.is_symlink():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path, ignore_errors=True)


def point_latest(out: Path, run_dir: Path, name: str = "latest") -> str:
    """Make ``<out>/<name>`` (``latest``) refer to ``run_dir``; returns ``"symlink"`` or ``"copy"``."""
    latest = out / name
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
    _remove(old)
    return kind


class RunLock:
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


def open_run_dir(out: Path, base_id: str) -> tuple[str, Path]:
    """Remove what a killed run left, then create ``runs/<run_id>.tmp``; returns both.

    ``run_id`` is ``base_id``, or ``base_id-2``, ``-3`` … if a run of that id exists.
    Call it holding :class:`RunLock`.
    """
    runs = out / "runs"
    for stale in [*runs.glob("*.tmp"), *out.glob(".latest-*")]:
        _remove(stale)
    n, run_id = 1, base_id
    while (runs / run_id).exists():
        n += 1
        run_id = f"{base_id}-{n}"
    tmp = runs / f"{run_id}.tmp"
    tmp.mkdir()
    return run_id, tmp


def check_latest(out: Path, years: list[int], as_of: int, lang: str, force: bool = False) -> None:
    """Refuse a run that would replace a ``latest`` made with other parameters.

    Why: ``hn4ir report --target-year 2025`` into the default folder would otherwise
    silently replace the three-year ``latest`` that readers and the schedule rely on.
    A run with the same target years and as-of year replaces ``latest`` as before, in
    either language (a run in the other language is as complete; ``latest-<lang>`` keeps
    each language's newest run, and the two link each other); another set needs ``force``
    (``--force``) or another ``--out``. A ``latest``
    whose ``manifest.json`` cannot be read is not protected (nothing says what it holds).

    Raises
    ------
    ReportError
        Before anything is written or started.
    """
    try:
        text = (out / "latest" / "manifest.json").read_text(encoding="utf-8")
        previous = json.loads(text)["parameters"]
        held = (sorted(previous["target_years"]), int(previous["as_of"]), previous["lang"])
    except (OSError, ValueError, KeyError, TypeError):
        return
    wanted = (sorted(years), int(as_of), lang)
    if held[:2] == wanted[:2] or force:
        return

    def shown(p):
        return f"target years {', '.join(map(str, p[0]))} (as of {p[1]}, {p[2]})"

    raise ReportError(
        f"{out / 'latest'} holds the report for {shown(held)}; this run is for {shown(wanted)} "
        "and would replace it: pass --force to replace it, or --out another folder"
    )


def previous_times(out: Path) -> dict:
    """``{label: execute_s}`` of the published run's executions (empty if there is none)."""
    try:
        previous = json.loads((out / "latest" / "manifest.json").read_text(encoding="utf-8"))
        return {
            f"{folder_name(e['target_year'])}/{e['notebook']}": e["execute_s"]
            for e in previous["executions"]
        }
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def publish(tmp: Path, out: Path, run_id: str, manifest: dict, table, site: dict) -> Path:
    """Write summary, site and manifest into ``tmp``, rename it to ``runs/<run_id>`` and,
    if nothing failed, point ``latest`` at it (``manifest["latest"]``: symlink or copy)."""
    from hn4ir_analysis.report import index_pages

    write_summary(table, tmp)
    index_pages.build_site(tmp, manifest, table, site)
    (tmp / "manifest.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    final = out / "runs" / run_id
    os.replace(tmp, final)
    if not manifest["failed"]:
        manifest["latest"] = point_latest(out, final)
        # The latest run of this language, which the other language's pages link to as
        # ``../latest-<lang>/``: beside ``latest`` for a web server, and inside ``runs/``
        # because a browser resolves the ``latest`` symlink of a file:// URL to the run folder.
        for folder in (out, out / "runs"):
            point_latest(folder, final, name=f"latest-{site['lang']}")
    return final
