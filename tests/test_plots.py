"""Charts: every type in both languages, no missing glyphs, units, sources, deterministic files.

Figures are built with ``matplotlib.figure.Figure`` (no pyplot, no backend selection) and
rendered through Agg by ``savefig`` into memory.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import warnings

import matplotlib as mpl
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont
from matplotlib.text import Text

from hn4ir_analysis import config
from hn4ir_analysis.views import i18n, plots
from hn4ir_analysis.views.i18n import LANGS, t, unit_label

YEARS = [2018, 2019, 2020, 2021, 2022, 2023]
VALUES = [12.5, 14.0, 15.2, 16.8, 17.9, 18.6]
FC_YEARS = [2024, 2025, 2026, 2027, 2028, 2029, 2030]
MEAN = [19.4, 20.3, 21.5, 22.7, 23.9, 25.1, 26.3]
LOWER = [18.6, 18.9, 19.6, 20.2, 20.8, 21.4, 22.0]
UPPER = [20.2, 21.7, 23.4, 25.2, 27.0, 28.8, 30.6]
SOURCE = "Cục Thống kê Hà Nội, Niên giám thống kê 2023"


@pytest.fixture(autouse=True)
def style():
    with mpl.rc_context():
        plots.use_style()
        yield


def render(fig) -> list[str]:
    """Draw ``fig`` with Agg; return the missing-glyph warnings raised while drawing."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(io.BytesIO(), format="png", dpi=72)
    return [str(w.message) for w in caught if "Glyph" in str(w.message)]


def texts(fig) -> list[str]:
    return [a.get_text() for a in fig.findobj(Text)]


def new_axes():
    fig = Figure()
    return fig, fig.subplots()


def test_style_font_covers_vietnamese():
    assert mpl.rcParams["font.sans-serif"][0] == plots.FONT == "DejaVu Sans"
    path = findfont(FontProperties(family=mpl.rcParams["font.family"]), fallback_to_default=False)
    assert os.path.basename(path) == "DejaVuSans.ttf"
    fig, ax = new_axes()
    ax.set_title("Tăng trưởng kinh tế số, Đà Nẵng, Hà Nội")
    ax.set_xlabel("ỹ ữ ở ệ ặ ẫ ỵ Ư Ơ Đ")
    assert render(fig) == []


def test_glyph_check_is_not_vacuous():
    fig, ax = new_axes()
    ax.set_title("中")  # a CJK ideograph: not in DejaVu Sans
    assert render(fig), "a missing glyph should have been reported"


def test_every_vietnamese_string_renders():
    # A glyph is missing for a character, not for a string: drawing every distinct character
    # of the Vietnamese catalogue once checks every string (and takes a second, not 30).
    chars = sorted({c for key in i18n.KEYS for c in t(key, "vi") if not c.isspace()})
    assert "ệ" in chars and "Đ" in chars  # the catalogue was read
    fig = Figure(figsize=(8, 8))
    for i in range(0, len(chars), 40):
        fig.text(0.01, 1 - i / (len(chars) + 40), " ".join(chars[i : i + 40]))
    assert render(fig) == []


def test_style_rcparams():
    rc = mpl.rcParams
    assert rc["axes.grid"] and not rc["axes.spines.top"] and not rc["axes.spines.right"]
    assert rc["font.size"] >= 10
    assert rc["axes.prop_cycle"].by_key()["color"][:2] == list(plots.PALETTE[:2])


def test_importing_selects_no_backend():
    code = "import matplotlib, hn4ir_analysis.views.plots as p; p.use_style(); print(matplotlib.get_backend())"
    env = {**os.environ, "MPLBACKEND": "svg"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "svg"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["line", "bar"])
