"""The report pages in a real browser: headless Debian Chromium, offline, from ``file://``.

CI installs chromium (``.ci/run``); without ``/usr/bin/chromium`` these tests are skipped.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from hn4ir_analysis.report import runner as report

CHROMIUM = Path("/usr/bin/chromium")
FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium (apt-get install chromium)"
    ),
]


def chromium(tmp_path: Path, *args: str) -> str:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    done = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    result = report.run_report(
        target_years=[2030], out=out, notebooks=FIXTURES, progress=False, jobs=2
    )
    assert result.exit_code == 0
    return out / "latest"


def test_index_dom_has_the_verdict_table(site, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", (site / "index.html").resolve().as_uri())
    assert '<table class="verdicts">' in dom
    assert 'class="v ' in dom  # at least one verdict badge
    assert 'href="2030/index.html"' in dom


def test_report_page_dom_has_the_figure(site, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", (site / "2030" / "02-by-year.html").resolve().as_uri())
    assert 'src="data:image/png;base64,' in dom
    assert "target_year=2030 as_of=2025 lang=en" in dom
    dom = chromium(tmp_path, "--dump-dom", (site / "2030" / "index.html").resolve().as_uri())
    assert '<table class="rows">' in dom


@pytest.mark.parametrize("page", ["index.html", "2030/02-by-year.html"])
def test_screenshot_is_not_blank(site, tmp_path, page):
    from PIL import Image, ImageStat

    png = tmp_path / "shot.png"
    chromium(
        tmp_path,
        f"--screenshot={png}",
        "--window-size=1280,900",
        "--hide-scrollbars",
        (site / page).resolve().as_uri(),
    )
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


def test_injected_milestone_markup_does_not_run(injected_site, tmp_path):
    (page,) = injected_site.glob("*/03-labour-productivity.html")
    html_text = page.read_text(encoding="utf-8")
    assert "Targets not met" in html_text, "the injected milestone reached the page"
    assert "<img src=x" not in html_text and "&lt;img src=x onerror=" in html_text
    dom = chromium(tmp_path, "--dump-dom", page.resolve().as_uri())
    assert "PWNED" not in dom and _title(dom) != "PWNED"
    assert "&lt;img src=x onerror=" in dom, "the payload is shown as text"


def test_the_csp_alone_stops_inline_script(tmp_path):
    """Even unescaped markup (an output that slipped through) runs nothing under the CSP."""
    page = tmp_path / "page.html"
    page.write_text(
        f'<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>safe</title></head><body>{PAYLOAD}"
        "<script>document.title = 'PWN' + 'ED';</script></body></html>",
        encoding="utf-8",
    )
    dom = chromium(tmp_path, "--dump-dom", page.resolve().as_uri())
    assert _title(dom) == "safe", _title(dom)
