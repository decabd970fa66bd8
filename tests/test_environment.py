"""environment.yml (conda) and requirements.lock (pip) pin the same versions.

pyproject.toml lists the top-level packages without versions; requirements.lock pins the
whole pip environment; environment.yml pins the top-level packages for conda-forge. This
test keeps the three in step: every pin in environment.yml equals the lock's version, and
environment.yml pins exactly pyproject's dependencies plus the ``dev`` extra.
"""

from __future__ import annotations

import re
import tomllib

import pytest
import yaml

from hn4ir_analysis import config

ROOT = config.PROJECT_ROOT
#: conda-forge names that differ from the PyPI distribution they provide
CONDA_TO_PYPI = {"matplotlib-base": "matplotlib"}
#: conda packages that are the environment's frame, not project dependencies
FRAME = {"python", "pip"}
_SPEC = re.compile(
    r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:(==|=|>=|<=|~=|!=|<|>)\s*([^\s;#]+))?\s*$"
)


def normalise(name: str) -> str:
    """PEP 503 name: lower case, runs of ``-_.`` as one ``-``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_spec(spec: str) -> tuple[str, str | None, str | None]:
    m = _SPEC.match(spec)
    assert m, f"cannot read the package spec {spec!r}"
    return m.group(1), m.group(2), m.group(3)


@pytest.fixture(scope="module")
def env() -> dict:
    return yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, op, version = parse_spec(line)
        assert op == "==", f"requirements.lock: {line!r} is not an exact pin"
        pins[normalise(name)] = version
    return pins


@pytest.fixture(scope="module")
def pinned(env) -> dict[str, tuple[str, str, str]]:
    """``{pypi name: (where, spec, version)}`` for every versioned package in environment.yml."""
    out: dict[str, tuple[str, str, str]] = {}
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pips = [p for d in env["dependencies"] if isinstance(d, dict) for p in d.get("pip", [])]
    for where, specs in (("conda", conda), ("pip", pips)):
        for spec in specs:
            if spec.startswith("-"):  # pip options such as "-e ."
                continue
            name, op, version = parse_spec(spec)
            if name in FRAME:
                continue
            key = normalise(CONDA_TO_PYPI.get(name, name) if where == "conda" else name)
            assert key not in out, f"environment.yml pins {key} twice"
            assert op == "==", f"environment.yml: {spec!r} is not an exact pin (use ==)"
            out[key] = (where, spec, version)
    return out


def test_conda_forge_only(env):
    assert env["channels"][0] == "conda-forge"
    assert "defaults" not in env["channels"]


def test_python_matches_pyproject(env):
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "requires-python"
    ]
    assert requires == ">=3.11,<3.12"
    assert "python=3.11" in env["dependencies"]


def test_installs_the_project_itself(env):
    pips = [p for d in env["dependencies"] if isinstance(d, dict) for p in d.get("pip", [])]
    assert "-e ." in pips
    assert "pip" in env["dependencies"], "a pip: section needs pip in the conda dependencies"


def test_every_pin_matches_requirements_lock(pinned, lock):
    wrong = {
        name: f"{spec} ({where}) but requirements.lock has {lock.get(name, 'nothing')}"
        for name, (where, spec, version) in pinned.items()
        if lock.get(name) != version
    }
    assert not wrong, wrong


def test_pins_exactly_the_top_level_packages(pinned):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    top_level = {normalise(parse_spec(re.split(r"[\[;]", d)[0])[0]) for d in wanted}
    assert set(pinned) == top_level, {
        "missing from environment.yml": sorted(top_level - set(pinned)),
        "not in pyproject.toml": sorted(set(pinned) - top_level),
    }