def test_series_chart(lang, kind):
    fig, ax = new_axes()
    plots.series_chart(ax, YEARS, VALUES, label="digital_econ_share", unit="pct_of_grdp",
                       lang=lang, source=SOURCE, kind=kind)  # fmt: skip
    assert render(fig) == []
    assert unit_label("pct_of_grdp", lang) in ax.get_ylabel()
    assert i18n.indicator_label("digital_econ_share", lang, with_unit=False) in ax.get_ylabel()
    assert ax.get_xlabel() == t("year", lang)
    assert f"{t('source', lang)}: {SOURCE}" in texts(fig)
    years = [label.get_text() for label in ax.get_xticklabels()]
    assert "2020" in years and not any("," in y or "." in y for y in years)


def test_series_chart_free_text_label_and_unit():
    fig, ax = new_axes()
    plots.series_chart(ax, YEARS, VALUES, label="Mbps", unit="Mbit/s", lang="en", source="Ookla")
    assert ax.get_ylabel() == "Mbps (Mbit/s)"
    with pytest.raises(ValueError, match="kind"):
        plots.series_chart(
            ax, YEARS, VALUES, label="x", unit=None, lang="en", source="s", kind="pie"
        )


def test_vietnamese_tick_labels_use_decimal_comma():
    fig, ax = new_axes()
    plots.series_chart(ax, YEARS, VALUES, label="grdp_growth", unit="pct", lang="vi", source="GSO")
    ax.set_yticks([12.5, 15.0, 17.5])
    render(fig)
    assert [label.get_text() for label in ax.get_yticklabels()] == ["12,5", "15,0", "17,5"]


@pytest.mark.parametrize("lang", LANGS)
def test_add_target_point_and_range(lang):
    fig = Figure(figsize=(10, 4))
    ax1, ax2 = fig.subplots(1, 2)
    plots.series_chart(ax1, YEARS, VALUES, label="digital_econ_share", unit="pct_of_grdp",
                       lang=lang, source=SOURCE)  # fmt: skip
    plots.add_target(ax1, 2025, 30, label=None, lang=lang, unit="pct_of_grdp")
    plots.series_chart(
        ax2, YEARS, VALUES, label="grdp_growth", unit="pct", lang=lang, source=SOURCE
    )
    plots.add_target(ax2, 2025, 7.0, 6.5, label=None, lang=lang, unit="pct")
    assert render(fig) == []
    legend1 = [x.get_text() for x in ax1.get_legend().get_texts()]
    legend2 = [x.get_text() for x in ax2.get_legend().get_texts()]
    expected = {
        "en": ("Target ≈30% of GRDP", "Target 6.5–7%"),
        "vi": ("Mục tiêu ≈30% GRDP", "Mục tiêu 6,5–7%"),
    }
    assert legend1[-1] == expected[lang][0]  # target goes last
    assert legend2[-1] == expected[lang][1]
    assert ax1.get_xlim()[1] >= 2025


def test_add_target_custom_label():
    fig, ax = new_axes()
    plots.add_target(ax, 2030, 40, label="Target ≥40%", lang="en")
    assert [x.get_text() for x in ax.get_legend().get_texts()] == ["Target ≥40%"]


@pytest.mark.parametrize(("confidence", "lang", "expected"), [
    (0.8, "en", "80% prediction interval"), (95, "vi", "Khoảng dự báo 95%"),
    (0.975, "vi", "Khoảng dự báo 97,5%"),
])  # fmt: skip
def test_add_interval(confidence, lang, expected):
    fig, ax = new_axes()
    band = plots.add_interval(ax, FC_YEARS, LOWER, UPPER, confidence=confidence, lang=lang)
    assert band.get_label() == expected
    assert render(fig) == []
    with pytest.raises(ValueError, match="confidence"):
        plots.add_interval(ax, FC_YEARS, LOWER, UPPER, confidence=0, lang=lang)


def fan(lang: str, target=(2030, 30, None)):
    fig, ax = new_axes()
    plots.fan_chart(ax, YEARS, VALUES, FC_YEARS, MEAN, LOWER, UPPER, target=target,
                    confidence=0.8, lang=lang, unit="pct_of_grdp", title="digital_econ_share",
                    source=SOURCE)  # fmt: skip
    return fig, ax


