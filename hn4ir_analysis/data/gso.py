"""Read GSO PX-Web exports (JSON-stat, or the long CSV re-saves) into observations.

Each table is described by one row of ``data/raw/gso/tables.csv`` (indicator, unit, which
dimension holds the province, which the year, filters, value transform, provenance), so a
newly downloaded table needs a catalogue row and a manifest update, never code.

Notes
-----
JSON-stat (https://json-stat.org/format/) stores a cube as a flat ``value`` array in
row-major order over the dimensions listed in ``id`` (the last dimension varies fastest).
PX-Web writes two shapes: version 1.0 with a ``{"dataset": {...}}`` wrapper, and a bare
dataset object; in both, ``id`` and ``size`` may sit inside ``dimension``. Both are read,
and their structure checked, by :mod:`hn4ir_analysis.data.jsonstat`. Formats of the
catalogue: ``jsonstat``, ``csv_long`` (one row per place and year, named columns) and
``pxweb_csv`` (PX-Web's "comma delimited with heading" table: one row per place, one
column per year; :mod:`hn4ir_analysis.data.pxweb_csv`).

Year labels carry the vintage: ``"Sơ bộ 2021"`` is preliminary, ``"Ước tính 2025"`` an
estimate, a bare year official. Province names are matched to geo codes after folding
case, diacritics, the look-alike ``Ð`` (U+00D0) and prefixes such as ``TP.``.
Two cleaning rules apply, each stated where it is applied: Hanoi before 2008 excludes
Hà Tây (merged 1 Aug 2008), so those rows are ``old_basis``; an index with the previous
year = 100 becomes a growth rate by subtracting 100.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import lru_cache
from itertools import product
from pathlib import Path

import pandas as pd

from hn4ir_analysis import config
from hn4ir_analysis.data import plausibility
from hn4ir_analysis.data.csvio import read_csv_records
from hn4ir_analysis.data.jsonstat import parse_year_label, read_jsonstat  # noqa: F401  (API)
from hn4ir_analysis.data.pxweb_csv import cells_pxweb_csv
from hn4ir_analysis.data.raw import NON_NEGATIVE_UNITS, geo_codes
from hn4ir_analysis.errors import RawDataError

CATALOGUE_COLUMNS = [
    "file", "format", "table_code", "title", "indicator", "unit", "geo_dimension",
    "time_dimension", "value_column", "fixed_geo", "filter", "value_transform",
    "latest_year_vintage", "producer", "authority", "published", "source_id", "source_url", "note",
]  # fmt: skip
#: catalogue columns holding codes: refused with surrounding spaces, as in the curated tables
CODE_COLUMNS = [
    "file", "format", "table_code", "indicator", "unit", "geo_dimension", "time_dimension",
    "value_column", "fixed_geo", "value_transform", "latest_year_vintage", "published",
    "source_id",
]  # fmt: skip
#: file formats of the catalogue (see module Notes)
FORMATS = ("jsonstat", "csv_long", "pxweb_csv")
TRANSFORMS = {"none": lambda v: v, "index_minus_100": lambda v: round(v - 100.0, 10)}
#: Hà Tây joined Hanoi on 1 Aug 2008; earlier Hanoi rows cover the old city only.
HANOI_BOUNDARY_YEAR = 2008


@lru_cache(maxsize=4096)  # a table repeats its few place names thousands of times
def name_key(name: str) -> str:
    """Fold a Vietnamese place name for matching (``"TP.Hồ Chí Minh"`` → ``"hochiminh"``)."""
    text = (
        unicodedata.normalize("NFC", name)
        .replace("\u00d0", "Đ")
        .replace("Đ", "D")
        .replace("đ", "d")
    )
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"^\s*(tp|thanh pho|tinh)\b\.?\s*", "", text.lower())
    return re.sub(r"[^a-z]", "", text)


def geo_lookup() -> dict[str, str]:
    """Map folded names and aliases to geo codes (see ``reference/geo_codes.csv``)."""
    lookup: dict[str, str] = {}
    for row in geo_codes().itertuples():
        for name in [row.name_vi, *filter(None, row.aliases.split(";"))]:
            key = name_key(name)
            if key in lookup and lookup[key] != row.geo:
                raise ValueError(f"geo_codes.csv: {name!r} is ambiguous ({lookup[key]}, {row.geo})")
            lookup[key] = row.geo
    return lookup


def cell_value(value, name: str, where: str):
    """A JSON-stat cell as a float (``None`` if blank); anything but a finite number is refused.

    JSON-stat cells are numbers or ``null``. Python's JSON reader also accepts ``NaN`` and
    ``Infinity``, and ``true`` is an ``int`` to Python: all of these, strings (``"1e3"``,
    ``"108,16"``) and objects are refused, naming the cell by its labels.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RawDataError(
            name,
            None,
            "value",
            f"cell {where}: {json.dumps(value, ensure_ascii=False)} is not a number",
        )
    if not math.isfinite(value):
        raise RawDataError(name, None, "value", f"cell {where}: {value!r} is not a finite number")
    return float(value)


def _cells_jsonstat(path: Path, name: str, spec: dict):
    ids, labels, values = read_jsonstat(path, name, spec["time_dimension"] or None)
    wanted = {}
    for clause in filter(None, spec["filter"].split(";")):
        dim, _, label = clause.partition("=")
        wanted[dim.strip()] = label.strip()
    for dim in [spec["geo_dimension"], spec["time_dimension"], *wanted]:
        if dim and dim not in ids:
            raise RawDataError(
                name, None, dim, f"dimension not in the table (has: {', '.join(ids)})"
            )
    # A dimension that is neither place, year nor filtered would give several cells per
    # place and year (why: say so here rather than as a clash of generated ids later).
    used = {spec["geo_dimension"], spec["time_dimension"], *wanted}
    for dim, lab in zip(ids, labels, strict=True):
        if dim not in used and len(lab) > 1:
            raise RawDataError(
                name, None, dim,
                f"dimension {dim!r} not filtered ({len(lab)} categories: "
                f"{', '.join(map(str, lab[:4]))}{' …' if len(lab) > 4 else ''}); add "
                f"'{dim}=<label>' to the filter of {config.GSO_CATALOGUE_NAME} row {spec.get('_line', '?')}",
            )  # fmt: skip
    for pos, combo in enumerate(product(*labels)):
        cell = dict(zip(ids, combo, strict=True))
        if any(cell[d] != label for d, label in wanted.items()):
            continue
        where = " × ".join(str(cell[d]) for d in ids if d not in wanted)
        yield pos, cell, cell_value(values[pos], name, where)


def _cells_csv_long(path: Path, name: str, spec: dict):
    cols = [spec["geo_dimension"], spec["time_dimension"], spec["value_column"]]
    records = read_csv_records(path, name, cols, optional=("",))
    for rec in records:
        raw = rec[spec["value_column"]].strip()
        try:
            value = float(raw) if raw else None
        except ValueError:
            raise RawDataError(
                name, rec["_line"], spec["value_column"], f"{raw!r} is not a number"
            ) from None
        if value is not None and not math.isfinite(value):  # "nan", "inf", "1e999"
            raise RawDataError(
                name, rec["_line"], spec["value_column"], f"{raw!r} is not a finite number"
            )
        yield rec["_line"], rec, value


