"""Every path the project uses, in one place.

Paths are relative to the project root: the checkout that holds ``data/raw``. In a checkout
(``make setup`` installs the package editable) that is found by itself. After a plain
``pip install <checkout>`` the package lives elsewhere, so the root is, in this order:
``$HN4IR_HOME`` if set; else the current folder or the nearest parent holding
``data/raw/manifest.csv``; else the folder above the package. The environment variables ``HN4IR_RAW_DIR`` and ``HN4IR_PROCESSED_DIR`` override the data
folders (tests use them to run the pipeline on a copy) and ``HN4IR_FIGURES_DIR`` the
figures folder (``hn4ir report`` points it into its run folder).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: the environment variable that names the project checkout (the folder with data/raw)
HOME_ENV = "HN4IR_HOME"


def _project_root() -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home).resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "data" / "raw" / "manifest.csv").is_file():
            return folder
    return PACKAGE_DIR.parent


PROJECT_ROOT = _project_root()
REFERENCE_DIR = PACKAGE_DIR / "data" / "reference"
TEMPLATES_DIR = PACKAGE_DIR / "report" / "templates"


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

#: set in the environment of kernels that no person watches (report runs, tests): the
#: notebooks then skip interactive widgets (see views.whatif_table.whatif_slider)
HEADLESS_ENV = "HN4IR_HEADLESS"