@pytest.mark.parametrize("lang", LANGS)
def test_fan_chart(lang):
    fig, ax = fan(lang)
    assert render(fig) == []
    assert ax.get_ylabel() == unit_label("pct_of_grdp", lang)
    assert ax.get_title(loc="left") == i18n.indicator_label(
        "digital_econ_share", lang, with_unit=False
    )
    assert f"{t('source', lang)}: {SOURCE}" in texts(fig)
    legend = [x.get_text() for x in ax.get_legend().get_texts()]
    p = 80
    for text in (t("observed", lang), t("projection", lang), t("prediction_interval", lang, p=p)):
        assert text in legend
    assert legend[-1].startswith(t("target", lang))
    projection = next(line for line in ax.get_lines() if line.get_label() == t("projection", lang))
    assert projection.get_xdata()[0] == YEARS[-1]  # the fan opens from the last observation


def test_fan_chart_range_target_and_no_target():
    for target in [(2030, 25, 30), (2030, 30), None]:
        fig, ax = fan("vi", target)
        assert render(fig) == []


def test_add_source_merges_and_refuses_empty():
    fig, ax = new_axes()
    plots.series_chart(ax, YEARS, VALUES, label="grdp_growth", unit="pct", lang="vi", source="GSO")
    plots.series_chart(
        ax, YEARS, MEAN[:6], label="grdp_growth", unit="pct", lang="vi", source="MIC"
    )
    plots.add_source(ax, "Nguồn: GSO", "vi")
    sources = [x for x in texts(fig) if x.startswith("Nguồn")]
    assert sources == ["Nguồn: GSO; MIC"]
    with pytest.raises(ValueError, match="source"):
        plots.add_source(ax, "  ", "en")
    note = plots.add_source(fig, "World Bank", "en")  # a figure-wide line
    assert note.get_text() == "Source: World Bank"
    assert render(fig) == []


def test_source_sits_below_the_axes():
    fig, ax = fan("vi")
    note = next(a for a in fig.artists if a.get_text().startswith("Nguồn"))
    renderer = FigureCanvasAgg(fig).get_renderer()
    assert note.get_window_extent(renderer).y1 < ax.get_tightbbox(renderer).y0


def test_long_source_wraps():
    fig, ax = new_axes()
    note = plots.add_source(ax, "; ".join(["Niên giám thống kê Hà Nội 2023"] * 8), "vi")
    assert "\n" in note.get_text()


def test_save_figure_is_deterministic(tmp_path):
    fig, _ = fan("vi")
    first = plots.save_figure(fig, "fan_vi", tmp_path)
    assert [p.name for p in first] == ["fan_vi.png", "fan_vi.svg"]
    assert all(p.parent == tmp_path for p in first)
    png1, svg1 = (p.read_bytes() for p in first)
    assert png1.startswith(b"\x89PNG") and b"<svg" in svg1
    assert b"Matplotlib version" not in png1 and b"<dc:date>" not in svg1
    second = plots.save_figure(fig, "fan_vi", tmp_path)
    assert [p.read_bytes() for p in second] == [png1, svg1]
    # a figure built again from scratch saves to the same bytes as well
    other = plots.save_figure(fan("vi")[0], "fan_vi_again", tmp_path)
    assert [p.read_bytes() for p in other] == [png1, svg1]


def test_save_figure_default_folder_and_bad_names(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "FIGURES_DIR", tmp_path / "figures")
    fig, _ = fan("en")
    paths = plots.save_figure(fig, "fan_en")
    assert [p.parent for p in paths] == [tmp_path / "figures"] * 2
    assert all(p.stat().st_size > 0 for p in paths)
    for bad in ["", "a/b", "fan.png"]:
        with pytest.raises(ValueError, match="name"):
            plots.save_figure(fig, bad, tmp_path)
