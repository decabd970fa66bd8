"""The answer page in a real browser: headless Chromium at 1400×900, pages from ``file://``.

The browser is driven over the DevTools protocol (``--remote-debugging-port``,
``websocket-client``): the page itself runs no script (its CSP says ``script-src
'none'``-like rules), the test reads the laid-out page from outside — where each Plan 205
row sits, how tall the overview is, and the text a reader sees (``innerText``: what
is rendered, closed ``<details>`` excluded).

Without ``/usr/bin/chromium`` these tests are skipped (CI installs it).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from site_fixtures import CHROMIUM, YEARS, Browser, fixture_sites, stored_page

from hn4ir_analysis import config
from hn4ir_analysis.report import runner as report

WIDTH, HEIGHT = 1400, 900
#: Plan 205-KH/TU's own quantitative targets (digital economy ≈30 % / >40 %, productivity 7–7.5 / >7.5 %/yr)
PLAN_TARGETS = {
    "KH205_2025_digital_econ_share",
    "KH205_2030_digital_econ_share",
    "KH205_2025_labour_productivity",
    "KH205_2030_labour_productivity",
}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium"),
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    b = Browser(tmp_path_factory.mktemp("profile"), WIDTH, HEIGHT)
    yield b
    b.close()


@pytest.fixture(scope="module")
def sites() -> Path:
    """English and Vietnamese runs into one ``--out`` (fixture notebooks: the pages under test
    come from the assessment table, not from the notebooks), built once per test run
    (:func:`site_fixtures.fixture_sites`, shared with test_report_browser.py)."""
    return fixture_sites()


ROWS_JS = """JSON.stringify(Array.from(document.querySelectorAll('table.verdicts tr[data-target-id]')).map(tr => {
  const r = tr.getBoundingClientRect(), v = tr.querySelector('.v');
  const vr = v ? v.getBoundingClientRect() : null;
  return {id: tr.dataset.targetId, bottom: Math.max(r.bottom, vr ? vr.bottom : 0), right: r.right,
          verdict: v ? v.innerText.trim() : ''};
}))"""


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_plan_205_rows_with_their_verdict_in_the_first_viewport(sites, browser, lang):
    from hn4ir_analysis.views import i18n

    browser.open(sites / f"latest-{lang}" / "index.html")
    assert (
        browser.eval("window.innerWidth") == WIDTH and browser.eval("window.innerHeight") == HEIGHT
    )
    rows = json.loads(browser.eval(ROWS_JS))
    assert {r["id"] for r in rows} == PLAN_TARGETS
    words = {i18n.t(f"ov.verdict.{v}", lang) for v in
             ("achieved", "missed", "on_track", "off_track", "methods_disagree", "insufficient_data")}  # fmt: skip
    for r in rows:
        assert r["verdict"] in words, r
        assert r["bottom"] <= HEIGHT and r["right"] <= WIDTH, r  # inside the first screen
    height = browser.eval("document.documentElement.scrollHeight")
    assert height <= 3 * HEIGHT, height


RAW = re.compile(r"\bnan\b|\bNaN\b|\bTrue\b|\bFalse\b|\d[eE][+-]\d|\bNone\b")


def _codes() -> set[str]:
    """Indicator and unit codes a reader must never see (those with an underscore: plain
    words such as ``index`` or ``rank`` are words)."""
    from hn4ir_analysis.data.asof import prepare
    from hn4ir_analysis.views import i18n

    codes = {t.indicator for t in prepare(2025).targets} | set(i18n.INDICATORS) | set(i18n.UNITS)
    return {c for c in codes if "_" in c}


def _scan(browser, page: Path) -> list[str]:
    browser.open(page)
    text = browser.eval("document.body.innerText")
    assert text and len(text) > 200, page
    bad = [m.group(0) for m in RAW.finditer(text)]
    bad += [c for c in _codes() if re.search(rf"\b{re.escape(c)}\b", text)]
    return bad


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_overview_and_year_pages_show_no_codes_or_python_reprs(sites, browser, lang):
    pages = [sites / f"latest-{lang}" / "index.html"] + [
        sites / f"latest-{lang}" / str(y) / "index.html" for y in YEARS
    ]
    for page in pages:
        assert _scan(browser, page) == [], page


def test_each_language_links_the_other(sites, browser):
    for lang, other, word in (("en", "vi", "Tiếng Việt"), ("vi", "en", "English")):
        browser.open(sites / f"latest-{lang}" / "index.html")
        assert browser.eval("document.documentElement.lang") == lang
        href = browser.eval(f"document.querySelector('a[hreflang={other}]').href")
        assert href.endswith(f"/latest-{other}/index.html")
        assert (
            Path(href.removeprefix("file://")).resolve()
            == (sites / f"latest-{other}" / "index.html").resolve()
        )
        assert browser.eval(f"document.querySelector('a[hreflang={other}]').innerText") == word


def test_csv_downloads_are_in_the_run_folder(sites):
    import pandas as pd

    run = sites / "latest-en"
    verdicts = pd.read_csv(run / "verdicts.csv")
    assert PLAN_TARGETS <= set(verdicts["target_id"])
    assert set(verdicts["verdict_code"]) <= {"achieved", "missed", "on_track", "off_track",
                                             "methods_disagree", "insufficient_data", "not_quantifiable"}  # fmt: skip
    assert (run / "whatif.csv").stat().st_size > 0


SCORECARD = "05-target-scorecard.ipynb"


@pytest.fixture(scope="module")
def scorecard_pages(tmp_path_factory) -> dict[str, Path]:
    """The scorecard notebook's (05) 2030 page in each language: Vietnamese from a report
    run, English from the stored notebook, the default run (:func:`site_fixtures.stored_page`)."""
    nbs = tmp_path_factory.mktemp("notebooks")
    shutil.copy(config.NOTEBOOKS_DIR / SCORECARD, nbs)
    out = tmp_path_factory.mktemp("reports")
    # a cold cache (code just changed) makes the first run fit every model: allow for it
    result = report.run_report(target_years=[2030], lang="vi", out=out, notebooks=nbs,
                               progress=False, jobs=1, timeout=1800)  # fmt: skip
    assert result.exit_code == 0, result.failed
    return {
        "en": stored_page(
            SCORECARD, {"target_year": 2030, "lang": "en"}, tmp_path_factory.mktemp("stored")
        ),
        "vi": out / "latest-vi" / "2030" / SCORECARD.replace(".ipynb", ".html"),
    }


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_scorecard_page_shows_no_codes_or_python_reprs(scorecard_pages, browser, lang):
    page = scorecard_pages[lang]
    assert page.is_file()
    assert _scan(browser, page) == []
