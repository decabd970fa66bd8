"""Strict CSV reading: UTF-8, one header, every record the header's width, line numbers kept.

Everything the project reads from ``data/raw`` as CSV goes through :func:`read_csv_records`,
so every later check can name the line a value came from. Text is normalised to Unicode
NFC as it is read (:func:`read_text`), before any check: an editor that saves NFD
(decomposed accents) must not change what a rule sees.

Everything the project writes as CSV for download goes through :func:`download_csv`
(:func:`formula_safe`): a text cell that a spreadsheet would run as a formula gets a ``'``.

Notes
-----
A size budget (:data:`MAX_BYTES`) is checked from the file's size before a byte is read:
the curated tables are hand-checked figures (the largest, ``observations.csv``, is
0.25 MB), so a file of tens of megabytes is a wrong export or an attack, and reading it
whole would cost seconds and about a gigabyte before any rule could refuse it. A column
of ids (``unique=``) is checked for duplicates while records are read, so a file of
copied rows stops at the first copy.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

from hn4ir_analysis.errors import RawDataError

LINE = "_line"  # key holding the 1-based line number where a record starts
#: largest raw file read (bytes): 32 times the largest raw table today (observations.csv,
#: 0.25 MB). A bigger file is refused with its size; raise this after reviewing one.
MAX_BYTES = 8 * 1024 * 1024


def display_name(path: Path, root: Path | None = None) -> str:
    """``path`` relative to ``root`` when it lies below it (for error messages)."""
    path = Path(path)
    if root is not None:
        try:
            return path.resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def read_text(path: Path, name: str) -> str:
    """Read a file as strict UTF-8 without a byte-order mark, normalised to Unicode NFC.

    Raises
    ------
    RawDataError
        The file is missing, starts with a BOM, or holds bytes that are not UTF-8
        (the error gives the line and the byte offset).
    """
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise RawDataError(
                name, None, None,
                f"file is {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.1f} MB budget for a raw "
                "file (curated tables are well under 1 MB): check the export; if the size is "
                "right, raise hn4ir_analysis.data.csvio.MAX_BYTES after review",
            )  # fmt: skip
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise RawDataError(name, None, None, "file not found") from None
    if data.startswith(b"\xef\xbb\xbf"):
        raise RawDataError(
            name,
            1,
            None,
            "file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RawDataError(
            name, line, None, f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from None
    return unicodedata.normalize("NFC", text)


def read_csv_records(
    path: Path,
    name: str,
    required: list[str],
    optional: tuple[str, ...] = (),
    unique: str | None = None,
) -> list[dict[str, str]]:
    """Read a CSV file into a list of dicts, each with its line number under ``_line``.

    Parameters
    ----------
    path : Path
        The file.
    name : str
        How errors name the file (usually the path relative to ``data/raw``).
    required : list of str
        Columns that must be present.
    optional : tuple of str
        Further columns that may be present; any other column is an error.
    unique : str, optional
        A column of ids: the first repeated id stops the reading (while streaming).

    Raises
    ------
    RawDataError
        A file over :data:`MAX_BYTES`, missing or unknown columns, a duplicated header, a
        record whose field count differs from the header's (an unbalanced quote shows up
        this way too), or a repeated id in ``unique``.
    """
    text = read_text(path, name)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise RawDataError(name, 1, None, "file is empty (no header row)") from None
    except csv.Error as exc:
        raise RawDataError(name, 1, None, f"malformed CSV header: {exc}") from None
    header = [h.strip() for h in header]
    missing = [c for c in required if c not in header]
    if missing:
        raise RawDataError(
            name, 1, missing[0], f"required column missing (have: {', '.join(header)})"
        )
    unknown = [c for c in header if c not in required and c not in optional]
    if unknown:
        raise RawDataError(name, 1, unknown[0], "unknown column")
    if len(set(header)) != len(header):
        dup = next(c for c in header if header.count(c) > 1)
        raise RawDataError(name, 1, dup, "column appears twice in the header")
    records: list[dict[str, str]] = []
    seen: dict[str, int] = {}
    start = reader.line_num + 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise RawDataError(name, start, None, f"malformed CSV record: {exc}") from None
        if fields and len(fields) != len(header):
            raise RawDataError(
                name, start, None, f"record has {len(fields)} fields, the header has {len(header)}"
            )
        if fields:
            record = dict(zip(header, fields, strict=True))
            record[LINE] = start  # type: ignore[assignment]
            if unique is not None:
                key = record[unique].strip()
                if key in seen:
                    raise RawDataError(
                        name, start, unique, f"duplicate id {key!r} (first at row {seen[key]})"
                    )
                seen.setdefault(key, start)
            records.append(record)
        start = reader.line_num + 1
    return records


#: first characters that make a spreadsheet read a cell as a formula (OWASP CSV injection)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value):
    """``value`` with a ``'`` in front when it is text a spreadsheet would run as a formula.

    Notes
    -----
    Method: OWASP's advice for CSV injection — a text cell beginning with ``=``, ``+``,
    ``-``, ``@``, tab or carriage return is prefixed with a single quote. Numbers stay
    numbers: a non-text value is returned as is, and so is text that is one plain number
    (``-0.5``, ``+3``), which no spreadsheet runs as a formula.
    """
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def formula_safe(frame):
    """A copy of ``frame`` with every text cell passed through :func:`safe_cell`.

    Column names are passed through too; numeric columns are untouched.
    """
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype).startswith(("string", "str")):
            out[col] = out[col].map(safe_cell)
    out.columns = [safe_cell(c) for c in out.columns]
    return out


def download_csv(frame, **kwargs) -> str:
    """The CSV text of ``frame`` for download: formula-safe cells, ``\n`` lines, dot decimals.

    Keyword arguments go to :meth:`pandas.DataFrame.to_csv` (``float_format`` …).
    """
    kwargs.setdefault("index", False)
    kwargs.setdefault("lineterminator", "\n")
    return formula_safe(frame).to_csv(**kwargs)
