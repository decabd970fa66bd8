"""The report runner (``hn4ir report``): planning, outputs, reproducibility, offline HTML,
parameter errors, failures and timeouts.

Tests marked ``slow`` execute the fixture notebooks in ``tests/fixtures/notebooks`` with
the "hn4ir" kernel. Tests that compare with the assessment need
:mod:`hn4ir_analysis.assess.verdicts` (skipped without it).
"""

from __future__ import annotations

import html
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import psutil
import pytest

from hn4ir_analysis import cli, config, params
from hn4ir_analysis.data import manifest
from hn4ir_analysis.report import execute as report_exec
from hn4ir_analysis.report import runner as report
from hn4ir_analysis.report import site as report_site

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"
#: the same two notebooks without figures (no matplotlib in the kernel): for the tests of the
#: runner's control flow, which read no figure
LIGHT = FIXTURES / "light"
HN4IR = Path(sys.executable).parent / "hn4ir"
#: a script, stylesheet, font or other resource that a browser would fetch from the network
EXTERNAL = re.compile(
    r"""<script[^>]*\bsrc\s*=\s*["']?(https?:)?//|<link[^>]*\bhref\s*=\s*["']?(https?:)?//"""
    r"""|@import[^;]*(https?:)?//|url\(\s*["']?(https?:)?//"""
    r"""|<(img|iframe|source|video|audio|embed)\b[^>]*\ssrcs?e?t?\s*=\s*["']?(https?:)?//""",
    re.I,
)


def _nb(param_source: str | None, tags=("parameters",)) -> nbformat.NotebookNode:
    cells = [nbformat.v4.new_markdown_cell("# t")]
    if param_source is not None:
        cell = nbformat.v4.new_code_cell(param_source)
        cell.metadata["tags"] = list(tags)
        cells.append(cell)
    cells.append(nbformat.v4.new_code_cell("x = 1"))
    return nbformat.v4.new_notebook(cells=cells)


def _run(out: Path, notebooks: Path = FIXTURES, years=(2030,), **kw) -> report.ReportResult:
    return report.run_report(
        target_years=list(years), out=out, notebooks=notebooks, progress=False, jobs=2, **kw
    )


def _own_kernels() -> list:
    return [
        p for p in psutil.Process().children(recursive=True) if "ipykernel" in " ".join(p.cmdline())
    ]


# --------------------------------------------------------------------------- fast


def test_declared_parameters_reads_the_tagged_cell_only():
    nb = _nb(
        '%matplotlib inline\ntarget_year = 2030\nas_of: int = 2025\nlang = "en"\nn = len("ab")'
    )
    assert report.declared_parameters(nb) == {
        "target_year": 2030,
        "as_of": 2025,
        "lang": "en",
        "n": None,
    }
    assert report.declared_parameters(_nb("as_of = 2025", tags=("other",))) == {}
    assert report.declared_parameters(_nb(None)) == {}


def test_plan_runs_year_independent_notebooks_once():
    found = report.discover(FIXTURES)
    assert [nb.name for nb in found] == ["01-shared", "02-by-year"]  # broken/, hang/ not included
    runs = report.plan(found, [2025, 2030, 2045], 2025, "vi")
    assert [(r.notebook.name, r.target_year) for r in runs] == [
        ("01-shared", None),
        ("02-by-year", 2025),
        ("02-by-year", 2030),
        ("02-by-year", 2045),
    ]
    assert runs[0].parameters == {"as_of": 2025, "lang": "vi"}  # only what it declares
    assert runs[0].ipynb == "shared/01-shared.ipynb"
    assert runs[2].parameters == {"target_year": 2030, "as_of": 2025, "lang": "vi"}
    assert runs[2].html == "2030/02-by-year.html"


