"""Errors that name the file, row and column at fault.

Every problem with raw data is raised as :class:`RawDataError`. Its message reads
``<file>, row <n>, column <name>: <what is wrong>`` so that a user can open the file and
go straight to the cell. ``row`` is the 1-based line number in the file (the header is
line 1), which is what an editor or spreadsheet shows.
"""

from __future__ import annotations

from pathlib import Path


class RawDataError(ValueError):
    """A raw file is malformed or breaks a validation rule.

    Parameters
    ----------
    file : str or Path
        The raw file (shown relative to the raw folder when possible).
    row : int or None
        1-based line number in the file; ``None`` when the problem is the whole file.
    column : str or None
        Column (or JSON-stat dimension) name; ``None`` when the problem is the whole row.
    message : str
        What is wrong, in plain words.
    """

    def __init__(self, file: str | Path, row: int | None, column: str | None, message: str):
        self.file = str(file)
        self.row = row
        self.column = column
        self.message = message
        where = self.file
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column {column}"
        super().__init__(f"{where}: {message}")


class ManifestError(RawDataError):
    """A raw file does not match the checksum recorded in ``data/raw/manifest.csv``."""


class DerivationError(RawDataError):
    """Parts of a derived series cannot be combined (e.g. their units disagree)."""
