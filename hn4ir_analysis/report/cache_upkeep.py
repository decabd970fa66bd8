"""Keep the disk cache from growing without end: a report run drops entries nobody uses.

A cached value's key holds the fingerprints of the code and of the raw data
(:mod:`hn4ir_analysis.cache`), so every new release of either leaves the earlier entries
unreachable: a scheduled job's cache grows by one run's tables per release, and no entry
is ever removed (a development checkout here held 1,240 files, 80 MB). :func:`prune`
removes the entries that no process has read or written for :data:`MAX_AGE_DAYS`, with
their lock files and any temporary file a stopped write left behind; ``hn4ir report``
calls it after publishing and says what it removed.

Notes
-----
Why age and not "other fingerprints": the keys are hashes, so an entry does not say which
code or data made it; and the same cache may serve two checkouts or an older kernel still
running. Every read refreshes an entry's modification time (:func:`hn4ir_analysis.cache._load`),
so an entry in use is never old; an entry removed and needed again is computed again, with
the same result. Pruning never decides a number.
"""

from __future__ import annotations

import time
from pathlib import Path

from hn4ir_analysis import cache

#: entries unused for this many days are removed by a report run
MAX_AGE_DAYS = 30


def prune(folder: Path | str | None = None, max_age_days: float = MAX_AGE_DAYS,
          now: float | None = None) -> tuple[int, int]:  # fmt: skip
    """Remove cache entries older than ``max_age_days`` from ``folder`` (default: the cache).

    Returns ``(entries removed, bytes freed)``. Files that vanish or cannot be removed
    meanwhile (another process, a read-only folder) are skipped.
    """
    folder = Path(folder) if folder is not None else cache.cache_dir()
    if not folder.is_dir():
        return 0, 0
    limit = (time.time() if now is None else now) - max_age_days * 86400
    removed = freed = 0
    for path in [*folder.glob("*.pkl"), *folder.glob(".*.tmp")]:
        try:
            stat = path.stat()
            if stat.st_mtime >= limit:
                continue
            path.unlink()
        except OSError:
            continue
        if path.suffix == ".pkl":
            removed, freed = removed + 1, freed + stat.st_size
            try:
                (folder / f".{path.name}.lock").unlink(missing_ok=True)  # cache._lock's name
            except OSError:
                pass
    return removed, freed
