"""One entry point for raw data: verify checksums, read, validate, combine.

:func:`load_raw` returns a :class:`RawData` whose ``observations`` frame holds the curated
figures and every catalogued GSO table in one shape, each row with its provenance
(``obs_id``, ``source_id``, ``source_url``, ``published``, ``origin`` file and ``line``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.data import corrections, gso, manifest, raw
from hn4ir_analysis.errors import RawDataError

OBS_COLUMNS = [
    "obs_id", "geo", "indicator", "period", "period_start", "period_end", "value", "unit",
    "vintage", "basis", "authority", "producer", "published", "source_id", "source_url",
    "as_published", "quote", "note", "origin", "line",
]  # fmt: skip


@dataclass(frozen=True)
class RawData:
    """Validated raw tables.

    Attributes
    ----------
    observations : DataFrame
        Curated observations and GSO table cells (columns :data:`OBS_COLUMNS`).
    indicators, sources, targets, milestones : DataFrame
        The curated tables as read (text columns plus ``line``).
    document_status : DataFrame
        ``data/raw/document_status.csv``: each document's status (adopted / draft).
    checksums : dict
        ``{raw path: sha256}`` as verified against the manifest.
    """

    observations: pd.DataFrame
    indicators: pd.DataFrame
    sources: pd.DataFrame
    targets: pd.DataFrame
    milestones: pd.DataFrame
    checksums: dict
    document_status: pd.DataFrame  # the project's status of each document (adopted / draft)

    def indicator_unit(self, indicator: str) -> str:
        """Canonical unit of ``indicator``."""
        return self.indicators.set_index("indicator").at[indicator, "unit"]


@lru_cache(maxsize=2)
def load_shared(fingerprint: str, raw_dir: str) -> RawData:
    """:func:`load_raw` of ``raw_dir``, whose files hash to ``fingerprint``, once per process.

    For the package's memos keyed by :func:`hn4ir_analysis.cache.data_fingerprint` (the
    default as-of, the as-of views of every year), which read the tables and never change
    them. A changed raw or reference file is another fingerprint: loaded and verified again.
    """
    return load_raw(Path(raw_dir))


def load_raw(raw_dir: Path | None = None, *, verify: bool = True) -> RawData:
    """Verify the manifest, read and validate every raw table, apply the documented corrections.

    Parameters
    ----------
    raw_dir : Path, optional
        Default :data:`config.RAW_DIR`.
    verify : bool
        Check checksums first (default). Only tests of single tables turn it off.

    Raises
    ------
    RawDataError
        Any broken file, row or cell (see :mod:`hn4ir_analysis.data.raw`, :mod:`hn4ir_analysis.data.gso`, :mod:`hn4ir_analysis.data.manifest`).
    """
    raw_dir = Path(raw_dir or config.RAW_DIR)
    checksums = manifest.verify(raw_dir) if verify else {}
    tables = raw.load_curated(raw_dir)
    indicators = {
        r.indicator: {"unit": r.unit, "direction": r.direction}
        for r in tables["indicators"].itertuples()
    }
    sources = set(tables["sources"]["source_id"])
    gso_obs = gso.load_gso(raw_dir, indicators, sources)
    obs = pd.concat([tables["observations"][OBS_COLUMNS], gso_obs[OBS_COLUMNS]], ignore_index=True)
    dup = obs["obs_id"].duplicated()
    if dup.any():
        # Name the curated row (it comes first): a generated GSO id cannot be edited, the
        # curated one can (why: the error must point where the fix goes).
        clash = obs[obs["obs_id"] == obs.loc[dup, "obs_id"].iloc[0]]
        row, other = clash.iloc[0], clash.iloc[1]
        where = f"{other['origin']}" + (
            f" row {other['line']}" if str(other["origin"]).endswith(".csv") else " (a table cell)"
        )
        raise RawDataError(
            row["origin"], row["line"], "obs_id", f"id {row['obs_id']!r} also used by {where}"
        )
    obs["line"] = obs["line"].astype(int)
    obs = corrections.apply(obs)
    return RawData(
        observations=obs,
        indicators=tables["indicators"],
        sources=tables["sources"],
        targets=tables["targets"],
        milestones=tables["milestones"],
        checksums=checksums,
        document_status=tables["document_status"],
    )
