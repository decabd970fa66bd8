"""The what-if slider: a widget in JupyterLab, nothing in a headless kernel."""

from __future__ import annotations

import pytest

from hn4ir_analysis import config
from hn4ir_analysis.assess.verdicts import assess
from hn4ir_analysis.data.asof import prepare
from hn4ir_analysis.views import overview, scorecard, whatif_table


@pytest.fixture(scope="module")
def answer():
    return overview.overview(
        scorecard.table_rows(assess(2030, 2025)), prepare(2025).targets, "en", 2025
    )


def test_headless_kernels_get_no_widget(monkeypatch, answer):
    monkeypatch.setenv(config.HEADLESS_ENV, "1")
    assert whatif_table.whatif_slider(answer, "en", 2030) is None


def test_a_person_gets_a_slider(monkeypatch, answer):
    import ipywidgets

    monkeypatch.delenv(config.HEADLESS_ENV, raising=False)
    box = whatif_table.whatif_slider(answer, "en", 2030)
    assert isinstance(box, ipywidgets.VBox)
    assert any(isinstance(w, ipywidgets.FloatSlider) for w in box.children[0].children)
