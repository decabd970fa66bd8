"""What the browser and report tests share: report sites built once per test run, one
headless Chromium driven over the DevTools protocol.

:func:`shared_folder` builds a folder once per test run, whichever pytest-xdist worker asks
first (the others wait on a lock, then read it): the folder lives in the run's temporary
folder (``HN4IR_TEST_CACHE_DIR``, made by ``tests/conftest.py`` and removed at the end).
Tests only read a shared folder. :func:`fixture_sites` is the report of the fixture
notebooks in English and Vietnamese for the plan's three target years, one ``--out``.

:class:`Browser`: the pages run no script (their CSP forbids it); the tests read the
laid-out page from outside — where rows sit, the text a reader sees (``innerText``), the
DOM as parsed (``outerHTML``), a screenshot.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"
YEARS = [2025, 2030, 2045]


def shared_folder(name: str, build: Callable[[Path], None]) -> Path:
    """``<run tmp>/shared/<name>``, made by ``build(folder)`` once per test run.

    A build that fails leaves no mark: the next test that asks builds again (and fails the
    same way, with its own traceback).
    """
    root = Path(os.environ["HN4IR_TEST_CACHE_DIR"]) / "shared"
    root.mkdir(parents=True, exist_ok=True)
    folder, done = root / name, root / f"{name}.done"
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            done.touch()
    return folder


def _build_fixture_sites(out: Path) -> None:
    from hn4ir_analysis.report import runner as report

    # the Vietnamese run: the year-independent notebook only, without its figure
    shared_only = out / "notebooks-vi"
    shared_only.mkdir()
    shutil.copy(FIXTURES / "light" / "01-shared.ipynb", shared_only)
    for lang, notebooks in (("en", FIXTURES), ("vi", shared_only)):
        result = report.run_report(target_years=YEARS, lang=lang, out=out / "reports",
                                   notebooks=notebooks, progress=False, jobs=2)  # fmt: skip
        assert result.exit_code == 0, result.failed


def fixture_sites() -> Path:
    """Reports for 2025, 2030 and 2045 in English and Vietnamese in one ``--out`` (its
    ``latest-en`` and ``latest-vi``), built once per test run. English: both fixture notebooks
    (``02-by-year`` for each year); Vietnamese: ``light/01-shared`` only (the Vietnamese pages under
    test are the front and year pages, made from the assessment table)."""
    return shared_folder("fixture-sites", _build_fixture_sites) / "reports"


def stored_page(name: str, parameters: dict, out: Path) -> Path:
    """The page the runner's page writer (``report.execute.render``) makes from the stored
    notebook ``name`` under ``parameters``, after papermill's parameters step; no kernel.

    A stored notebook is its default run, which nbval keeps equal to a fresh run; with its
    default parameters its page is that run's page. Written under ``out`` as a run would
    (``<target year or shared>/<name>.html``); returns the page's path.
    """
    import nbformat
    from papermill.parameterize import parameterize_notebook

    from hn4ir_analysis import config, params
    from hn4ir_analysis.data import latest
    from hn4ir_analysis.report import runner as report
    from hn4ir_analysis.report.execute import render
    from hn4ir_analysis.report.plan import Execution

    (notebook,) = [n for n in report.discover(config.NOTEBOOKS_DIR) if n.path.name == name]
    nb = parameterize_notebook(nbformat.read(notebook.path, as_version=4), parameters)
    year = parameters.get("target_year")
    run = Execution(notebook, year, parameters, status="ok", nb=nb)
    site = {"run_id": "stored", "years": list(params.PLAN_TARGET_YEARS),
            "as_of": latest.resolve(parameters.get("as_of")), "lang": parameters.get("lang", "en"),
            "pages": {year: [run]} if year is not None else {}}  # fmt: skip
    (out / run.folder).mkdir(parents=True, exist_ok=True)
    render(run, out, config.NOTEBOOKS_DIR, site)
    assert run.status == "ok", run.error
    return out / run.html


class Browser:
    """One headless Chromium page at ``width`` × ``height``, driven over the DevTools protocol."""

    def __init__(self, profile: Path, width: int = 1400, height: int = 900):
        import websocket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.proc = subprocess.Popen(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--disable-background-networking", "--disable-component-update", "--no-first-run",
             "--disable-sync", f"--user-data-dir={profile}", f"--remote-debugging-port={port}",
             f"--window-size={width},{height}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(100):
            try:
                pages = json.load(
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2)
                )
                page = next(p for p in pages if p["type"] == "page")
                break
            except (OSError, StopIteration, ValueError):
                time.sleep(0.2)
        else:
            self.close()
            raise RuntimeError("chromium did not open its DevTools port")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60)
        self.n = 0
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=False)  # fmt: skip
        self.call("Page.enable")

    def call(self, method: str, **params):
        self.n += 1
        self.ws.send(json.dumps({"id": self.n, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.n:
                assert "error" not in msg, msg
                return msg.get("result", {})

    def open(self, path: Path) -> None:
        self.call("Page.navigate", url=path.resolve().as_uri())
        for _ in range(200):
            if self.eval("document.readyState") == "complete":
                return
            time.sleep(0.05)

    def eval(self, expression: str):
        out = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return out["result"].get("value")

    def dom(self, path: Path) -> str:
        """The page's DOM as parsed and laid out (what ``chromium --dump-dom`` prints)."""
        self.open(path)
        return self.eval("document.documentElement.outerHTML")

    def screenshot(self, path: Path, png: Path) -> Path:
        """A PNG of the first screen of ``path`` (the viewport, as ``chromium --screenshot``)."""
        self.open(path)
        png.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))
        return png

    def close(self) -> None:
        try:
            self.ws.close()
        except Exception:  # noqa: BLE001
            pass
        self.proc.terminate()
        self.proc.wait(timeout=20)
