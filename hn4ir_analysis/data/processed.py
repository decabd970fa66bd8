"""Build ``data/processed`` from ``data/raw`` (``hn4ir data`` / ``make data``).

Outputs (all UTF-8, ``\\n`` line ends, rows sorted, floats with 10 significant digits, so
that two runs on the same raw data give byte-identical files):

``hanoi_annual.csv``
    Hanoi: one row per indicator × year, chosen (``kind=observed``) or derived.
``panel_annual.csv``
    The same for every other geography (Vietnam, provinces, regions).
``periods.csv``
    Values for multi-year periods: published period averages and derived averages.
``selection_log.csv``
    Every annual candidate, chosen or not, and why.
``targets.csv``
    The typed target catalogue.
``corrections.csv``
    The documented corrections applied to raw rows (``corrections.py``).
``peers.csv``
    Hanoi, four other cities and Vietnam on one statistics-office release (``peers.py``).
``revisions.csv``, ``revisions_accepted.csv``
    What this build changes against the tables already in the output folder, and the log
    of accepted revisions (:mod:`hn4ir_analysis.data.revisions`). A change to a published
    value beyond its tolerance stops the run, nothing written, until it is accepted.

Files are first written beside their destination under temporary names and renamed only
when every one of them has been written, so a failed run leaves the previous files as
they were.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.data import corrections, derive, peers, revisions
from hn4ir_analysis.data.load import RawData, load_raw
from hn4ir_analysis.data.select import periods, select_annual
from hn4ir_analysis.data.targets import load_targets, targets_frame

ANNUAL_COLUMNS = [
    "geo", "indicator", "year", "value", "unit", "kind", "basis", "vintage", "authority",
    "published", "source_ids", "n_candidates", "spread", "break_before", "note",
]  # fmt: skip
PERIOD_COLUMNS = [
    "geo", "indicator", "period", "period_start", "period_end", "value", "unit", "kind",
    "vintage", "basis", "authority", "published", "source_ids", "note",
]  # fmt: skip
LOG_COLUMNS = [
    "geo", "indicator", "year", "rank", "chosen", "reason", "obs_id", "value", "unit", "vintage",
    "basis", "authority", "published", "producer", "origin", "line",
]  # fmt: skip


def annual_series(data: RawData, *, published_by: str | None = None):
    """Chosen and derived annual values for every geo, and the selection log.

    Returns
    -------
    annual : DataFrame
        Columns :data:`ANNUAL_COLUMNS`.
    log : DataFrame
        Columns :data:`LOG_COLUMNS`.
    """
    chosen, log = select_annual(data.observations, published_by=published_by)
    chosen = chosen.assign(kind="observed")
    derived = pd.concat(
        [derive.real_index(chosen), derive.ratios(chosen), derive.release_shares(chosen)],
        ignore_index=True,
    )
    annual = pd.concat([chosen, derived], ignore_index=True)
    annual = derive.flag_breaks(annual)
    annual = annual[ANNUAL_COLUMNS].sort_values(["geo", "indicator", "year"]).reset_index(drop=True)
    log = log[LOG_COLUMNS].sort_values(["geo", "indicator", "year", "rank"]).reset_index(drop=True)
    return annual, log


def period_table(data: RawData, annual: pd.DataFrame) -> pd.DataFrame:
    """Published period values plus derived period-average GRDP growth."""
    published = periods(data.observations).rename(columns={"obs_id": "source_ids"})
    published["kind"] = "observed"
    observed_growth = annual[
        (annual["indicator"] == "grdp_growth") & (annual["kind"] == "observed")
    ]
    derived = derive.period_averages(observed_growth.rename(columns={"source_ids": "obs_id"}))
    table = pd.concat([published, derived], ignore_index=True).reindex(columns=PERIOD_COLUMNS)
    return table.sort_values(["geo", "indicator", "period", "source_ids"]).reset_index(drop=True)


def build(raw_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """Everything ``hn4ir data`` writes, as DataFrames keyed by file name."""
    data = load_raw(raw_dir)
    annual, log = annual_series(data)
    targets = targets_frame(load_targets(data.targets, data.indicators, data.document_status))
    return {
        config.HANOI_ANNUAL: annual[annual["geo"] == config.HANOI],
        config.PANEL_ANNUAL: annual[annual["geo"] != config.HANOI],
        config.PERIODS: period_table(data, annual),
        config.SELECTION_LOG: log,
        config.TARGETS: targets.sort_values("target_id"),
        config.CORRECTIONS: corrections.table(),
        peers.FILE: peers.table(data.observations, raw_dir),  # Hanoi among peers, one release
    }


def to_csv_text(frame: pd.DataFrame) -> str:
    """Deterministic CSV text (no index, ``\\n`` line ends, 10 significant digits)."""
    return frame.to_csv(index=False, lineterminator="\n", float_format="%.10g")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()


def write_atomic(files: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Write every file under a temporary name, then rename them all into place."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for name, frame in files.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
                f.write(to_csv_text(frame))
            os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; the tables are for everyone
            staged.append((name, Path(tmp)))
    except BaseException:
        for _, tmp in staged:
            tmp.unlink(missing_ok=True)
        raise
    for name, tmp in staged:
        os.replace(tmp, out_dir / name)
    return [out_dir / name for name, _ in staged]


def load_processed(name: str, processed_dir: Path | None = None) -> pd.DataFrame:
    """Read one processed file (``hanoi_annual.csv`` …) with text ids kept as text."""
    path = Path(processed_dir or config.PROCESSED_DIR) / name
    return pd.read_csv(path, dtype={"source_ids": str, "note": str, "break_before": str}, keep_default_na=False,
                       na_values=[""])  # fmt: skip


def run(
    raw_dir: Path | None = None,
    out_dir: Path | None = None,
    *,
    accept_reason: str | None = None,
    accepted_on: str | None = None,
) -> list[Path]:
    """Rebuild ``data/processed`` (see module docstring).

    Parameters
    ----------
    accept_reason : str, optional
        Accept the revisions beyond tolerance, logged with this reason.
    accepted_on : str, optional
        The date recorded in the log (default today).

    Raises
    ------
    hn4ir_analysis.data.revisions.RevisionsBlocked
        Published values change beyond tolerance and ``accept_reason`` is empty; nothing
        is written.
    """  # fmt: skip
    out_dir = Path(out_dir or config.PROCESSED_DIR)
    files = build(raw_dir)
    files.update(revisions.release_files(files, out_dir, accept_reason, accepted_on))
    return write_atomic(files, out_dir)