def read_table(raw_dir: Path, spec: dict, lookup: dict[str, str], ranges=()) -> pd.DataFrame:
    """Turn one catalogued GSO table into observations (same columns as the curated ones).

    ``ranges`` (:func:`hn4ir_analysis.data.plausibility.load_ranges`) bound every value
    after its transform, and every year.
    """
    name = f"gso/{spec['file']}"
    path = Path(raw_dir) / "gso" / spec["file"]
    reader = {
        "jsonstat": _cells_jsonstat,
        "csv_long": _cells_csv_long,
        "pxweb_csv": cells_pxweb_csv,
    }[spec["format"]]
    transform = TRANSFORMS[spec["value_transform"]]
    value_ranges = plausibility.applicable(ranges, unit=spec["unit"], indicator=spec["indicator"])
    rows = []
    for where, cell, value in reader(path, name, spec):
        row_no = where if spec["format"] != "jsonstat" else None
        if value is None:
            continue  # a blank cell: not published
        year_label = str(cell[spec["time_dimension"]])
        parsed = parse_year_label(year_label)
        if parsed is None:
            raise RawDataError(
                name,
                row_no,
                spec["time_dimension"],
                f"{year_label!r} is not a year label (cell {where})",
            )
        year, vintage = parsed
        if spec["geo_dimension"]:
            place = str(cell[spec["geo_dimension"]])
            geo = lookup.get(name_key(place))
            if geo is None:
                raise RawDataError(
                    name, row_no, spec["geo_dimension"],
                    f"unknown place {place!r}; add it to hn4ir_analysis/data/reference/geo_codes.csv",
                )  # fmt: skip
        else:
            geo = spec["fixed_geo"]
        if spec["unit"] in NON_NEGATIVE_UNITS and transform(float(value)) < 0:
            raise RawDataError(
                name, row_no, spec["value_column"] or "value",
                f"negative value {value:g} for a quantity in {spec['unit']!r} (cell {where})",
            )  # fmt: skip
        why = plausibility.violation(
            value_ranges, transform(float(value)), unit=spec["unit"], indicator=spec["indicator"]
        ) or plausibility.year_violation(ranges, year)
        if why:
            raise RawDataError(
                name, row_no, spec["value_column"] or "value", f"{why} (cell {where})"
            )
        rows.append((geo, year, vintage, float(value), year_label, row_no or where))
    if spec["latest_year_vintage"] and rows:
        latest = max(r[1] for r in rows)
        rows = [
            (*r[:2], spec["latest_year_vintage"] if r[1] == latest else r[2], *r[3:]) for r in rows
        ]
    frame = pd.DataFrame(rows, columns=["geo", "year", "vintage", "raw_value", "label", "line"])
    frame["value"] = frame["raw_value"].map(transform)
    # Cleaning rule (why: Hà Tây was merged into Hanoi on 1 Aug 2008, so earlier Hanoi
    # figures cover a smaller territory; source: data/raw/gso/README.md, caveats).
    old = (frame["geo"] == config.HANOI) & (frame["year"] < HANOI_BOUNDARY_YEAR)
    frame["basis"] = "current"
    frame.loc[old, "basis"] = "old_basis"
    frame["note"] = spec["note"]
    frame.loc[old, "note"] = "Hanoi before the 2008 merger with Hà Tây (old boundary)."
    frame["obs_id"] = [
        f"GSO-{spec['table_code']}-{g}-{y}" for g, y in zip(frame.geo, frame.year, strict=True)
    ]
    frame["indicator"] = spec["indicator"]
    frame["unit"] = spec["unit"]
    frame["period"] = frame["year"].astype(str)
    frame["period_start"] = frame["year"]
    frame["period_end"] = frame["year"]
    frame["as_published"] = [f"{v:g}" for v in frame["raw_value"]]
    frame["producer"] = spec["producer"]
    frame["published"] = spec["published"]
    frame["authority"] = spec["authority"]
    frame["source_id"] = spec["source_id"] or f"GSO:{spec['table_code']}"
    frame["source_url"] = spec["source_url"]
    frame["quote"] = spec["title"] + " — " + frame["label"]
    frame["origin"] = name
    return frame.drop(columns=["raw_value", "label", "year"])


def load_catalogue(raw_dir: Path, indicators: dict, sources: set) -> list[dict]:
    """Read and check ``gso/tables.csv`` (one row per table file)."""
    name = config.GSO_CATALOGUE_NAME
    records = read_csv_records(Path(raw_dir) / name, name, CATALOGUE_COLUMNS)
    geos = set(geo_codes()["geo"])
    for rec in records:
        line = rec["_line"]
        for column in CODE_COLUMNS:
            if rec[column] != rec[column].strip():
                raise RawDataError(
                    name, line, column,
                    f"{rec[column]!r} has leading or trailing spaces; write the code alone",
                )  # fmt: skip
        if rec["fixed_geo"] and rec["fixed_geo"] not in geos:
            raise RawDataError(name, line, "fixed_geo", f"unknown geo {rec['fixed_geo']!r}")
        if rec["format"] not in FORMATS:
            raise RawDataError(name, line, "format", f"unknown format {rec['format']!r}")
        if rec["indicator"] not in indicators:
            raise RawDataError(name, line, "indicator", f"unknown indicator {rec['indicator']!r}")
        if rec["unit"] != indicators[rec["indicator"]]["unit"]:
            raise RawDataError(
                name, line, "unit", f"unit {rec['unit']!r} differs from the indicator's"
            )
        if rec["value_transform"] not in TRANSFORMS:
            raise RawDataError(
                name, line, "value_transform", f"unknown transform {rec['value_transform']!r}"
            )
        if not rec["geo_dimension"] and not rec["fixed_geo"]:
            raise RawDataError(name, line, "fixed_geo", "give a geo_dimension or a fixed_geo")
        if rec["source_id"] and rec["source_id"] not in sources:
            raise RawDataError(
                name, line, "source_id", f"source {rec['source_id']!r} is not in sources.csv"
            )
        if not rec["source_url"]:
            raise RawDataError(name, line, "source_url", "empty, but a value is required")
    return records


def load_gso(raw_dir: Path, indicators: dict, sources: set) -> pd.DataFrame:
    """All catalogued GSO tables as one observations frame."""
    lookup = geo_lookup()
    ranges = plausibility.load_ranges()
    frames = [
        read_table(raw_dir, spec, lookup, ranges)
        for spec in load_catalogue(raw_dir, indicators, sources)
    ]
    return pd.concat(frames, ignore_index=True)
