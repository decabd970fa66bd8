"""A disk cache for results that depend only on the raw data, the code and the arguments.

Every notebook and the report runner need the same as-of data, assessment tables and
model fits; computing them once per data release instead of once per notebook keeps a
scheduled run close to the cost of starting its kernels. A cached value is found under a
key built from

* the raw data's fingerprint (the sha256 of ``data/raw/manifest.csv``, which lists the
  sha256 of every raw file and is verified before any use),
* the code's fingerprint (the sha256 of every ``hn4ir_analysis/*.py`` file), and
* the arguments,

so a change to any of them is a miss, never a stale hit. Values are pickled into
``data/processed/.cache/`` (git-ignored; ``HN4IR_CACHE_DIR`` moves it,
``HN4IR_NO_CACHE=1`` turns the cache off) and written atomically, so parallel kernels can
share it. Results are the same with or without the cache: it stores what the function
returned.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from hn4ir_analysis import config

T = TypeVar("T")


def cache_dir() -> Path:
    """Where cached values live (``HN4IR_CACHE_DIR`` or ``data/processed/.cache``)."""
    return Path(os.environ.get("HN4IR_CACHE_DIR") or config.PROCESSED_DIR / ".cache")


def enabled() -> bool:
    """False when ``HN4IR_NO_CACHE`` is set to a true value."""
    return os.environ.get("HN4IR_NO_CACHE", "").lower() not in {"1", "true", "yes"}


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over the package's source files (names and contents)."""
    h = hashlib.sha256()
    # every sub-package too (assess/, data/ ...): a change anywhere is a miss
    for path in sorted(config.PACKAGE_DIR.rglob("*.py")):
        h.update(path.relative_to(config.PACKAGE_DIR).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def data_fingerprint(raw_dir: Path | None = None) -> str:
    """sha256 of the raw manifest (which holds every raw file's sha256)."""
    manifest = Path(raw_dir or config.RAW_DIR) / config.MANIFEST_NAME
    return hashlib.sha256(manifest.read_bytes()).hexdigest() if manifest.exists() else "no-manifest"


def key(*parts) -> str:
    """A stable key for ``parts`` (reprs of plain values, arrays as bytes), plus the code fingerprint."""
    h = hashlib.sha256(code_fingerprint().encode())
    for part in parts:
        data = part.tobytes() if hasattr(part, "tobytes") else repr(part).encode()
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()[:32]


def cached(name: str, parts: tuple, compute: Callable[[], T]) -> T:
    """Return the cached value for ``(name, parts)``, computing and storing it on a miss.

    Parameters
    ----------
    name : str
        A label for the file name (``assess``, ``asof``, ``fits``).
    parts : tuple
        Everything the result depends on besides the code: include
        :func:`data_fingerprint` when it depends on the raw data.
    compute : callable
        Called without arguments on a miss.
    """
    if not enabled():
        return compute()
    path = cache_dir() / f"{name}-{key(name, *parts)}.pkl"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (FileNotFoundError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass
    value = compute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only checkout still works, only slower
    return value
