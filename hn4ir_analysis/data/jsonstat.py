"""Read a JSON-stat cube (1.x or 2.0, as PX-Web exports it) and check its structure.

Notes
-----
JSON-stat (https://json-stat.org/format/) stores a cube as a flat ``value`` array in
row-major order over the dimensions listed in ``id`` (the last dimension varies fastest),
with ``size`` giving each dimension's number of categories. PX-Web writes two shapes:
version 1.x with a ``{"dataset": {...}}`` wrapper (``id``/``size`` inside ``dimension``),
and a bare 2.0-style dataset (``id``/``size`` at the top, or inside ``dimension``). Both
are read.

Because the values are positional, a table edited by hand can be structurally broken
without any value being unreadable: a year appended to the year dimension with its
values put at the end of ``value`` shifts every province's series. :func:`read_jsonstat`
therefore checks, before any value is used (method: the JSON-stat 2.0 specification,
sections "size", "category/index" and "value"):

* ``size`` has one entry per dimension in ``id``, each equal to that dimension's number of
  categories, and their product equals the number of values;
* each ``category.index`` is either a list of distinct codes or an object mapping codes
  to the positions ``0 … n-1``, each used once; ``category.label`` names only codes of
  the index;
* the labels of the time dimension (the catalogue's ``time_dimension``, else the one with
  ``role.time``) all parse as years (``"2024"``, ``"Sơ bộ 2024"``) and run in strictly
  increasing order.

A correctly structured table whose values were nevertheless placed wrongly (every cell
valid, every year in order) is caught by the revisions check of ``hn4ir data``
(:mod:`hn4ir_analysis.data.revisions`): its already-published history moves.
"""

from __future__ import annotations

import json
import re
import unicodedata
from math import prod
from pathlib import Path

from hn4ir_analysis.data.csvio import read_text
from hn4ir_analysis.errors import RawDataError

_YEAR_LABEL = re.compile(r"^(?:(Sơ bộ|Ước tính|Ước|Dự báo)\s+)?(\d{4})$")
_VINTAGE_WORDS = {
    None: "official",
    "Sơ bộ": "preliminary",
    "Ước tính": "estimate",
    "Ước": "estimate",
}


def parse_year_label(label: str) -> tuple[int, str] | None:
    """``"Sơ bộ 2021"`` → ``(2021, "preliminary")``; ``None`` if not a year label."""
    m = _YEAR_LABEL.match(unicodedata.normalize("NFC", str(label)).strip())
    if not m:
        return None
    return int(m.group(2)), _VINTAGE_WORDS.get(m.group(1), "projection")


def _dataset(doc, name: str) -> dict:
    """The dataset object of a JSON-stat document (bare, ``{"dataset": …}`` or a 1.x bundle
    holding exactly one dataset)."""
    if isinstance(doc, dict) and "dimension" in doc:
        return doc
    if isinstance(doc, dict):
        inner = [v for v in doc.values() if isinstance(v, dict) and "dimension" in v]
        if len(inner) == 1:
            return inner[0]
        if len(inner) > 1:
            raise RawDataError(
                name, None, None, f"a JSON-stat bundle of {len(inner)} datasets; export one table"
            )
    raise RawDataError(name, None, None, "not a JSON-stat dataset (no 'dimension'/'value')")


def _categories(dim: str, spec, name: str) -> list[str]:
    """The category labels of one dimension, in index order (structure checked)."""
    if not isinstance(spec, dict) or not isinstance(spec.get("category"), dict):
        raise RawDataError(name, None, dim, "dimension has no 'category' object")
    cat = spec["category"]
    index, label = cat.get("index"), cat.get("label") or {}
    if not isinstance(label, dict):
        raise RawDataError(name, None, dim, "category 'label' is not an object")
    if index is None:
        if len(label) != 1:
            raise RawDataError(name, None, dim, "category 'index' missing (allowed for one category only)")  # fmt: skip
        keys = list(label)
    elif isinstance(index, list):
        keys = [str(k) for k in index]
        if len(set(keys)) != len(keys):
            dup = next(k for k in keys if keys.count(k) > 1)
            raise RawDataError(name, None, dim, f"category index lists {dup!r} twice")
    elif isinstance(index, dict):
        positions = list(index.values())
        n = len(positions)
        if any(isinstance(p, bool) or not isinstance(p, int) for p in positions) or sorted(
            positions
        ) != list(range(n)):
            raise RawDataError(
                name, None, dim,
                f"category index positions must be 0 … {n - 1}, each once (found "
                f"{sorted(positions, key=str)[:12]})",
            )  # fmt: skip
        keys = sorted(index, key=index.get)
    else:
        raise RawDataError(name, None, dim, "category 'index' is neither a list nor an object")
    stray = [k for k in label if k not in keys]
    if stray:
        raise RawDataError(name, None, dim, f"category label {stray[0]!r} is not in the index")
    return [str(label.get(k, k)) for k in keys]


