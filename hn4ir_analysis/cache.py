"""A disk cache for results that depend only on the raw data, the code and the arguments.

Every notebook and the report runner need the same as-of data, assessment tables and
model fits; computing them once per data release instead of once per notebook keeps a
scheduled run close to the cost of starting its kernels. A cached value is found under a
key built from

* the raw data's fingerprint (:func:`data_fingerprint`: the sha256 over the bytes of
  every file below ``data/raw``, the manifest included, and of every reference file
  in ``hn4ir_analysis/data/reference``),
* the code's fingerprint (the sha256 of every ``*.py`` file of the package, sub-packages
  included), and
* the arguments,

so a change to any of them is a miss, never a stale hit. A table passed as an argument
(a DataFrame: the backtest errors, the as-of data's observations, the processed panel) is
keyed by its whole content (:func:`digest`), not by its shortened ``repr``.

What is cached, so that a report run computes each table once and every notebook reads it:
the as-of data (``asof``), the assessment tables (``assess``), the model fits (``fits``),
today's annual values and the pooled-drift experiment (``annual``, ``drift``), the
synthetic reliability targets (``synthetic``), the out-of-time calibration grid
(``oot-grid``), the base-rate windows and table (``windows``, ``feasibility``), the
digital-economy readings (``dsens``) and the source conflicts of notebook 01
(``conflicts``).

Notes
-----
Why the fingerprint hashes the raw files themselves and not only the manifest: a value
is computed only after :func:`hn4ir_analysis.data.manifest.verify` passed, so an entry
exists only for raw bytes that matched their manifest. A raw byte changed without
updating the manifest changes the fingerprint, so the lookup misses, the computation
runs again and its verification stops it — a warm cache never skips the tamper check.
The cost is hashing about 0.5 MB per lookup (about a millisecond; the report's
closing note gives the measurement). The same fingerprint keys every in-process memo
(e.g. :func:`hn4ir_analysis.data.asof.prepare`), so a kernel that outlives a data change
recomputes too.

Values are pickled into ``data/processed/.cache/`` (git-ignored; ``HN4IR_CACHE_DIR``
moves it, ``HN4IR_NO_CACHE=1`` turns the cache off) and written atomically with the
permissions the umask allows, so parallel kernels can share it. A value not yet stored is
computed under a lock on its entry (``flock``): parallel kernels or test workers that ask
for it meanwhile wait and read it, instead of computing it too. An entry that cannot be
read (a folder, unreadable, truncated, another pickle protocol, a file where the cache
folder should be) is recomputed with a :class:`CacheWarning`, never a traceback. Results
are the same with or without the cache: it stores what the function returned. A read
refreshes an entry's time: ``hn4ir report`` drops the entries unused for 30 days.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import pickle
import sys
import tempfile
import warnings
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from hn4ir_analysis import config

T = TypeVar("T")


class CacheWarning(UserWarning):
    """A cache entry or folder could not be used; the value was computed instead."""


def cache_dir() -> Path:
    """Where cached values live (``HN4IR_CACHE_DIR`` or ``data/processed/.cache``)."""
    return Path(os.environ.get("HN4IR_CACHE_DIR") or config.PROCESSED_DIR / ".cache")


def enabled() -> bool:
    """False when ``HN4IR_NO_CACHE`` is set to a true value."""
    return os.environ.get("HN4IR_NO_CACHE", "").lower() not in {"1", "true", "yes"}


def _hash_tree(h, root: Path, *, suffix: str | None = None) -> None:
    """Feed every file below ``root`` (sorted relative path, then bytes) into ``h``.

    Symbolic links are hashed as their link text, not followed: a link is refused by the
    manifest check anyway, and following one could read anything on the machine.
    """
    root = Path(root)
    if not root.is_dir():
        h.update(b"<missing>" + str(root).encode())
        return
    entries = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for name in [*files, *(d for d in dirs if os.path.islink(os.path.join(folder, d)))]:
            if suffix is None or name.endswith(suffix):
                entries.append(os.path.join(folder, name))
    for path in sorted(entries):
        rel = os.path.relpath(path, root).replace(os.sep, "/")
        h.update(len(rel).to_bytes(8, "little") + rel.encode())
        if os.path.islink(path):
            data = b"<symlink>" + os.readlink(path).encode()
        else:
            with open(path, "rb") as f:
                data = f.read()
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over the package's source files, sub-packages included (names and contents).

    Memoised: code loaded into a process does not change while it runs.
    """
    h = hashlib.sha256()
    _hash_tree(h, config.PACKAGE_DIR, suffix=".py")
    return h.hexdigest()


