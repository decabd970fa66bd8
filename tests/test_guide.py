"""Issue 17 §3: the worked guide of data/raw/README.md runs as written on a copy of the project.

Every ```sh block of the section "Worked guide" runs, in order, with ``bash -eu`` in a
tmp folder holding copies of data/raw and data/processed (the project root is found from
the current folder, as for a user). The table the guide imports (``V03.10.json``) is the
shipped V03.10 table with a 2026 column added in its place, as PX-Web would export it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from gso_files import new_year_in_order, project_copy, write

from hn4ir_analysis import config
from hn4ir_analysis.data import manifest, revisions

README = config.RAW_DIR / "README.md"


def guide_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Worked guide", 1)[1]
    return re.findall(r"```sh\n(.*?)```", section, flags=re.S)


def test_guide_has_the_four_steps_each_ending_with_a_command_that_shows_the_result():
    blocks = guide_blocks()
    assert len(blocks) == 4
    for block in blocks:
        last = block.strip().splitlines()[-1]
        assert last.startswith("grep "), last


# slow: walks the whole guide as written (its shell blocks run `hn4ir data` and `hn4ir
# import` as separate processes, about 40 s); `make test` runs it. What each step relies on
# (a revision stopped until accepted, a new year, an import) has fast in-process tests in
# test_revisions and test_import.
@pytest.mark.slow
def test_guide_runs_as_written(tmp_path):
    raw, out = project_copy(tmp_path)
    write(new_year_in_order(index_value=108.3), tmp_path / "V03.10.json")
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("HN4IR_") or k.endswith("CACHE_DIR")
    }
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    outputs, errors = [], []
    for block in guide_blocks():
        done = subprocess.run(["bash", "-eu", "-c", block], cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=600)  # fmt: skip
        assert done.returncode == 0, (
            f"{block}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
        )
        outputs.append(done.stdout)
        errors.append(done.stderr)

    # 1: the new value is in the Hanoi table
    assert outputs[0].strip().splitlines()[-1].startswith("HN,population_avg,2025,8860.5,")
    # 2: the first run stopped on the +2.7 % change, the second accepted and logged it
    assert (
        "HN population_avg 2025: 8860.5 → 9100" in errors[1] and "stopped with exit 1" in outputs[1]
    )
    assert outputs[1].strip().splitlines()[-1].startswith("HN,population_avg,2025,9100,")
    log = pd.read_csv(out / revisions.ACCEPTED)
    assert log["reason"].tolist() == [
        "Hanoi statistical yearbook 2025 gives the final 2025 population"
    ]
    # 3: the new year
    assert outputs[2].strip().splitlines()[-1].startswith("HN,grdp_growth,2026,8.5,")
    # 4: the import replaced V03.10 and its manifest row; Hanoi 2026 now from the GSO table
    manifest.verify(raw)
    assert (raw / "gso" / "grdp_growth_index_by_province.json").read_bytes() == (
        tmp_path / "V03.10.json"
    ).read_bytes()
    hanoi = pd.read_csv(out / config.HANOI_ANNUAL)
    row = hanoi[(hanoi.indicator == "grdp_growth") & (hanoi.year == 2026)].iloc[0]
    assert (round(row["value"], 6), row["source_ids"]) == (8.3, "GSO-V03.10-HN-2026")
    assert "HN,grdp_growth,2026,observed,pct,changed,8.5,8.3" in outputs[3]