def check_years(dim: str, labels: list[str], name: str, row: int | None = None) -> None:
    """Every label a year label, years strictly increasing (else :class:`RawDataError`)."""
    years = []
    for label in labels:
        parsed = parse_year_label(label)
        if parsed is None:
            raise RawDataError(name, row, dim, f"{label!r} is not a year label")
        years.append(parsed[0])
    for a, b, label in zip(years, years[1:], labels[1:], strict=False):
        if b <= a:
            raise RawDataError(
                name, row, dim,
                f"years out of order: {label!r} comes after {a} (a year added by hand must "
                "take its place in the year dimension and in the value array, not the end)",
            )  # fmt: skip


def read_jsonstat(
    path: Path, name: str, time_dimension: str | None = None
) -> tuple[list[str], list[list[str]], list]:
    """Return dimension ids, each dimension's category labels in order, and the values.

    Parameters
    ----------
    path : Path
        The JSON-stat file.
    name : str
        The file as named in messages (``gso/<file>``).
    time_dimension : str, optional
        The dimension holding years (default: the dataset's ``role.time``, if any).

    Raises
    ------
    RawDataError
        Not JSON, not JSON-stat, or a structure check fails (see the module Notes).
    """
    try:
        doc = json.loads(read_text(path, name))
    except json.JSONDecodeError as exc:
        raise RawDataError(name, exc.lineno, None, f"not valid JSON: {exc.msg}") from None
    ds = _dataset(doc, name)
    if "value" not in ds:
        raise RawDataError(name, None, None, "not a JSON-stat dataset (no 'dimension'/'value')")
    dims = ds["dimension"]
    if not isinstance(dims, dict):
        raise RawDataError(name, None, "dimension", "'dimension' is not an object")
    ids = ds.get("id") or dims.get("id")
    if not ids or not isinstance(ids, list):
        raise RawDataError(name, None, "dimension", "JSON-stat dataset has no dimension 'id' list")
    for dim in ids:
        if dim not in dims:
            raise RawDataError(name, None, str(dim), "listed in 'id' but not described in 'dimension'")  # fmt: skip
    labels = [_categories(dim, dims[dim], name) for dim in ids]
    size = ds.get("size") or dims.get("size")
    if size is not None:
        if not isinstance(size, list) or len(size) != len(ids):
            raise RawDataError(name, None, "size", f"'size' {size!r} does not give one size per dimension of {ids}")  # fmt: skip
        for dim, n, lab in zip(ids, size, labels, strict=True):
            if n != len(lab):
                raise RawDataError(
                    name, None, dim,
                    f"'size' says {n} categories but the dimension lists {len(lab)}",
                )  # fmt: skip
    if time_dimension is None:
        role = ds.get("role") or dims.get("role") or {}
        time_dimension = (
            next(iter(role.get("time") or []), None) if isinstance(role, dict) else None
        )
    if time_dimension in ids:
        check_years(time_dimension, labels[ids.index(time_dimension)], name)
    values = ds["value"]
    n = prod(len(lab) for lab in labels)
    if isinstance(values, dict):  # sparse form {"position": value}
        bad = [k for k in values if not str(k).isdigit() or int(k) >= n]
        if bad:
            raise RawDataError(name, None, "value", f"sparse value position {bad[0]!r} outside a cube of {n} cells")  # fmt: skip
        values = [values.get(str(i)) for i in range(n)]
    if not isinstance(values, list):
        raise RawDataError(name, None, "value", "'value' is neither a list nor an object")
    if len(values) != n:
        raise RawDataError(name, None, "value", f"{len(values)} values for a cube of {n} cells")
    return list(ids), labels, values
