"""Every path the project uses, in one place.

Paths are relative to the project root (the folder holding ``pyproject.toml``). The
environment variables ``HN4IR_RAW_DIR`` and ``HN4IR_PROCESSED_DIR`` override the data
folders (tests use them to run the pipeline on a copy) and ``HN4IR_FIGURES_DIR`` the
figures folder (``hn4ir report`` points it into its run folder).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent
REFERENCE_DIR = PACKAGE_DIR / "reference"


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).resolve() if value else default


RAW_DIR = _env_path("HN4IR_RAW_DIR", PROJECT_ROOT / "data" / "raw")
PROCESSED_DIR = _env_path("HN4IR_PROCESSED_DIR", PROJECT_ROOT / "data" / "processed")
FIGURES_DIR = _env_path("HN4IR_FIGURES_DIR", PROJECT_ROOT / "figures")
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = PROJECT_ROOT / "reports"

#: sha256 of every raw file, plus its provenance (publisher, title, URL, dates)
MANIFEST_NAME = "manifest.csv"
#: one row per GSO PX-Web table: which indicator, unit and dimensions it holds
GSO_CATALOGUE_NAME = "gso/tables.csv"

HN4IR_DIR_NAME = "hn4ir"
GEO_CODES_FILE = REFERENCE_DIR / "geo_codes.csv"

#: processed outputs written by ``hn4ir data``
HANOI_ANNUAL = "hanoi_annual.csv"
PANEL_ANNUAL = "panel_annual.csv"
PERIODS = "periods.csv"
SELECTION_LOG = "selection_log.csv"
TARGETS = "targets.csv"
CORRECTIONS = "corrections.csv"

#: the geography the project is about
HANOI = "HN"
