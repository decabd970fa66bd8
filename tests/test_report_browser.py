"""The report pages in a real browser: headless Debian Chromium, offline, from ``file://``.

One Chromium for the module, driven over the DevTools protocol (:class:`site_fixtures.Browser`):
the DOM as parsed (what ``--dump-dom`` prints) and screenshots of the first screen.

CI installs chromium (``.ci/run``); without ``/usr/bin/chromium`` these tests are skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from site_fixtures import CHROMIUM, Browser, fixture_sites

from hn4ir_analysis.report import runner as report

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium (apt-get install chromium)"
    ),
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One headless Chromium at 1280×900 for the module (DevTools protocol)."""
    b = Browser(tmp_path_factory.mktemp("profile"), 1280, 900)
    yield b
    b.close()


@pytest.fixture(scope="module")
def site() -> Path:
    """The English report of the fixture notebooks (2030 among its years), built once per test
    run (:func:`site_fixtures.fixture_sites`, shared with test_site_browser.py)."""
    return fixture_sites() / "latest-en"


def test_index_dom_has_the_verdict_table(site, browser):
    dom = browser.dom(site / "index.html")
    assert '<table class="verdicts">' in dom
    assert 'class="v ' in dom  # at least one verdict badge
    assert 'href="2030/index.html"' in dom


def test_report_page_dom_has_the_figure(site, browser):
    dom = browser.dom(site / "2030" / "02-by-year.html")
    assert 'src="data:image/png;base64,' in dom
    assert "target_year=2030 as_of=2025 lang=en" in dom
    dom = browser.dom(site / "2030" / "index.html")
    assert '<table class="rows">' in dom


@pytest.mark.parametrize("page", ["index.html", "2030/02-by-year.html"])
def test_screenshot_is_not_blank(site, browser, tmp_path, page):
    from PIL import Image, ImageStat

    png = browser.screenshot(site / page, tmp_path / "shot.png")
    image = Image.open(png).convert("RGB")
    assert image.size == (1280, 900)
    colours = image.getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 16  # text, table, header bar, figure
    assert max(ImageStat.Stat(image.convert("L")).stddev) > 10


# --- issue 10 case 12: data-derived markup never runs -------------------------------------

import csv  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402

from hn4ir_analysis import config  # noqa: E402
from hn4ir_analysis.data import manifest  # noqa: E402
from hn4ir_analysis.report.offline import CSP  # noqa: E402

#: sets the page title to "PWNED" if it runs; the word itself is not in the payload, so
#: finding it in the DOM means the script ran (the escaped payload is shown as text)
PAYLOAD = '<img src=x onerror="document.title=String.fromCharCode(80,87,78,69,68)">'
MILESTONE = "HN-MSLP-2025-01"  # the statement notebook 03 shows with Markdown()


def _title(dom: str) -> str:
    m = re.search(r"<title>(.*?)</title>", dom, re.S)
    return m.group(1) if m else ""


@pytest.fixture(scope="module")
def injected_site(tmp_path_factory) -> Path:
    """A report of the real notebook 03 on a raw copy whose milestone text holds the payload."""
    root = tmp_path_factory.mktemp("injected")
    raw = root / "raw"
    shutil.copytree(config.RAW_DIR, raw)
    path = raw / "hn4ir" / "milestones.csv"
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        if row["milestone_id"] == MILESTONE:
            row["description_en"] = f"Targets not met {PAYLOAD} (see quote)."
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    manifest.update(raw)
    notebooks = root / "notebooks"
    notebooks.mkdir()
    shutil.copy(config.NOTEBOOKS_DIR / "03-labour-productivity.ipynb", notebooks)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HN4IR_RAW_DIR", str(raw))  # the kernels read the injected copy
        result = report.run_report(
            target_years=[2025], out=root / "reports", notebooks=notebooks, progress=False, jobs=1
        )
    assert result.exit_code == 0, result.failed
    return root / "reports" / "latest"


def test_injected_milestone_markup_does_not_run(injected_site, browser):
    (page,) = injected_site.glob("*/03-labour-productivity.html")
    html_text = page.read_text(encoding="utf-8")
    assert "Targets not met" in html_text, "the injected milestone reached the page"
    assert "<img src=x" not in html_text and "&lt;img src=x onerror=" in html_text
    dom = browser.dom(page)
    assert "PWNED" not in dom and _title(dom) != "PWNED"
    assert "&lt;img src=x onerror=" in dom, "the payload is shown as text"


def test_the_csp_alone_stops_inline_script(browser, tmp_path):
    """Even unescaped markup (an output that slipped through) runs nothing under the CSP."""
    page = tmp_path / "page.html"
    page.write_text(
        f'<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>safe</title></head><body>{PAYLOAD}"
        "<script>document.title = 'PWN' + 'ED';</script></body></html>",
        encoding="utf-8",
    )
    dom = browser.dom(page)
    assert _title(dom) == "safe", _title(dom)
