"""Checksums and provenance of every raw file (``data/raw/manifest.csv``).

One row per file below ``data/raw``: its sha256 and size, and where it came from
(publisher, title, URL, publication and retrieval dates), in the spirit of OWID's
snapshot metadata. :func:`verify` runs before anything reads raw data: a file whose bytes
differ from the manifest, a listed file that is missing, or an unlisted file stops the
pipeline. After a deliberate change (new download), run ``hn4ir manifest --update`` and
fill in the provenance columns of any new row.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from pathlib import Path

from hn4ir_analysis import config
from hn4ir_analysis.data.csvio import read_csv_records
from hn4ir_analysis.errors import ManifestError, RawDataError

COLUMNS = ["path", "sha256", "bytes", "publisher", "title", "url", "published", "retrieved", "note"]


def sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def refuse_links(raw_dir: Path) -> None:
    """Stop at the first symbolic link below ``raw_dir`` (file or folder).

    Why: raw data are files copied into ``data/raw``; a link would put the hash (and the
    contents) of a file elsewhere on the machine into the manifest and the pipeline.
    """
    raw_dir = Path(raw_dir)
    for folder, dirs, files in os.walk(raw_dir, followlinks=False):
        for entry in sorted([*dirs, *files]):
            path = Path(folder) / entry
            if path.is_symlink():
                raise ManifestError(
                    path.relative_to(raw_dir).as_posix(), None, None,
                    f"a symbolic link (to {os.readlink(path)!r}); raw data must be regular "
                    "files: copy the file into data/raw instead",
                )  # fmt: skip


def raw_files(raw_dir: Path) -> list[str]:
    """Every file below ``raw_dir`` except the manifest itself, as sorted POSIX paths.

    Raises
    ------
    ManifestError
        A symbolic link anywhere below ``raw_dir`` (see :func:`refuse_links`).
    """
    raw_dir = Path(raw_dir)
    refuse_links(raw_dir)
    return sorted(
        p.relative_to(raw_dir).as_posix()
        for p in raw_dir.rglob("*")
        if p.is_file() and p.name != config.MANIFEST_NAME and not p.name.startswith(".")
    )


def read_manifest(raw_dir: Path) -> list[dict]:
    """The manifest's rows (with ``_line``)."""
    return read_csv_records(Path(raw_dir) / config.MANIFEST_NAME, config.MANIFEST_NAME, COLUMNS)


def verify(raw_dir: Path | None = None) -> dict[str, str]:
    """Check every raw file against the manifest; return ``{path: sha256}``.

    Raises
    ------
    ManifestError
        A file changed, is missing, is not listed or is a symbolic link (file, row and
        column named).
    """
    raw_dir = Path(raw_dir or config.RAW_DIR)
    refuse_links(raw_dir)
    rows = read_manifest(raw_dir)
    listed = {}
    for row in rows:
        path = row["path"]
        target = raw_dir / path
        if not target.is_file():
            raise ManifestError(
                config.MANIFEST_NAME, row["_line"], "path", f"listed file {path!r} is missing"
            )
        actual = sha256(target)
        if actual != row["sha256"]:
            raise ManifestError(
                path,
                None,
                None,
                f"changed since the manifest was written (sha256 {actual[:12]}…, manifest row "
                f"{row['_line']} says {row['sha256'][:12]}…); raw data is immutable: undo the "
                "change, or record a new download with `hn4ir manifest --update`",
            )
        listed[path] = actual
    extra = [p for p in raw_files(raw_dir) if p not in listed]
    if extra:
        raise ManifestError(
            extra[0],
            None,
            None,
            "raw file not listed in manifest.csv (run `hn4ir manifest --update`)",
        )
    return listed


def update(raw_dir: Path | None = None, provenance: dict[str, dict] | None = None) -> Path:
    """Rewrite the manifest's checksums, keeping the provenance already recorded.

    Parameters
    ----------
    raw_dir : Path, optional
        The raw folder (default :data:`config.RAW_DIR`).
    provenance : dict, optional
        ``{path: {column: value}}`` for new rows (publisher, title, url, ...).
    """
    raw_dir = Path(raw_dir or config.RAW_DIR)
    old = {}
    if (raw_dir / config.MANIFEST_NAME).exists():
        try:
            old = {r["path"]: r for r in read_manifest(raw_dir)}
        except RawDataError:
            old = {}
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for path in raw_files(raw_dir):
        row = {c: "" for c in COLUMNS}
        row.update(old.get(path, {}))
        row.update((provenance or {}).get(path, {}))
        row.update(path=path, sha256=sha256(raw_dir / path), bytes=(raw_dir / path).stat().st_size)
        writer.writerow(row)
    target = raw_dir / config.MANIFEST_NAME
    target.write_text(out.getvalue(), encoding="utf-8")
    return target