def test_run_id_depends_on_parameters_and_inputs_only():
    sums = {"raw": {"a": "1"}, "processed": {}, "notebooks": {}, "package": "x"}
    a = report.make_run_id([2025, 2030], 2025, "en", sums)
    assert a == report.make_run_id([2025, 2030], 2025, "en", json.loads(json.dumps(sums)))
    assert re.fullmatch(r"asof2025-en-y2025_2030-[0-9a-f]{10}", a)
    assert a != report.make_run_id([2025, 2030], 2025, "vi", sums)
    assert a != report.make_run_id([2025, 2030], 2025, "en", {**sums, "raw": {"a": "2"}})


def test_summary_json_is_canonical():
    table = pd.DataFrame(
        {
            "target_id": ["b", "a", "a"],
            "target_year": [2030, 2030, 2025],
            "method": ["model", "unsd", "eurostat"],
            "series": ["s", "s", "s"],
            "p_met": [0.123456789012345, np.nan, None],
            "latest_year": [2024.0, np.nan, 2023.0],
            "n_obs": np.array([3, 4, 5], dtype=np.int64),
            "notes": ["Hà Nội", "", "x"],
        }
    ).sort_values(report.SUMMARY_ORDER, kind="mergesort")
    text = report.summary_json(table)
    assert text == report.summary_json(table.copy())
    rows = json.loads(text)
    assert [(r["target_year"], r["target_id"]) for r in rows] == [
        (2025, "a"),
        (2030, "a"),
        (2030, "b"),
    ]
    assert rows[0]["p_met"] is None and rows[1]["p_met"] is None
    assert rows[2]["p_met"] == 0.123456789
    assert rows[0]["latest_year"] == 2023 and isinstance(rows[0]["latest_year"], int)
    assert "Hà Nội" in text  # ensure_ascii=False
    assert "NaN" not in text
    assert list(rows[0]) == sorted(rows[0])


def test_offline_removes_network_resources():
    page = (
        '<script src="https://cdn.example/require.js"></script><script>var a = 1;</script>'
        '<link rel="stylesheet" href="http://fonts.example/css">'
        '<style>@import url("https://x/y.css"); @font-face{src:url(https://f/f.woff)}</style>'
        '<img alt="chart" src="https://example.org/a.png"><img src="data:image/png;base64,AAAA">'
        '<a href="https://example.org/">a link is fine</a>'
    )
    clean = report_site.offline(page)
    assert not EXTERNAL.search(clean)
    assert "var a = 1" in clean and "data:image/png;base64,AAAA" in clean
    assert '<a href="https://example.org/">' in clean


@pytest.mark.parametrize(
    ("category", "colour"),
    [
        ("achieved", "green"),
        ("on_track", "green"),
        ("maintain", "green"),
        ("sun", "green"),
        ("moderate_progress", "amber"),
        ("fair_progress", "amber"),
        ("accelerate", "amber"),
        ("sun_cloud", "amber"),
        ("cloud", "amber"),
        ("limited_progress", "red"),
        ("moving_away", "red"),
        ("regression", "red"),
        ("reverse", "red"),
        ("thunderstorm", "red"),
        ("missed", "red"),
        ("insufficient_data", "grey"),
        ("not_quantifiable", "grey"),
    ],
)
def test_category_colours(category, colour):
    assert report_site.colour(category) == colour


