"""Issue 16 §6: README "What it finds" is the text generated from the assessment table."""

from __future__ import annotations

import pytest

from hn4ir_analysis import config
from hn4ir_analysis.report import findings as F


@pytest.fixture(scope="module")
def generated():
    return F.findings_markdown(F.records_now())


def test_readme_section_is_the_generated_text(generated):
    readme = (config.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert F.current_section(readme) == generated, "run `hn4ir readme-findings --write`"


def test_generated_text_says_what_the_results_say(generated):
    # the stale claims of the hand-written section are gone
    for stale in (
        "cannot be assessed",
        "insufficient data from every forward method",
        "hold only 59%",
    ):
        assert stale not in generated
    assert "5.06–6.20 %/yr" in generated  # productivity 2021-25 is a range
    assert "40 % not before 2055–2083" in generated
    assert "(draft: never in force)" in generated
    assert "Real GRDP growth ≥ 8 %, 2025: **Achieved**" in generated


def test_replace_section_and_markers():
    text = f"a\n{F.START}\nold\n{F.END}\nb"
    assert F.replace_section(text, f"{F.START}\nnew\n{F.END}") == f"a\n{F.START}\nnew\n{F.END}\nb"
    with pytest.raises(ValueError, match="markers"):
        F.replace_section("no markers", "x")
    assert F._esc("a*b_c|d") == r"a\*b\_c\|d"
