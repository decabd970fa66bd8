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
