"""Files made from the shipped GSO table V03.10 for the revision and import tests.

Each helper returns the JSON-stat document (a dict) of ``grdp_growth_index_by_province.json``
changed in one way. In that table ``id`` is ``[province, year]`` with the year varying
fastest, so the value of province ``g`` and year ``y`` is at ``g * n_years + y``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from hn4ir_analysis import config

TABLE = "grdp_growth_index_by_province.json"
GEO, YEAR = "Tỉnh, thành phố", "Năm"
HANOI_ROW = 1  # "Hà Nội" is the second province of the table


def shipped() -> dict:
    return json.loads((config.RAW_DIR / "gso" / TABLE).read_text(encoding="utf-8"))


def _add_year_label(doc: dict, label: str) -> int:
    cat = doc["dimension"][YEAR]["category"]
    n = len(cat["index"])
    cat["index"][str(n)] = n
    cat["label"][str(n)] = label
    return n


def new_year_in_order(index_value: float = 107.0, label: str = "Ước tính 2026") -> dict:
    """2026 added as GSO would: label, size, and one value per province in its place."""
    doc = shipped()
    n = _add_year_label(doc, label)
    doc["dimension"]["size"][1] = n + 1
    old = doc["value"]
    doc["value"] = [
        v for g in range(len(old) // n) for v in [*old[g * n : (g + 1) * n], index_value]
    ]
    return doc


def new_year_appended(index_value: float = 107.0, fix_size: bool = True) -> dict:
    """2026 added by hand with its values at the end of ``value`` (the issue's case)."""
    doc = shipped()
    n = _add_year_label(doc, "2026")
    provinces = len(doc["value"]) // n
    if fix_size:
        doc["dimension"]["size"][1] = n + 1
    doc["value"] = doc["value"] + [index_value] * provinces
    return doc


def revised(year_pos: int = 5, delta: float = 1.0) -> dict:
    """Hanoi's index of one year (position 5 = 2023) moved by ``delta``."""
    doc = shipped()
    n = len(doc["dimension"][YEAR]["category"]["index"])
    doc["value"][HANOI_ROW * n + year_pos] += delta
    return doc


def write(doc: dict, path: Path) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def project_copy(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of data/raw and of the committed data/processed tables: (raw, processed).

    The checkout's git-ignored disk cache (``data/processed/.cache``) is left out: tests
    read their own cache folder (conftest), and a developer's cache holds thousands of
    entries (80 MB here) that every copy would duplicate and pytest later delete.
    """
    raw, out = tmp_path / "data" / "raw", tmp_path / "data" / "processed"
    shutil.copytree(config.RAW_DIR, raw)
    shutil.copytree(config.PROCESSED_DIR, out, ignore=shutil.ignore_patterns(".cache"))
    return raw, out


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip
