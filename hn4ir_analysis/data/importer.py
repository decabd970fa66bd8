"""``hn4ir import gso FILE --table ID``: a table downloaded from the statistics office, in one step.

The file replaces the catalogued download of table ``ID`` (a row of ``gso/tables.csv``)
in ``data/raw/gso/``, its manifest row is rewritten (sha256, size, publisher, title, URL,
publication and retrieval dates), and ``data/processed`` is rebuilt with the revisions
check of :mod:`hn4ir_analysis.data.revisions`. Nothing is written unless every step
succeeds.

Notes
-----
Method: the import runs on a staged copy of ``data/raw`` in a temporary folder: the new
file is put in place there (named after the catalogued file, with the extension of its
format), the catalogue row's ``file``/``format`` (and ``published``/``source_url`` when
given) are updated on that row's line only, the manifest is rewritten, and the whole
pipeline (checksums, every validation, the JSON-stat structure checks, the revisions
check) runs on the copy. Only then are the raw files moved into ``data/raw`` and the
processed tables into ``data/processed``. The current ``data/raw`` must match its
manifest first, so an import never blesses an unrelated edit.

Formats: JSON-stat 1.x or 2.0 (``.json``), PX-Web CSV (``.csv``: the wide table of
:mod:`hn4ir_analysis.data.pxweb_csv`, or the long layout of a ``csv_long`` table).
XLSX is refused with a clear message: no spreadsheet reader is installed.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hn4ir_analysis import config
from hn4ir_analysis.data import manifest, processed, revisions
from hn4ir_analysis.data.csvio import read_csv_records
from hn4ir_analysis.data.gso import CATALOGUE_COLUMNS
from hn4ir_analysis.errors import RawDataError

PUBLISHER = "General Statistics Office of Vietnam (NSO), PX-Web"
EXTENSIONS = {"jsonstat": ".json", "csv_long": ".csv", "pxweb_csv": ".csv"}


@dataclass
class Imported:
    """What an import wrote."""

    raw_file: Path
    processed: list[Path]
    revisions: object  # DataFrame of this import's revisions


def detect_format(path: Path, spec: dict) -> str:
    """``jsonstat``, ``csv_long`` or ``pxweb_csv`` from the file's extension (and header)."""
    ext = path.suffix.lower()
    if ext in {".xlsx", ".xls"}:
        raise RawDataError(
            path.name, None, None,
            "XLSX is not supported yet (no spreadsheet reader is installed); in PX-Web, save "
            "the table as JSON-stat (.json) or CSV (.csv) and import that file",
        )  # fmt: skip
    if ext == ".json":
        return "jsonstat"
    if ext == ".csv":
        first = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()[:1]
        header = next(csv.reader(first), []) if first else []
        long_cols = {spec["geo_dimension"], spec["time_dimension"], spec["value_column"]}
        return "csv_long" if spec["value_column"] and long_cols <= set(header) else "pxweb_csv"
    raise RawDataError(
        path.name, None, None, f"unknown file type {ext!r}: import a .json (JSON-stat) or .csv"
    )


def _catalogue_row(raw_dir: Path, table: str) -> dict:
    records = read_csv_records(
        raw_dir / config.GSO_CATALOGUE_NAME, config.GSO_CATALOGUE_NAME, CATALOGUE_COLUMNS
    )
    for rec in records:
        if rec["table_code"] == table:
            return rec
    known = ", ".join(r["table_code"] for r in records)
    raise RawDataError(
        config.GSO_CATALOGUE_NAME, None, "table_code",
        f"no table {table!r} (known: {known}); a new table needs a catalogue row first "
        "(data/raw/README.md, 'Import a table')",
    )  # fmt: skip


def _rewrite_row(path: Path, spec: dict, changes: dict) -> None:
    """Rewrite the catalogue line of ``spec`` with ``changes``; other lines kept byte for byte."""
    lines = path.read_text(encoding="utf-8").split("\n")
    out = io.StringIO()
    csv.DictWriter(out, CATALOGUE_COLUMNS, lineterminator="", extrasaction="ignore").writerow(
        {**spec, **changes}
    )
    lines[spec["_line"] - 1] = out.getvalue()
    path.write_text("\n".join(lines), encoding="utf-8")


def import_gso(
    file: Path,
    table: str,
    *,
    url: str,
    retrieved: str,
    raw_dir: Path | None = None,
    out_dir: Path | None = None,
    title: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    accept_reason: str | None = None,
) -> Imported:
    """Import a downloaded GSO table (see module docstring).

    Parameters
    ----------
    file : Path
        The downloaded JSON-stat or CSV file.
    table : str
        The table code of its ``gso/tables.csv`` row (``V03.10``).
    url, retrieved : str
        Where and when (``YYYY-MM-DD``) it was downloaded (the manifest records both).
    published : str, optional
        The table's publication date; also written to the catalogue row.
    accept_reason : str, optional
        Accept revisions beyond tolerance, with this reason (logged).

    Raises
    ------
    RawDataError
        Unknown table or file type, a malformed file, any validation of the pipeline, or
        :class:`~hn4ir_analysis.data.revisions.RevisionsBlocked`. Nothing is written.
    """  # fmt: skip
    file, raw_dir = Path(file), Path(raw_dir or config.RAW_DIR)
    out_dir = Path(out_dir or config.PROCESSED_DIR)
    if not file.is_file():
        raise RawDataError(str(file), None, None, "no such file")
    if not url.strip():
        raise RawDataError(str(file), None, None, "give the URL it was downloaded from (--url)")
    manifest.verify(raw_dir)
    spec = _catalogue_row(raw_dir, table)
    fmt = detect_format(file, spec)
    dest = Path(spec["file"]).stem + EXTENSIONS[fmt]
    changes = {"file": dest, "format": fmt, "source_url": url.strip()}
    if published:
        changes["published"] = published
    with tempfile.TemporaryDirectory(prefix="hn4ir-import-") as tmp:
        staged = Path(tmp) / "raw"
        shutil.copytree(raw_dir, staged, symlinks=True)
        gso_dir = staged / "gso"
        if dest != spec["file"]:
            (gso_dir / spec["file"]).unlink()
        shutil.copyfile(file, gso_dir / dest)
        _rewrite_row(staged / config.GSO_CATALOGUE_NAME, spec, changes)
        provenance = {
            f"gso/{dest}": {
                "publisher": publisher or PUBLISHER,
                "title": title or f"{table} {spec['title']}",
                "url": url.strip(), "published": published or spec["published"],
                "retrieved": retrieved, "note": f"Imported with `hn4ir import gso --table {table}`.",
            }
        }  # fmt: skip
        manifest.update(staged, provenance)
        files = processed.build(staged)
        files.update(revisions.release_files(files, out_dir, accept_reason))
        # every check passed: move the raw files into place, then the processed tables
        moved = [f"gso/{dest}", config.GSO_CATALOGUE_NAME, config.MANIFEST_NAME]
        pending = []
        for rel in moved:
            fd, part = tempfile.mkstemp(prefix=".import.", dir=(raw_dir / rel).parent)
            os.close(fd)
            shutil.copyfile(staged / rel, part)
            pending.append((Path(part), raw_dir / rel))
        for part, target in pending:
            os.replace(part, target)
        if dest != spec["file"]:
            (raw_dir / "gso" / spec["file"]).unlink()
        written = processed.write_atomic(files, out_dir)
    return Imported(raw_dir / "gso" / dest, written, files.get(revisions.REVISIONS))
