"""The end-of-run screen of ``hn4ir report`` (report.screen): the plan's targets as the front
page reads them, ranges included."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from hn4ir_analysis.assess.verdicts import assess
from hn4ir_analysis.report import screen


@pytest.fixture(scope="module")
def result():
    table = pd.concat([assess(y, 2025) for y in (2025, 2030)], ignore_index=True)
    manifest = {"parameters": {"as_of": 2025, "target_years": [2025, 2030], "lang": "en"}}
    return SimpleNamespace(manifest=manifest, summary=table)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_productivity_line_shows_the_whole_range_not_one_end(result, lang):
    text = "\n".join(screen._answer_lines(result, lang))
    # 2021-25 productivity: the verdict reads the whole range 5.06-6.20 %/yr (the page's lead)
    sep = "." if lang == "en" else ","
    assert f"5{sep}06–6{sep}20" in text
    # the 2030 digital-economy share: the share expected in 2030, as the page leads with it
    assert f"19{sep}3" in text