def test_latest_is_replaced_atomically_and_falls_back_to_a_copy(tmp_path, monkeypatch):
    runs = tmp_path / "runs"
    for name in ("r1", "r2", "r3"):
        (runs / name).mkdir(parents=True)
        (runs / name / "index.html").write_text(name)
    assert report.point_latest(tmp_path, runs / "r1") == "symlink"
    assert os.readlink(tmp_path / "latest") == "runs/r1"  # relative: the folder can move
    assert report.point_latest(tmp_path, runs / "r2") == "symlink"
    assert (tmp_path / "latest" / "index.html").read_text() == "r2"

    def no_symlinks(*args, **kwargs):
        raise OSError("operation not supported")

    monkeypatch.setattr(os, "symlink", no_symlinks)
    assert report.point_latest(tmp_path, runs / "r3") == "copy"
    assert not (tmp_path / "latest").is_symlink()
    assert (tmp_path / "latest" / "index.html").read_text() == "r3"
    monkeypatch.undo()
    assert report.point_latest(tmp_path, runs / "r1") == "symlink"  # over the copy
    assert (tmp_path / "latest" / "index.html").read_text() == "r1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest", "runs"]  # no temporaries


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "fr"],
        ["--target-year", "1999"],
        ["--target-year", "2030", "--as-of", "2030"],
        ["--jobs", "0"],
        ["--timeout", "0"],
        ["--notebooks", "does-not-exist"],
    ],
)
def test_bad_parameters_exit_2_before_anything_starts(argv, tmp_path, monkeypatch, capsys):
    def no_kernel(*args, **kwargs):
        raise AssertionError("a notebook was started")

    monkeypatch.setattr(report_exec, "execute", no_kernel)
    out = tmp_path / "out"
    code = cli.main(["report", "--out", str(out), "--notebooks", str(FIXTURES), *argv])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err
    assert not out.exists()


