"""Run every notebook through papermill with non-default parameters and check what it produced.

The stored notebooks are checked by nbval with their default parameters (``make test``);
these tests check the other parameter values the scheduler and readers use: each target
year, Vietnamese, an earlier as-of year, and a bad value that must fail at once.
"""

from __future__ import annotations

import json

import papermill as pm
import pytest
from reader_text import leaks, reader_text

from hn4ir_analysis import config
from hn4ir_analysis.views import i18n

pytestmark = pytest.mark.slow

NOTEBOOKS = sorted(p.name for p in config.NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))


def run(name, tmp_path, **parameters):
    out = tmp_path / f"out-{name}"
    # the output notebook is written once, at the end (papermill's default rewrites it after
    # every cell: ~1 s of JSON encoding for a notebook with figures)
    pm.execute_notebook(
        str(config.NOTEBOOKS_DIR / name), str(out), parameters=parameters, kernel_name="hn4ir",
        cwd=str(config.NOTEBOOKS_DIR), progress_bar=False, execution_timeout=600,
        request_save_on_cell_execute=False,
    )  # fmt: skip
    return json.loads(out.read_text(encoding="utf-8"))


def text_of(nb) -> str:
    parts = []
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            parts.append("".join(out.get("text", "")))
            for key in ("text/plain", "text/markdown", "text/html"):
                parts.append("".join(out.get("data", {}).get(key, "")))
    return "\n".join(parts)


def declared(name) -> dict:
    return pm.inspect_notebook(str(config.NOTEBOOKS_DIR / name))


def test_six_numbered_notebooks_exist():
    assert [n[:2] for n in NOTEBOOKS] == ["01", "02", "03", "04", "05", "06"], NOTEBOOKS


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_parameters_are_typed_and_commented(name):
    params = declared(name)
    assert "lang" in params
    for p in params.values():
        # as_of = None: the latest year of Hanoi's GRDP growth in data/raw (issue 17)
        allowed = {"int", "str", "float"} | ({"None"} if p["name"] == "as_of" else set())
        assert p["inferred_type_name"] in allowed, p
        assert p["help"], f"{name}: parameter {p['name']} has no comment"


SCORECARD = "05-target-scorecard.ipynb"


def check_vietnamese_run(nb, name) -> None:
    """No error, Vietnamese words, and no codes or Python reprs a reader would see."""
    assert not any(
        o.get("output_type") == "error" for c in nb["cells"] for o in c.get("outputs", [])
    )
    assert any(ch in text_of(nb) for ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
    assert leaks(reader_text(nb)) == [], f"{name} (vi) shows codes or Python reprs"


# the scorecard's Vietnamese run with an earlier as-of is its 2025 run below (one run, not two)
@pytest.mark.parametrize("name", [n for n in NOTEBOOKS if n != SCORECARD])
def test_runs_in_vietnamese_with_an_earlier_as_of(name, tmp_path):
    params = {"lang": "vi"}
    if "as_of" in declared(name):
        params["as_of"] = 2022
    check_vietnamese_run(run(name, tmp_path, **params), name)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_stored_notebook_shows_no_codes_or_python_reprs(name):
    # what the report page of the stored (English) run shows a reader
    nb = json.loads((config.NOTEBOOKS_DIR / name).read_text(encoding="utf-8"))
    assert leaks(reader_text(nb)) == []


@pytest.mark.parametrize(("year", "as_of"), [(2025, 2022), (2045, None)])
def test_scorecard_for_each_target_year(year, as_of, tmp_path):
    """The other target years in Vietnamese (2030 in English is the stored notebook); the
    2025 run is also the scorecard's run with an earlier as-of year."""
    extra = {} if as_of is None else {"as_of": as_of}
    nb = run(SCORECARD, tmp_path, target_year=year, lang="vi", **extra)
    check_vietnamese_run(nb, SCORECARD)
    text = text_of(nb)
    assert f"Bảng đánh giá mục tiêu năm {year}" in text
    assert any(i18n.verdict(c, "vi") in text for c in ("achieved", "missed", "insufficient_data"))


def test_a_bad_parameter_fails_at_once(tmp_path):
    with pytest.raises(pm.PapermillExecutionError, match="ParameterError"):
        run(SCORECARD, tmp_path, target_year=2031.5, lang="fr")


def test_a_test_run_saves_figures_outside_the_tracked_folder(tmp_path, monkeypatch):
    """``HN4IR_SAVE_FIGURES_DIR`` (set for the test run by notebooks/conftest.py) takes what
    would go into the checkout's figures/; an explicit folder (a report run's) is kept."""
    from hn4ir_analysis.views import figure_files

    tracked = config.PROJECT_ROOT / "figures"
    monkeypatch.setattr(config, "FIGURES_DIR", tracked)
    monkeypatch.setenv(figure_files.SAVE_ENV, str(tmp_path / "saved"))
    assert figure_files.figures_dir() == tmp_path / "saved"
    monkeypatch.setattr(config, "FIGURES_DIR", tmp_path / "run" / "figures")  # a report run
    assert figure_files.figures_dir() == tmp_path / "run" / "figures"
    monkeypatch.delenv(figure_files.SAVE_ENV)
    monkeypatch.setattr(config, "FIGURES_DIR", tracked)
    assert figure_files.figures_dir() == tracked
