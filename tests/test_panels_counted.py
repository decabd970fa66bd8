"""Issue 16 §6: the fans show the one-release digital series and never project rejected levels."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from hn4ir_analysis.data.asof import prepare  # noqa: E402
from hn4ir_analysis.views import fan_panels, panel_chart  # noqa: E402
from hn4ir_analysis.views.i18n import t  # noqa: E402


@pytest.fixture(scope="module")
def panels():
    d = prepare(2025)
    ts = [t for t in d.targets if t.target_year == 2030]
    return {p.key: p for p in fan_panels.panels(ts, d, confidence=0.8)}


def test_share_panel_projects_the_one_release_series(panels):
    p = panels["digital_econ_share"]
    assert p.lines[0][0] == "digital_econ_share_release2025"  # the projected series
    assert p.lines[0][1] == pytest.approx({2020: 15.3716, 2024: 17.0927, 2025: 17.34}, abs=1e-3)
    assert ("digital_econ_share", "two_releases", ()) in p.not_counted
    assert p.fan is not None and p.fan[2][0] <= p.fan[1][0] <= p.fan[3][0]


def test_productivity_panel_does_not_project_253_and_347(panels):
    p = panels["labour_productivity"]
    assert p.fan is None  # one usable level (304.1 for 2022) is no trend
    assert ("labour_productivity_vnd", "inconsistent", (2020, 2025)) in p.not_counted


def test_no_draft_threshold_on_a_panel(panels):
    # the Jan 2025 draft's 10.5-11 %/yr GRDP scenario is not drawn as a target
    assert not any(lo == 10.5 and hi == 11 for _s, _e, lo, hi, _c in panels["grdp_growth"].targets)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_not_counted_marked_in_the_legend(panels, lang):
    fig, ax = plt.subplots()
    panel_chart.panel_chart(
        ax, panels["digital_econ_share"], confidence=0.8, lang=lang, title="x", source="x"
    )
    labels = ax.get_legend_handles_labels()[1]
    word = {"en": "the link is not counted", "vi": "không tính mối nối"}[lang]
    assert sum(word in x for x in labels) == 1
    plt.close(fig)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_figure_04_shows_the_one_release_series(lang):
    from hn4ir_analysis.views import digital, digital_chart

    d = prepare(2025)
    fig, ax = plt.subplots()
    digital_chart.share_chart(
        ax, digital.comparison_long(d), d.annual, d.targets, lang=lang, as_of=2025
    )
    lines = {line.get_label(): line for line in ax.get_lines()}
    one = [k for k in lines if k.endswith(t(f"nb04.series.{digital.SAME_RELEASE}", lang))]
    assert len(one) == 1 and list(lines[one[0]].get_xdata()) == [2020, 2024, 2025]
    word = {"en": "the link is not counted", "vi": "không tính mối nối"}[lang]
    linked = [line for k, line in lines.items() if word in k]
    assert len(linked) == 1 and linked[0].get_linestyle() == "None"  # points, no line joining them
    plt.close(fig)