def data_fingerprint(raw_dir: Path | None = None) -> str:
    """sha256 over every raw file (manifest included) and every reference file.

    Computed afresh on every call (never memoised): it is what tells a memo or the disk
    cache that the data changed. See the module notes for why the files and not only the
    manifest are hashed.
    """
    h = hashlib.sha256()
    _hash_tree(h, Path(raw_dir or config.RAW_DIR))
    h.update(b"\0reference\0")
    _hash_tree(h, config.REFERENCE_DIR)
    return h.hexdigest()


def _frame_bytes(part) -> bytes:
    """Every value, label and dtype of a pandas DataFrame or Series, as bytes."""
    import pandas as pd

    frame = part.to_frame() if isinstance(part, pd.Series) else part
    head = repr((type(part).__name__, list(frame.columns), [str(t) for t in frame.dtypes]))
    try:
        rows = pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes()
        index = pd.util.hash_pandas_object(frame.index.to_frame(index=False), index=False)
        rows += index.to_numpy().tobytes()
    except TypeError:  # unhashable cells (lists, dicts): their full text instead
        rows = repr(frame.to_dict("split")).encode()
    return head.encode() + rows


def digest(part) -> bytes:
    """The bytes :func:`key` hashes for one part.

    Arrays: their bytes. pandas DataFrames and Series: every value, row label, column name
    and dtype (:func:`pandas.util.hash_pandas_object`; a frame's ``repr`` is cut short, so
    two frames with the same first and last rows would otherwise share a key). Dataclasses
    (e.g. :class:`hn4ir_analysis.data.asof.AsOfData`): each field in turn; tuples and lists:
    each item. Anything else: its ``repr``.
    """
    if _is_pandas(part):
        return _frame_bytes(part)
    if hasattr(part, "tobytes"):
        return part.tobytes()
    if dataclasses.is_dataclass(part) and not isinstance(part, type):
        fields = [getattr(part, f.name) for f in dataclasses.fields(part)]
        return repr(type(part)).encode() + _join(fields)
    if isinstance(part, (tuple, list)) and any(
        _is_pandas(p) or hasattr(p, "tobytes") for p in part
    ):
        return repr(type(part)).encode() + _join(part)
    return repr(part).encode()


def _is_pandas(part) -> bool:
    pd = sys.modules.get("pandas")  # not imported: then ``part`` is no pandas object
    return pd is not None and isinstance(part, (pd.DataFrame, pd.Series))


def _join(parts) -> bytes:
    out = []
    for part in parts:
        data = digest(part)
        out += [len(data).to_bytes(8, "little"), data]
    return b"".join(out)


def key(*parts) -> str:
    """A stable key for ``parts`` (:func:`digest` of each), plus the code fingerprint."""
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(_join(parts))
    return h.hexdigest()[:32]


def _umask() -> int:
    """The process umask, read without changing it where the OS allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: read by setting, then restore at once
    os.umask(mask)
    return mask


def _load(path: Path):
    """``(value,)``, or ``None`` when there is no entry; an unusable entry warns and gives ``()``."""
    try:
        with open(path, "rb") as f:
            value = pickle.load(f)
        with contextlib.suppress(OSError):  # in use: report.cache_upkeep keeps it
            os.utime(path)
        return (value,)
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - any unreadable entry means: compute instead
        warnings.warn(
            f"cache entry {path} unusable ({type(exc).__name__}: {exc}); recomputing",
            CacheWarning,
            stacklevel=3,
        )
        return ()


def _lock(path: Path) -> int | None:
    """Hold an exclusive lock on ``.<entry>.lock`` (a file descriptor), or ``None`` where
    the folder cannot hold one (read-only, missing, not a folder) or the OS has no ``flock``.

    Why: a report's kernels and the test run's workers start together and ask for the same
    tables; with the lock the first computes a value while the others wait for it and then
    read it, instead of computing it too. Lock files (empty) stay while their entry is used:
    removing one a process waits on would let a third compute alongside (cache_upkeep).
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Linux or macOS
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path.parent / f".{path.name}.lock", os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:  # pragma: no cover - a filesystem without flock
        os.close(fd)
        return None
    return fd


def _store(path: Path, value) -> None:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a shared cache needs the umask's
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        # a read-only checkout still works, only slower (reading already warned if the
        # folder is unusable)


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
    hit = _load(path)
    if hit:
        return hit[0]
    lock = _lock(path) if hit is None else None  # no entry yet: one process computes it
    try:
        if lock is not None:
            hit = _load(path)  # stored by another process while this one waited
            if hit:
                return hit[0]
        value = compute()
        _store(path, value)
        return value
    finally:
        if lock is not None:
            os.close(lock)  # closing the descriptor releases the lock
