"""What 2026-30 requires, and the peers / base-rate views (issue 20)."""

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from hn4ir_analysis.assess import feasibility, productivity, requirements  # noqa: E402
from hn4ir_analysis.data.asof import prepare  # noqa: E402
from hn4ir_analysis.growth_targets import average_growth  # noqa: E402
from hn4ir_analysis.views import i18n  # noqa: E402
from hn4ir_analysis.views import peers as view  # noqa: E402


@pytest.fixture(scope="module")
def data():
    return prepare(2025)


@pytest.fixture(scope="module")
def req(data):
    return requirements.table(data)


def test_employment_range_is_the_labour_force_range(req, data):
    lo, hi = productivity.estimate(data).lf_growth_interval()
    assert (round(lo, 2), round(hi, 2)) == (0.10, 1.65)
    need = req[req["item"].str.startswith("needed")]
    assert (need["employment_low"] == lo).all() and (need["employment_high"] == hi).all()
    assert (req["source_ids"].str.len() > 0).all()


def test_needed_and_implied_growth(req, data):
    r = req.set_index("target_id")
    dh = r.loc["DH18_2030_grdp_growth"]
    assert dh["value"] == pytest.approx(11.0)  # 2026-30: no year observed yet
    assert dh["at_employment_low"] == pytest.approx(
        100 * (1.11 / (1 + dh["employment_low"] / 100) - 1)
    )
    assert dh["at_employment_high"] < dh["at_employment_low"] < dh["value"]
    qh = r.loc["QH1569_2030_grdp_growth"]  # 2021-30: five years observed
    seen = data.segment("HN", "grdp_growth").values.loc[2021:2025].tolist()
    assert average_growth(seen + [qh["value"]] * 5) == pytest.approx(8.5)
    kh = r.loc["KH205_2030_labour_productivity"]
    assert kh["at_employment_high"] == pytest.approx(
        100 * (1.075 * (1 + kh["employment_high"] / 100) - 1)
    )
    tfp = req[req["item"] == "tfp_contribution"]
    assert set(tfp["source_ids"]) == {"HN-TFP-2016-2020-01", "HN-TFP-2025-01"}


def test_phrases_in_both_languages():
    keys = [k for k in i18n.KEYS if k.startswith("peers.")]
    assert len(keys) > 10
    for key in keys:
        assert i18n.t(key, "en").strip() and i18n.t(key, "vi").strip(), key
    assert "Hà Nội" in i18n.t("place.HN", "vi")


def test_views_follow_the_data(data):
    frame = view.load()
    for lang in ("en", "vi"):
        pf = view.peer_frame(frame, lang)
        assert len(pf) == 6 and pf.iloc[0, 0] == i18n.place_name("HN", lang)
    table = feasibility.table()
    w = feasibility.windows(feasibility.panel(), 5)
    row = table[
        (table.indicator == "grdp_growth") & (table.window_years == 5) & (table.threshold == 11)
    ].iloc[0]
    s = view.base_rate_sentence(table, w, "en")
    assert f"{int(row.windows_met)} of {int(row.windows)} five-year windows" in s
    assert ("none of them a city of Hanoi's size" in s) == (row.large_met == 0)
    assert "7 trong 252" in view.base_rate_sentence(table, w, "vi") or row.windows_met != 7
    assert view._numbers("8.5-9.5", "vi") == "8,5–9,5"
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    view.dot_plot(ax, frame, "vi")
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "Hà Nội"
    plt.close(fig)


def test_show_runs(data, capsys):
    view.show("vi", data)
    out = capsys.readouterr().out
    assert "Hà Nội" in out and "SRC117" in out


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_2030_growth_line_carries_the_base_rate(lang):
    """Issue 20 §2: next to Hanoi's ≥ 11 %/yr for 2026-30 the page says how many five-year
    windows of the panel reached it (from feasibility.csv's own counts), and a look back
    from 2022 counts only the windows that had ended by then."""
    from hn4ir_analysis.assess import feasibility
    from hn4ir_analysis.assess.verdicts import assess
    from hn4ir_analysis.data.asof import prepare
    from hn4ir_analysis.views import line_notes, overview
    from hn4ir_analysis.views.scorecard import table_rows

    t = feasibility.table(feasibility.panel())
    row = t[(t.indicator == "grdp_growth") & (t.window_years == 5) & (t.threshold == 11)].iloc[0]
    data = prepare(2025)
    answer = overview.overview(table_rows(assess(2030, 2025)), data.targets, lang, 2025)
    line_notes.annotate(answer, data, lang, 2025)
    lead = {x["target_id"]: x.get("lead") for x in line_notes.all_lines(answer)}
    n, k = int(row["windows"]), int(row["windows_met"])
    words = f"{k} of {n} five-year windows" if lang == "en" else f"{k} trong {n} giai đoạn 5 năm"
    assert words in lead["DH18_2030_grdp_growth"]
    assert "\\" not in lead["DH18_2030_grdp_growth"] and "**" not in lead["DH18_2030_grdp_growth"]
    fresh = line_notes.all_lines(
        overview.overview(table_rows(assess(2030, 2025)), data.targets, lang, 2025)
    )
    line_notes._add_base_rate(fresh, lang, 2022)  # as seen from 2022: windows 2018-22 only
    early = {x["target_id"]: x.get("lead") for x in fresh}["DH18_2030_grdp_growth"]
    m = 63  # one window per province
    assert (f" of {m} " if lang == "en" else f" trong {m} ") in early
