"""Validate run parameters before any work starts (notebooks, ``hn4ir assess``, ``hn4ir report``).

papermill only warns about a misspelled parameter name and accepts any value, so every
notebook's second cell calls :func:`validate` and the report runner calls it before any
kernel starts. Errors are :class:`ParameterError` with one sentence saying what is allowed.
"""

from __future__ import annotations

#: target years of the plan (KH 205-KH/TU: 2025, 2030; the 2045 vision)
PLAN_TARGET_YEARS = (2025, 2030, 2045)
#: the earliest and latest as-of years a run may ask for (the plan's horizon). The default
#: as-of is no constant: it follows the data, the latest year of Hanoi's real GRDP growth
#: in data/raw (:func:`hn4ir_analysis.data.latest.default_as_of`).
MIN_AS_OF, MAX_AS_OF = 2015, 2045
#: level of prediction intervals unless a run says otherwise
DEFAULT_CONFIDENCE = 0.8
LANGS = ("en", "vi")


class ParameterError(ValueError):
    """A run parameter is outside what the analysis supports."""


def validate(
    target_year: int | None = None,
    as_of: int | None = None,
    lang: str | None = None,
    confidence: float | None = None,
) -> None:
    """Raise :class:`ParameterError` for the first parameter that is not allowed.

    Parameters
    ----------
    target_year : int, optional
        Any year from 2012 to 2045 that the target catalogue may hold; the plan's own
        are :data:`PLAN_TARGET_YEARS`.
    as_of : int, optional
        Last year of data used, :data:`MIN_AS_OF`–:data:`MAX_AS_OF`.
    lang : {"en", "vi"}, optional
    confidence : float, optional
        Level of prediction intervals, strictly between 0.5 and 1.
    """
    if target_year is not None:
        if isinstance(target_year, bool) or not isinstance(target_year, int):
            raise ParameterError(f"target_year must be an integer year, got {target_year!r}")
        if not 2012 <= target_year <= 2045:
            raise ParameterError(
                f"target_year {target_year} is outside 2012-2045 (plan years: 2025, 2030, 2045)"
            )
    if as_of is not None:
        if isinstance(as_of, bool) or not isinstance(as_of, int):
            raise ParameterError(f"as_of must be an integer year, got {as_of!r}")
        if not MIN_AS_OF <= as_of <= MAX_AS_OF:
            raise ParameterError(f"as_of {as_of} is outside {MIN_AS_OF}-{MAX_AS_OF}")
    if lang is not None and lang not in LANGS:
        raise ParameterError(f"lang must be one of {', '.join(LANGS)}, got {lang!r}")
    if confidence is not None:
        if (
            isinstance(confidence, bool)
            or not isinstance(confidence, (int, float))
            or not 0.5 < confidence < 1
        ):
            raise ParameterError(
                f"confidence must be a number between 0.5 and 1 (exclusive), got {confidence!r}"
            )


#: what marks a folder as an earlier output of a command (any one of these names in it)
OUTPUT_MARKERS = {
    "data": ("hanoi_annual.csv", "panel_annual.csv", "selection_log.csv"),
    "report": ("runs", "latest", ".lock"),
    "backtest": ("backtest_errors.csv", "backtest_replay.csv"),
}


def check_out(out, command: str, raw_dir=None) -> None:
    """Refuse an ``--out`` folder that a command must never write into.

    Raises :class:`ParameterError` (one sentence; nothing is written) for the raw folder
    (``data/raw``, ``$HN4IR_RAW_DIR`` or the ``--raw-dir`` given) or anything inside it, the
    filesystem root, and a non-empty folder that holds none of the names an earlier output
    of ``command`` leaves (:data:`OUTPUT_MARKERS`).

    Notes
    -----
    Method: paths are compared resolved (symbolic links followed), so a link into
    ``data/raw`` is refused too. ``hn4ir data --out data/raw/hn4ir`` used to overwrite the
    curated ``targets.csv``; ``hn4ir report --out /`` would have written ``/runs`` (issue 17).
    """
    from pathlib import Path

    from hn4ir_analysis import config

    path = Path(out).expanduser().resolve()
    for raw in {Path(config.RAW_DIR).resolve(), *([Path(raw_dir).resolve()] if raw_dir else [])}:
        if path == raw or raw in path.parents:
            raise ParameterError(
                f"--out {out} is inside the raw data folder {raw}, which is never written: "
                "choose another folder"
            )
    if path == Path(path.anchor):
        raise ParameterError(f"--out {out} is the filesystem root: choose a folder of its own")
    if path.is_dir() and any(path.iterdir()):
        markers = OUTPUT_MARKERS.get(command, ())
        if not any((path / name).exists() or (path / name).is_symlink() for name in markers):
            raise ParameterError(
                f"--out {out} is a non-empty folder that holds no earlier output of "
                f"'hn4ir {command}': choose an empty or new folder"
            )
    elif path.exists() and not path.is_dir():
        raise ParameterError(f"--out {out} is a file, not a folder")
