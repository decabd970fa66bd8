"""Broken raw data stops the pipeline with an error naming file, row and column.

Each case of ``tests/bad_input/cases.yaml`` breaks a temporary copy of ``data/raw`` (see
that file for the edit syntax), rewrites the manifest's checksums (except the
stale-manifest case), and runs :func:`processed.run` into an output folder that already
holds a good build. The run must raise the stated error, and leave the output folder
byte-for-byte as it was.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from hn4ir_analysis import config, errors
from hn4ir_analysis.data import manifest, processed

CASES_FILE = Path(__file__).parent / "bad_input" / "cases.yaml"
CASES: list[dict] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
EDITS = ("line", "sub", "prepend_hex", "content", "symlink")
ERRORS = {"RawDataError": errors.RawDataError, "ManifestError": errors.ManifestError,
          "DerivationError": errors.DerivationError}  # fmt: skip


def apply_change(raw_dir: Path, change: dict) -> None:
    """Apply one edit of a case to the raw copy (syntax: header of cases.yaml)."""
    path = raw_dir / change["file"]
    if "symlink" in change:
        assert not path.exists(), f"{change['file']}: a symlink edit makes a new file"
        path.symlink_to(change["symlink"])
        return
    data = path.read_bytes()
    if "prepend_hex" in change:
        new = bytes.fromhex(change["prepend_hex"]) + data
    elif "content" in change:
        new = change["content"].encode("utf-8")
    elif "sub" in change:
        text, n = re.subn(change["sub"], change["repl"], data.decode("utf-8"), flags=re.MULTILINE)
        assert n >= 1, f"{change['file']}: pattern {change['sub']!r} matches nothing"
        new = text.encode("utf-8")
    else:
        lines = data.split(b"\n")
        index = change["line"] - 1
        old = change["old"].encode("utf-8")
        assert old in lines[index], (
            f"{change['file']} line {change['line']} lacks {change['old']!r}"
        )
        replacement = change["new"].encode(change.get("encoding", "utf-8"))
        lines[index] = lines[index].replace(old, replacement, 1)
        new = b"\n".join(lines)
    assert new != data, f"{change['file']}: the edit changed nothing"
    path.write_bytes(new)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` (hidden ones too) with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def copy_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(config.RAW_DIR, raw)
    return raw


@pytest.fixture(scope="module")
def good_build(shipped_run) -> Path:
    """A processed folder built from the shipped raw data (copied before any run into it)."""
    return shipped_run[0]


def test_case_file_is_well_formed():
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)) >= 22
    for case in CASES:
        assert set(case) <= {"id", "why", "changes", "update_manifest", "expect"}, case["id"]
        assert case["changes"], case["id"]
        for change in case["changes"]:
            assert sum(k in change for k in EDITS) == 1, f"{case['id']}: one edit per change"
        exp = case["expect"]
        assert set(exp) == {"error", "file", "row", "column", "message"}, case["id"]
        assert exp["error"] in ERRORS, case["id"]


def test_unbroken_copy_builds_the_same_files(tmp_path, good_build):
    """Control: copying raw and rewriting the manifest alone breaks nothing."""
    raw = copy_raw(tmp_path)
    manifest.update(raw)
    assert (raw / config.MANIFEST_NAME).read_bytes() == (
        config.RAW_DIR / config.MANIFEST_NAME
    ).read_bytes()
    out = tmp_path / "out"
    processed.run(raw, out)
    assert snapshot(out) == snapshot(good_build)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_bad_input(case, tmp_path, good_build):
    raw = copy_raw(tmp_path)
    for change in case["changes"]:
        apply_change(raw, change)
    if case.get("update_manifest", True):
        manifest.update(raw)
    out = tmp_path / "processed"
    shutil.copytree(good_build, out)
    before = snapshot(out)
    exp = case["expect"]

    with pytest.raises(errors.RawDataError) as info:
        processed.run(raw, out)

    err = info.value
    assert type(err) is ERRORS[exp["error"]], str(err)
    assert (err.file, err.row, err.column) == (exp["file"], exp["row"], exp["column"]), str(err)
    assert exp["message"] in err.message, str(err)
    where = err.file + (f", row {err.row}" if err.row is not None else "")
    where += f", column {err.column}" if err.column is not None else ""
    assert str(err) == f"{where}: {err.message}"
    assert snapshot(out) == before, "a failed run changed the output folder"


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_manifest_update_refuses_a_symlink(kind, tmp_path):
    """Issue 10 case 10: `hn4ir manifest --update` no longer hashes a linked file."""
    raw = copy_raw(tmp_path)
    before = (raw / config.MANIFEST_NAME).read_bytes()
    if kind == "file":
        (raw / "hn4ir" / "passwd.csv").symlink_to("/etc/passwd")
    else:
        (raw / "etc").symlink_to("/etc", target_is_directory=True)
    with pytest.raises(errors.ManifestError, match="a symbolic link"):
        manifest.update(raw)
    assert (raw / config.MANIFEST_NAME).read_bytes() == before
    with pytest.raises(errors.ManifestError, match="a symbolic link"):
        manifest.verify(raw)


def _refused_without_writing(raw: Path, tmp_path: Path, good_build: Path) -> errors.RawDataError:
    out = tmp_path / "processed"
    shutil.copytree(good_build, out)
    before = snapshot(out)
    with pytest.raises(errors.RawDataError) as info:
        processed.run(raw, out)
    assert snapshot(out) == before, "a failed run changed the output folder"
    return info.value


def test_a_file_over_the_size_budget_is_refused_before_reading(tmp_path, good_build):
    """Issue 10 case 13: a 200k-row export is refused from its size, with a clear message."""
    from hn4ir_analysis.data import csvio

    raw = copy_raw(tmp_path)
    path = raw / "hn4ir" / "observations.csv"
    header, *rows = path.read_text(encoding="utf-8").splitlines(keepends=True)
    copies = csvio.MAX_BYTES // sum(map(len, rows)) + 1
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(header)
        for i in range(copies):  # ids made unique: only the size is wrong
            f.writelines(r.replace(",", f"-C{i},", 1) if i else r for r in rows)
    assert path.stat().st_size > csvio.MAX_BYTES
    manifest.update(raw)
    err = _refused_without_writing(raw, tmp_path, good_build)
    assert (err.file, err.row, err.column) == ("hn4ir/observations.csv", None, None), str(err)
    assert "MB budget for a raw file" in err.message and "MAX_BYTES" in err.message


def test_a_copied_row_stops_the_reading_at_once(tmp_path, good_build):
    """Issue 10 case 13: duplicates are found while streaming, before the rest is read.

    Rows after the copy are broken (one field short): a reader that materialised the
    whole file first would report those instead.
    """
    raw = copy_raw(tmp_path)
    path = raw / "hn4ir" / "observations.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    broken = [line.rsplit(",", 1)[0] for line in lines[1:] if line]
    path.write_text("\n".join([*lines[:3], lines[1], *broken, ""]), encoding="utf-8")
    manifest.update(raw)
    err = _refused_without_writing(raw, tmp_path, good_build)
    assert (err.file, err.row, err.column) == ("hn4ir/observations.csv", 4, "obs_id"), str(err)
    assert "duplicate id 'HN-APT-2024-01' (first at row 2)" in err.message