def test_bad_parameter_from_the_command_line(tmp_path):
    out = tmp_path / "out"
    done = subprocess.run(
        [str(HN4IR), "report", "--lang", "fr", "--out", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == "error: lang must be one of en, vi, got 'fr'"
    assert not out.exists()


def test_parameters_are_checked_with_params_validate():
    with pytest.raises(params.ParameterError):
        report.check_parameters([2030, 2050], 2025, "en", 1, 10)
    assert report.check_parameters([2045, 2025, 2025], 2025, "vi", 1, 10) == [2025, 2045]


# --------------------------------------------------------------------------- slow


@pytest.fixture(scope="module")
def figures_before():
    """The tracked ``figures/`` (file names) and ``HN4IR_FIGURES_DIR`` before the runs of
    ``published`` (test_figures_go_into_the_run_folder_not_figures checks its first run)."""
    return _snapshot(config.FIGURES_DIR), os.environ.get("HN4IR_FIGURES_DIR")


@pytest.fixture(scope="module")
def published(tmp_path_factory, figures_before):
    """One report run on the fixtures for target year 2030, and a second identical one."""
    out = tmp_path_factory.mktemp("reports")
    first = _run(out)
    second = _run(out)
    return out, first, second


@pytest.mark.slow
def test_report_layout(published):
    out, first, _ = published
    assert first.exit_code == 0 and first.published and first.failed == []
    run = out / "runs" / first.run_id
    for name in [
        "index.html",
        "summary.json",
        "summary.csv",
        "manifest.json",
        "2030/index.html",
        "2030/02-by-year.ipynb",
        "2030/02-by-year.html",
        "shared/01-shared.ipynb",
        "shared/01-shared.html",
        "revisions.html",
        "revisions.csv",
    ]:
        assert (run / name).is_file(), name
    assert not (run / "logs").exists()  # kernel logs are kept for failed notebooks only
    assert not list((out / "runs").glob("*.tmp"))
    executed = nbformat.read(run / "2030/02-by-year.ipynb", as_version=4)
    assert "target_year=2030 as_of=2025 lang=en" in json.dumps(executed.cells[3].outputs)
    # the year page links the shared notebook
    assert 'href="../shared/01-shared.html"' in (run / "2030/index.html").read_text()


@pytest.mark.slow
def test_manifest(published):
    out, first, _ = published
    m = json.loads((out / "runs" / first.run_id / "manifest.json").read_text())
    assert m["run_id"] == first.run_id and m["status"] == "ok" and m["failed"] == []
    assert m["parameters"] == {
        "target_years": [2030],
        "as_of": 2025,
        "lang": "en",
        "jobs": 2,
        "timeout": 600,
        "notebooks": str(FIXTURES.resolve()),
    }
    assert m["data_checksums"] == manifest.verify()
    assert m["git_commit"] is None or re.fullmatch(r"[0-9a-f]{40}", m["git_commit"])
    assert set(m["versions"]) >= {
        "python",
        "numpy",
        "pandas",
        "statsmodels",
        "matplotlib",
        "papermill",
        "nbconvert",
        "hn4ir_analysis",
    }
    assert [(e["notebook"], e["target_year"]) for e in m["executions"]] == [
        ("01-shared", None),
        ("02-by-year", 2030),
    ]
    assert all(e["execute_s"] > 0 and e["html_s"] >= 0 for e in m["executions"])
    assert m["started"] <= m["finished"]
    assert m["data_vintage"]["published_max"]


@pytest.mark.slow
def test_second_run_is_a_new_run_with_identical_summary(published):
    out, first, second = published
    assert os.readlink(out / "latest") == f"runs/{second.run_id}"
    keys = ("data_checksums", "processed_checksums", "notebook_checksums", "package_checksum")
    if [first.manifest[k] for k in keys] != [second.manifest[k] for k in keys]:
        # only where several people edit one checkout while the tests run, never in CI
        assert not second.run_id.startswith(first.run_id)
        pytest.skip("the package or data changed between the two runs")
    assert second.run_id == f"{first.run_id}-2"  # same inputs: same id + a sequence number
    a = (out / "runs" / first.run_id / "summary.json").read_bytes()
    b = (out / "runs" / second.run_id / "summary.json").read_bytes()
    assert a == b
    assert (out / "runs" / first.run_id / "summary.csv").read_bytes() == (
        out / "runs" / second.run_id / "summary.csv"
    ).read_bytes()


@pytest.mark.slow
def test_summary_equals_the_assessment(published):
    assess = pytest.importorskip("hn4ir_analysis.assess.verdicts")
    out, first, _ = published
    rows = json.loads((out / "latest" / "summary.json").read_text(encoding="utf-8"))
    expected = assess.assess(target_year=2030, as_of=2025)
    assert len(rows) == len(expected) > 0
    assert all(list(r) == sorted(assess.COLUMNS) for r in rows)
    keys = [(r["target_year"], r["target_id"], r["method"], r["series"]) for r in rows]
    assert keys == sorted(keys)
    by_key = {(r["target_id"], r["method"], r["series"]): r for r in rows}
    for want in expected.to_dict(orient="records"):
        got = by_key[(want["target_id"], want["method"], want["series"])]
        for col in assess.COLUMNS:
            w = want[col]
            if w is None or (isinstance(w, float) and math.isnan(w)):
                assert got[col] is None, col
            elif isinstance(w, (float, np.floating)):
                assert got[col] == pytest.approx(float(w), rel=1e-9), col
            else:
                assert got[col] == (w.item() if hasattr(w, "item") else w), col
    csv = pd.read_csv(out / "latest" / "summary.csv")
    assert list(csv.columns) == assess.COLUMNS and len(csv) == len(rows)


@pytest.mark.slow
def test_pages_are_offline_and_hide_code(published):
    out, first, _ = published
    pages = sorted((out / "runs" / first.run_id).rglob("*.html"))
    assert len(pages) == 5  # index, year page, two notebooks, "What changed" (issue 17)
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not EXTERNAL.search(text), page
        assert "Content-Security-Policy" in text
    nb_page = (out / "latest" / "2030" / "02-by-year.html").read_text(encoding="utf-8")
    assert "params.validate(" not in nb_page  # code cells hidden
    assert "In&nbsp;[" not in nb_page and "In [" not in nb_page  # prompts hidden
    assert 'src="data:image/png;base64,' in nb_page  # the figure is embedded
    assert len(nb_page) < 200_000
    index = (out / "latest" / "index.html").read_text(encoding="utf-8")
    assert 'class="verdicts"' in index and "2030/index.html" in index
    assert 'href="revisions.html"' in index
    changes = (out / "latest" / "revisions.html").read_text(encoding="utf-8")
    assert "<h1>What changed since the last release</h1>" in changes


def _snapshot(folder: Path) -> set[str]:
    """The names of the files in ``folder``. Not their bytes or mtimes: nbval and the
    papermill tests, in the other worker of the same test run, re-execute the real notebooks,
    whose default English run rewrites the tracked figures while this test runs; what this
    test checks is that the runner adds nothing there (its figures have names of their own,
    ``fixture_report_runner.*``)."""
    return {p.name for p in folder.iterdir() if p.is_file()}


@pytest.mark.slow
def test_figures_go_into_the_run_folder_not_figures(published, figures_before):
    out, result, _ = published
    before, env = figures_before
    assert result.exit_code == 0, result.failed
    assert _snapshot(config.FIGURES_DIR) == before  # the tracked figures/ is untouched
    assert not list(config.FIGURES_DIR.glob("fixture_report_runner.*"))
    figures = out / "runs" / result.run_id / "figures"
    assert sorted(p.name for p in figures.iterdir()) == [
        "fixture_report_runner.png",
        "fixture_report_runner.svg",
    ]
    assert (out / "latest" / "figures" / "fixture_report_runner.png").stat().st_size > 0
    executed = nbformat.read(out / "latest" / "shared" / "01-shared.ipynb", as_version=4)
    assert "saved fixture_report_runner.png, fixture_report_runner.svg" in json.dumps(
        executed.cells[-1].outputs
    )
    assert os.environ.get("HN4IR_FIGURES_DIR") == env  # set for the kernels only


@pytest.mark.slow
def test_command_line_run(tmp_path):
    out = tmp_path / "out"
    done = subprocess.run(
        [str(HN4IR), "report", "--target-year", "2025", "--notebooks", str(LIGHT)]
        + ["--out", str(out), "--jobs", "2"],
        capture_output=True,
        text=True,
        cwd=config.PROJECT_ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "all succeeded" in done.stdout
    assert f"report: {out.resolve() / 'latest' / 'index.html'}" in done.stdout
    assert "[2/2]" in done.stderr  # progress, one line per notebook when not on a terminal
    assert "IPKernelApp" not in done.stderr  # kernel log lines go to logs/, not to cron mail
    assert (out / "latest" / "2025" / "02-by-year.html").is_file()
    assert (out / "latest" / "shared" / "01-shared.html").is_file()


@pytest.mark.slow
def test_failed_notebook_keeps_previous_latest(tmp_path):
    # the previous report: a published run of the same years (a successful run publishing
    # itself is test_report_layout's); the failed run must leave `latest` pointing at it
    _fake_latest(tmp_path, [2025, 2030])
    bad = _run(tmp_path, notebooks=FIXTURES / "broken", years=(2025, 2030))
    assert bad.exit_code == 1 and not bad.published
    assert os.readlink(tmp_path / "latest") == "runs/earlier"  # unchanged
    run = tmp_path / "runs" / bad.run_id
    assert [(f["notebook"], f["target_year"]) for f in bad.failed] == [("02-by-year", 2030)]
    assert "deliberate failure" in bad.failed[0]["error"]
    # the failed notebook is kept, with papermill's error output
    failed_nb = nbformat.read(run / "2030" / "02-by-year.ipynb", as_version=4)
    errors = [o for c in failed_nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors and errors[0].evalue == "deliberate failure for the report-runner test"
    assert "deliberate failure" in (run / "2030" / "02-by-year.html").read_text(encoding="utf-8")
    # the other year and the shared notebook are still produced
    assert (run / "2025" / "02-by-year.html").is_file() and (
        run / "shared" / "01-shared.html"
    ).is_file()
    m = json.loads((run / "manifest.json").read_text())
    assert m["status"] == "failed" and m["published"] is False
    assert m["failed"][0]["ipynb"] == "2030/02-by-year.ipynb"
    index = (run / "index.html").read_text(encoding="utf-8")
    assert 'class="failed"' in index and "2030/02-by-year" in index
    assert (run / "logs" / "2030-02-by-year.log").is_file()
    assert json.loads((run / "summary.json").read_text())  # the table is still there


@pytest.mark.slow
def test_hung_notebook_is_stopped_by_the_timeout(tmp_path):
    result = _run(tmp_path, notebooks=FIXTURES / "hang", years=(2030,), timeout=3)
    assert result.exit_code == 1
    (failure,) = result.failed
    assert failure["error"] == "timed out after 3 s (--timeout)"
    run = tmp_path / "runs" / result.run_id
    nb = nbformat.read(run / "shared" / "01-hang.ipynb", as_version=4)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert any("timed out after 3 s" in o.evalue for o in errors)
    assert result.executions[0].execute_s < 30
    assert not _own_kernels()  # the hung kernel was shut down
    assert not (tmp_path / "latest").exists()


@pytest.mark.slow
def test_sigterm_kills_the_kernels_and_publishes_nothing(tmp_path):
    import signal
    import time

    out = tmp_path / "out"
    proc = subprocess.Popen(
        [str(HN4IR), "report", "--target-year", "2030", "--notebooks", str(FIXTURES / "hang")]
        + ["--out", str(out), "--timeout", "300"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    runner = psutil.Process(proc.pid)
    deadline = time.monotonic() + 120
    kernels: list = []
    while not kernels and time.monotonic() < deadline:
        time.sleep(0.2)
        kernels = [
            p for p in runner.children(recursive=True) if "ipykernel" in " ".join(p.cmdline())
        ]
    assert kernels, "no kernel started"
    time.sleep(1)
    start = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert time.monotonic() - start < 30
    assert "terminated: nothing published" in err
    assert not any(k.is_running() and k.status() != psutil.STATUS_ZOMBIE for k in kernels)
    assert not (out / "latest").exists()
    assert not [p for p in (out / "runs").iterdir() if not p.name.endswith(".tmp")]


# --- issue 10 case 12: data-derived text is escaped, pages run no script -----------------


def test_pages_forbid_every_script():
    from hn4ir_analysis.report.offline import CSP

    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["script-src"] == "'none'"
    assert directives["default-src"] == "'none'"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('<img src=x onerror="alert(1)">', '&lt;img src=x onerror="alert(1)"&gt;'),
        ("*not bold* [link](http://x)", "*not bold* [link](http://x)"),
        ("# not a heading\n> nor a quote", "# not a heading &gt; nor a quote"),
        (
            "Targets of 2021-2025 were not met ('chưa đạt')",
            "Targets of 2021-2025 were not met ('chưa đạt')",
        ),
    ],
)
def test_escape_markdown_shows_the_text_literally(text, shown):
    """Rendered by nbconvert's own Markdown renderer, the text comes back as plain text."""
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    from hn4ir_analysis.views.notebook import escape_markdown

    out = markdown2html_mistune("> Statement: " + escape_markdown(text))
    assert "<img" not in out and "<a " not in out and "<em>" not in out and "<h1" not in out
    body = re.sub(r"</?(blockquote|p)>", "", out).strip().removeprefix("Statement: ")
    assert html.unescape(body) == html.unescape(shown)


def test_milestone_statement_is_escaped(raw_data):
    from hn4ir_analysis.views import productivity

    ms = raw_data.milestones.copy()
    i = ms.index[ms["milestone_id"] == "HN-MSLP-2025-01"][0]
    ms.loc[i, "description_en"] = "not met <img src=x onerror=alert(1)>"
    row = productivity.milestone_statement(ms)
    assert "<img" not in row["description_en"] and "&lt;img" in row["description_en"]


# --- issue 10 case 14: timeouts, unwritable --out, a wider latest ------------------------


def test_a_spent_budget_starts_no_further_cell():
    """No floor of 1 s per cell: once the notebook's budget is spent, the next cell stops it."""
    import time

    from nbclient.exceptions import CellTimeoutError

    left = report_exec.cell_timeout(time.monotonic() + 0.3, 1)
    assert 0 < left <= 0.3
    with pytest.raises(CellTimeoutError):
        report_exec.cell_timeout(time.monotonic() - 0.01, 1, nbformat.v4.new_code_cell("x = 1"))


def _many_short_cells(folder: Path, n: int = 12, seconds: float = 0.3) -> Path:
    folder.mkdir()
    params_cell = nbformat.v4.new_code_cell("as_of = 2025")
    params_cell.metadata["tags"] = ["parameters"]
    cells = [params_cell, nbformat.v4.new_code_cell("import time")]
    cells += [nbformat.v4.new_code_cell(f"time.sleep({seconds})") for _ in range(n)]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {
        "name": "hn4ir",
        "display_name": "Python (hn4ir)",
        "language": "python",
    }
    nbformat.write(nb, folder / "01-many.ipynb")
    return folder


@pytest.mark.slow
def test_a_short_timeout_stops_a_notebook_of_short_cells(tmp_path):
    """12 cells of 0.3 s under --timeout 1: the notebook stops (it ran 3.6 s before)."""
    result = _run(tmp_path / "out", notebooks=_many_short_cells(tmp_path / "nb"), timeout=1)
    assert result.exit_code == 1
    (failure,) = result.failed
    assert failure["error"] == "timed out after 1 s (--timeout)"
    assert result.executions[0].execute_s < 10


def test_an_unwritable_out_is_a_one_line_error(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code = cli.main(["report", "--target-year", "2030", "--notebooks", str(FIXTURES),
                     "--out", str(blocker / "reports")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("error: cannot write the report into ") and err.count("\n") == 1, err
    assert "Traceback" not in err


def _fake_latest(out: Path, years, as_of=2025, lang="en") -> None:
    run = out / "runs" / "earlier"
    run.mkdir(parents=True)
    params_ = {"target_years": years, "as_of": as_of, "lang": lang}
    (run / "manifest.json").write_text(json.dumps({"parameters": params_}), encoding="utf-8")
    (out / "latest").symlink_to(Path("runs") / "earlier", target_is_directory=True)


def test_a_narrower_run_does_not_replace_latest_without_force(tmp_path, capsys):
    out = tmp_path / "reports"
    _fake_latest(out, [2025, 2030, 2045])
    code = cli.main(["report", "--target-year", "2025", "--notebooks", str(FIXTURES),
                     "--out", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert "holds the report for target years 2025, 2030, 2045 (as of 2025, en)" in err
    assert "--force" in err
    assert os.readlink(out / "latest") == "runs/earlier"
    assert sorted(p.name for p in (out / "runs").iterdir()) == ["earlier"], "nothing written"
    report.check_latest(out, [2045, 2025, 2030], 2025, "en")  # the same set: allowed
    report.check_latest(out, [2025], 2025, "en", force=True)  # forced: allowed
    # the other language is as complete a report: `hn4ir report --lang vi` publishes too
    report.check_latest(out, [2025, 2030, 2045], 2025, "vi")
    with pytest.raises(report.ReportError):
        report.check_latest(out, [2025, 2030, 2045], 2024, "vi")  # another as-of year


@pytest.mark.slow
def test_force_replaces_latest(tmp_path):
    out = tmp_path / "reports"
    _fake_latest(out, [2025, 2030, 2045])
    result = _run(out, notebooks=LIGHT, years=(2030,), force=True)
    assert result.exit_code == 0
    assert os.readlink(out / "latest") == f"runs/{result.run_id}"


@pytest.mark.slow
def test_a_full_disk_while_publishing_is_a_one_line_error(tmp_path, capsys, monkeypatch):
    import errno

    from hn4ir_analysis.report import publish as report_publish

    def full(table, folder):
        raise OSError(errno.ENOSPC, "No space left on device", str(folder / "summary.json"))

    monkeypatch.setattr(report_publish, "write_summary", full)
    out = tmp_path / "reports"
    code = cli.main(["report", "--target-year", "2030", "--notebooks", str(LIGHT),
                     "--out", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]  # the lines before are per-notebook progress
    assert code == 1 and "Traceback" not in err, err
    assert last.startswith("error: cannot write the report into ") and err.count("error") == 1
    assert "No space left on device" in last and "summary.json" in last
    assert not (out / "latest").exists()
